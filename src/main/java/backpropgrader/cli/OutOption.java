package backpropgrader.cli;

import backpropgrader.kernel.UsageException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --out DIR}, declared once for the commands that write a folder ({@code @Mixin}). */
final class OutOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the output goes: generate's students/ and"
            + " instructor/ (required); grade's results (default: graded); export's LMS files (default:"
            + " MARKED_DIR/export/<lms>/); the demo's course folder (default: demo).")
    private Path out;

    /** The folder given, else {@code fallback}; a usage error when it is a file. */
    Path folder(Path fallback) {
        Path p = out != null ? out : fallback;
        if (Files.exists(p) && !Files.isDirectory(p)) {
            throw new UsageException(p + ": is a file, not a folder (--out).");
        }
        return p;
    }

    /** The folder, for a command that has no default: a usage error (64) when missing. */
    Path required() {
        if (out == null) {
            throw new ParameterException(command.commandLine(), "Missing required option: '--out=DIR'");
        }
        return folder(out);
    }
}
