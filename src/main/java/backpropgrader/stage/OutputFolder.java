package backpropgrader.stage;

import backpropgrader.kernel.Folders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The output folder, written completely or not at all: every file goes into a hidden staging folder beside
 * {@code DIR}; {@link #commit} moves it into place (a rename), replacing an old {@code DIR} only when that was
 * allowed. If anything fails first, {@link #close} removes the staging folder and {@code DIR} is as it was.
 * Safe to write from several threads (each file once).
 */
final class OutputFolder implements AutoCloseable {

    private final Path out;
    private final Path staging;
    private boolean committed;

    private OutputFolder(Path out, Path staging) {
        this.out = out;
        this.staging = staging;
    }

    static OutputFolder beside(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        try {
            Path parent = Files.createDirectories(abs.getParent());
            return new OutputFolder(abs, Files.createTempDirectory(parent, "." + abs.getFileName() + ".staging-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder beside " + out + ": " + e.getMessage(), e);
        }
    }

    /** Writes a UTF-8 file at {@code relative} ('/'-separated) inside the staging folder. */
    void write(String relative, String content) {
        write(relative, content.getBytes(StandardCharsets.UTF_8)); // faster than a Writer's encoder
    }

    void write(String relative, byte[] content) {
        try {
            Path p = staging.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.write(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + relative + ": " + e.getMessage(), e);
        }
    }

    Writer writer(String relative) throws IOException {
        Path p = staging.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.newBufferedWriter(p, StandardCharsets.UTF_8);
    }

    /** Moves the finished folder into place; an existing {@code DIR} is replaced (the caller checked --force). */
    void commit() {
        try {
            Path old = null;
            if (Files.exists(out)) {
                old = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".old-");
                Files.delete(old);
                Folders.move(out, old);
            }
            try {
                Folders.move(staging, out);
            } catch (IOException e) {
                if (old != null) {
                    Folders.move(old, out); // put the old results back
                }
                throw e;
            }
            committed = true;
            if (old != null) {
                Folders.delete(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the results into " + out + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            Folders.delete(staging);
        }
    }
}
