package backpropgrader.kernel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Outputs written completely or not at all (DESIGN.md §8), the one way every stage writes its folder: each file
 * goes into a hidden staging folder beside the target folder ({@code .DIR.staging-…}, on the same disk, so
 * moving it is a rename); only when everything is written is it moved into place — the whole folder
 * ({@link #commit()}) or some files and folders inside it ({@link #commit(List)}), replacing what was there. If a
 * move fails, what was already moved is put back; if anything fails before, {@link #close} removes the staging
 * folder and the target is as it was. Files are named by the paths they will have in the target (as the output
 * layouts give them). Safe to write from several threads (each file once).
 *
 * <p>Order of use: {@code try (StagedOutput out = StagedOutput.beside(dir)) { out.write(…); …; out.commit(); }}.
 * Whether an existing target may be replaced at all ({@code --force}) is the caller's decision, made before.
 */
public final class StagedOutput implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean committed;

    private StagedOutput(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * For output that goes into the folder {@code target} beside files it does not replace (generate's student
     * folders, an export's files; see {@link #commit(List)}): the target is created now, empty if it is new.
     */
    public static StagedOutput into(Path target) {
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output folder " + target + ": " + e.getMessage(), e);
        }
        return beside(target);
    }

    /** A staging folder beside {@code target} (whose parent folders are created). */
    public static StagedOutput beside(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        try {
            Path parent = Files.createDirectories(abs.getParent());
            return new StagedOutput(abs, Files.createTempDirectory(parent, "." + abs.getFileName() + ".staging-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder beside " + target + ": " + e.getMessage(),
                    e);
        }
    }

    /** Writes {@code file} (a path inside the target) as UTF-8. */
    public void write(Path file, String content) {
        write(file, content.getBytes(StandardCharsets.UTF_8)); // faster than a Writer's encoder
    }

    public void write(Path file, byte[] content) {
        try {
            Files.write(staged(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** A UTF-8 writer for {@code file}, for content too large to hold as a string; the caller closes it. */
    public Writer writer(Path file) throws IOException {
        return Files.newBufferedWriter(staged(file), StandardCharsets.UTF_8);
    }

    /** A stream for {@code file} (a zip, say); the caller closes it. */
    public OutputStream stream(Path file) throws IOException {
        return Files.newOutputStream(staged(file));
    }

    /** Where {@code file} is written until the commit; its folders are created. */
    private Path staged(Path file) throws IOException {
        Path p = staging.resolve(inside(file));
        Files.createDirectories(p.getParent());
        return p;
    }

    /** {@code file}'s path relative to the target, '/'-separated. */
    private String inside(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(target) || abs.equals(target)) {
            throw new IllegalArgumentException(file + " is not inside the output folder " + target);
        }
        return target.relativize(abs).toString().replace('\\', '/');
    }

    /** Moves the finished folder into place as the target, replacing an old one (the caller checked --force). */
    public void commit() {
        try {
            Path old = null;
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                Files.delete(old);
                Folders.move(target, old);
            }
            try {
                Folders.move(staging, target);
            } catch (IOException e) {
                if (old != null) {
                    Folders.move(old, target); // put the old output back
                }
                throw e;
            }
            committed = true;
            if (old != null) {
                Folders.delete(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the results into " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Moves each of {@code parts} (files or folders inside the target, as written) into place, replacing an old
     * one of the same name; everything else in the target is left as it was, and so are parts that were not
     * written. Returns {@code parts} as given.
     */
    public List<Path> commit(List<Path> parts) {
        List<Path[]> moved = new ArrayList<>(); // {in place, the old one put aside or null}
        try {
            Path replaced = Files.createDirectories(staging.resolve(".replaced"));
            for (Path part : parts) {
                Path from = staging.resolve(inside(part));
                Path to = target.resolve(inside(part));
                if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                Files.createDirectories(to.getParent());
                Path old = null;
                if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
                    old = replaced.resolve(Integer.toString(moved.size()));
                    Folders.move(to, old);
                }
                moved.add(new Path[] {to, old});
                Folders.move(from, to);
            }
        } catch (IOException e) {
            String kept = "";
            if (!putBack(moved)) {
                committed = true; // the staging folder holds what could not be put back: it must not be removed
                kept = "; what it replaced is kept in " + staging;
            }
            throw new UncheckedIOException("cannot move the output into " + target + ": " + e.getMessage() + kept, e);
        }
        return List.copyOf(parts);
    }

    /** Undoes a commit that failed half-way: the new parts removed, the old ones back where they were. */
    private static boolean putBack(List<Path[]> moved) {
        boolean all = true;
        for (int i = moved.size() - 1; i >= 0; i--) {
            Path to = moved.get(i)[0];
            Path old = moved.get(i)[1];
            try {
                Folders.delete(to);
                if (old != null) {
                    Folders.move(old, to);
                }
            } catch (IOException | UncheckedIOException e) {
                all = false; // the first failure is the one reported
            }
        }
        return all;
    }

    @Override
    public void close() {
        if (!committed) {
            Folders.delete(staging);
        }
    }
}
