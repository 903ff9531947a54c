package backpropgrader.kernel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Outputs written completely or not at all (docs/ARCHITECTURE.md, qualities), the one way every stage writes its folder: each file
 * goes into a hidden staging folder beside the target folder ({@code .DIR.staging-<pid>-…}, on the same disk, so
 * moving it is a rename); only when everything is written is it moved into place — the whole folder
 * ({@link #commit()}) or some files and folders inside it ({@link #commit(List)}), replacing what was there. If a
 * move fails, what was already moved is put back; if anything fails before, {@link #close} removes the staging
 * folder and the target is as it was. Files are named by the paths they will have in the target (as the output
 * layouts give them). Safe to write from several threads (each file once).
 *
 * <p>Runs cannot trample each other: the target is locked ({@link OutputLock}) from before anything is decided
 * about it until the staged output is closed; SIGTERM or SIGINT removes the staging folder
 * ({@link ShutdownCleanup}); what kill -9 leaves — a staging folder, a commit cut off half-way — is put right by
 * the next run on the same target when it takes the lock ({@link InterruptedRuns}), with a note.
 *
 * <p>Order of use: {@code try (StagedOutput out = StagedOutput.beside(dir)) { out.write(…); …; out.commit(); }}.
 * Whether an existing target may be replaced at all ({@code --force}) is the caller's decision, made before —
 * under the lock ({@code try (OutputLock lock = StagedOutput.lock(dir, "grade")) {check; beside(lock)…}}), so
 * that no other run can make the target exist meanwhile.
 */
public final class StagedOutput implements AutoCloseable {

    /** In the staging folder of a commit of parts: the parts, in order, written before the first one moves. */
    static final String PLAN = ".commit";
    /** In the staging folder of a commit of parts: the replaced parts, {@code .replaced/<n>} for plan line n. */
    static final String REPLACED = ".replaced";

    private final Path target;
    private final Path staging;
    private final OutputLock ownLock;
    private final ShutdownCleanup.Registration cleanup;
    private boolean committed;
    private boolean abandoned;

    private StagedOutput(Path target, Path staging, OutputLock ownLock) {
        this.target = target;
        this.staging = staging;
        this.ownLock = ownLock;
        this.cleanup = ShutdownCleanup.register(this::abandon);
    }

    /**
     * Locks {@code target} for {@code command} ("grade", or "" when it goes without saying; a
     * {@link UsageException} when another run holds it), then puts right what an interrupted run left beside it
     * (restores an interrupted commit, removes the staging folders of runs that ended), saying so in
     * {@link Notices}.
     */
    public static OutputLock lock(Path target, String command) {
        OutputLock lock = OutputLock.take(target, command);
        try {
            InterruptedRuns.tidy(lock.target(), lock.shown());
            return lock;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * For output that goes into the folder {@code target} beside files it does not replace (generate's student
     * folders, an export's files; see {@link #commit(List)}): the target is created now, empty if it is new. The
     * target is locked until this is closed.
     */
    public static StagedOutput into(Path target) {
        return own(lock(target, ""), true);
    }

    /** As {@link #into(Path)}, under a lock the caller took (and closes after this). */
    public static StagedOutput into(OutputLock lock) {
        return staged(lock, null, true);
    }

    /** A staging folder beside {@code target} (whose parent folders are created), locked until this is closed. */
    public static StagedOutput beside(Path target) {
        return own(lock(target, ""), false);
    }

    /** As {@link #beside(Path)}, under a lock the caller took (and closes after this). */
    public static StagedOutput beside(OutputLock lock) {
        return staged(lock, null, false);
    }

    private static StagedOutput own(OutputLock lock, boolean into) {
        try {
            return staged(lock, lock, into);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static StagedOutput staged(OutputLock lock, OutputLock own, boolean into) {
        Path abs = lock.target();
        if (into) {
            try {
                Files.createDirectories(abs);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the output folder " + lock.given() + ": "
                        + e.getMessage(), e);
            }
        }
        try {
            return new StagedOutput(abs, Leftovers.create(abs.getParent(), stagingPrefix(abs)), own);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder beside " + lock.given() + ": "
                    + e.getMessage(), e);
        }
    }

    static String stagingPrefix(Path target) {
        return "." + target.getFileName() + ".staging-";
    }

    static String oldPrefix(Path target) {
        return "." + target.getFileName() + ".old-";
    }

    /** Writes {@code file} (a path inside the target) as UTF-8. */
    public void write(Path file, String content) {
        write(file, content.getBytes(StandardCharsets.UTF_8)); // faster than a Writer's encoder
    }

    public void write(Path file, byte[] content) {
        write(file, content, content.length);
    }

    /**
     * {@code content[0, length)} as {@code file}, in one write (where {@link Files#write} makes one of every
     * 8 KB: 33 for a feedback page).
     */
    public void write(Path file, byte[] content, int length) {
        try (OutputStream out = Files.newOutputStream(staged(file))) {
            out.write(content, 0, length);
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

    /**
     * Where {@code file} is written until the commit; its folders are created below the staging folder, never the
     * staging folder itself: once SIGTERM has removed it, a worker still writing cannot bring it back.
     */
    private Path staged(Path file) throws IOException {
        Path p = staging.resolve(inside(file));
        Path folders = staging.relativize(p.getParent());
        Path folder = staging;
        for (int i = 0; i < folders.getNameCount() && !folders.toString().isEmpty(); i++) {
            folder = folder.resolve(folders.getName(i));
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.createDirectory(folder);
                } catch (FileAlreadyExistsException e) {
                    // made by another thread just now
                }
            }
        }
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
        Path old = null;
        synchronized (this) { // not while SIGTERM's clean-up removes the staging folder
            try {
                stillStaged();
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    // a kill between the two moves leaves the old results here, named so the next run restores them
                    old = Leftovers.fresh(target.getParent(), oldPrefix(target));
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
            } catch (IOException e) {
                throw new UncheckedIOException("cannot move the results into " + target + ": " + e.getMessage(), e);
            }
        }
        if (old != null) {
            Folders.delete(old);
        }
    }

    /**
     * Moves each of {@code parts} (files or folders inside the target, as written) into place, replacing an old
     * one of the same name; everything else in the target is left as it was, and so are parts that were not
     * written. Returns {@code parts} as given. The plan is written into the staging folder first, and each old
     * part is kept there until the end, so a commit cut off by kill -9 is undone by the next run.
     */
    public synchronized List<Path> commit(List<Path> parts) {
        List<Path[]> moved = new ArrayList<>(); // {in place, the old one put aside or null}
        try {
            stillStaged();
            Path replaced = Files.createDirectories(staging.resolve(REPLACED));
            List<String> plan = new ArrayList<>();
            for (Path part : parts) {
                if (Files.exists(staging.resolve(inside(part)), LinkOption.NOFOLLOW_LINKS)) {
                    plan.add(inside(part));
                }
            }
            Path draft = Files.writeString(staging.resolve(PLAN + ".draft"), String.join("\n", plan) + "\n");
            Folders.move(draft, staging.resolve(PLAN)); // whole or absent: a cut-off plan would undo wrongly
            for (String part : plan) {
                Path from = staging.resolve(part);
                Path to = target.resolve(part);
                Files.createDirectories(to.getParent());
                Path old = null;
                if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
                    old = replaced.resolve(Integer.toString(moved.size()));
                    Folders.move(to, old);
                }
                moved.add(new Path[] {to, old});
                Folders.move(from, to);
            }
            Files.delete(staging.resolve(PLAN)); // done: what is left in the staging folder is only to be removed
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

    private void stillStaged() throws IOException {
        if (abandoned) {
            throw new IOException("the run is being stopped (SIGTERM or SIGINT); nothing was moved");
        }
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

    /**
     * SIGTERM or SIGINT: the staging folder is removed unless it has been committed. It is first renamed, so that
     * a worker thread still writing finds nothing to write into; a commit under way finishes first.
     */
    private synchronized void abandon() {
        if (committed || abandoned) {
            return;
        }
        abandoned = true;
        try {
            Path away = Leftovers.fresh(staging.getParent(), stagingPrefix(target));
            Folders.move(staging, away);
            for (int i = 0; i < 3 && Files.exists(away, LinkOption.NOFOLLOW_LINKS); i++) {
                try {
                    Folders.delete(away);
                } catch (UncheckedIOException e) {
                    // a file was still being made in it: once more
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // what cannot be removed now, the next run finds (its name carries this run's pid)
        }
    }

    @Override
    public void close() {
        cleanup.close();
        try {
            synchronized (this) {
                if (!committed && !abandoned) {
                    Folders.delete(staging);
                }
            }
        } finally {
            if (ownLock != null) {
                ownLock.close();
            }
        }
    }
}
