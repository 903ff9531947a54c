package backpropgrader.cli;

import backpropgrader.kernel.UsageException;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checks every command makes of the paths it is given, with one wording: "PATH: no such file (--roster)." */
final class Arguments {

    private Arguments() {
    }

    /** {@code p}, a regular file; null stays null (an option not given). */
    static Path file(Path p, String what) {
        if (p != null && !Files.isRegularFile(p)) {
            throw new UsageException(p + ": no such file (" + what + ").");
        }
        return p;
    }

    /** {@code p}, a file or a folder. */
    static Path existing(Path p, String what) {
        if (p != null && !Files.exists(p)) {
            throw new UsageException(p + ": no such file or folder (" + what + ").");
        }
        return p;
    }
}
