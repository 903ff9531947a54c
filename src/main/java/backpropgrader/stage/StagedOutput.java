package backpropgrader.stage;

import backpropgrader.kernel.Folders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Outputs written completely or not at all: every file goes into a hidden staging folder inside the output
 * folder; only when all are written are the finished folders moved into place (a rename each), replacing what
 * was there. If anything fails, {@link #close} removes the staging folder and the output folder is as it was.
 */
final class StagedOutput implements AutoCloseable {

    private final Path out;
    private final Path staging;

    private StagedOutput(Path out, Path staging) {
        this.out = out;
        this.staging = staging;
    }

    static StagedOutput in(Path out) {
        try {
            Files.createDirectories(out);
            return new StagedOutput(out, Files.createTempDirectory(out, ".staging-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output folder " + out + ": " + e.getMessage(), e);
        }
    }

    /** Writes a UTF-8 file at {@code relative} (folders separated by '/') inside the staging folder. */
    void write(String relative, String content) {
        Path p = staging.resolve(relative);
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Moves each staged path (a file or a folder, relative to the output folder) into place, replacing an old
     * one; paths that were not staged are left alone.
     */
    void commit(List<String> relatives) {
        try {
            Path old = Files.createDirectories(staging.resolve(".replaced"));
            int i = 0;
            for (String r : relatives) {
                Path from = staging.resolve(r);
                Path to = out.resolve(r);
                if (!Files.exists(from)) {
                    continue;
                }
                Files.createDirectories(to.getParent());
                if (Files.exists(to)) {
                    Folders.move(to, old.resolve(Integer.toString(i++)));
                }
                Folders.move(from, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        Folders.delete(staging);
    }
}
