package backpropgrader.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The lock on an output folder: while one run writes {@code DIR}, another that would write the same {@code DIR}
 * refuses at once, saying who holds it (a {@link UsageException}: exit 64, like an existing {@code --out} without
 * {@code --force}). The lock is the file {@code .DIR.lock} beside {@code DIR}, locked with
 * {@link FileChannel#tryLock()}: the operating system releases it when the process ends, however it ends (kill -9
 * too), so a dead run never keeps a folder locked. The file holds the command, pid and start time for the
 * message; it is removed when the lock is released (and by the shutdown hook on SIGTERM), so nothing is left
 * beside {@code DIR}. Taking the lock checks that the locked file is still the one at the path, so a file
 * removed by the run releasing it cannot be locked by two runs at once.
 *
 * <p>Order of use: {@code try (OutputLock lock = OutputLock.take(dir, "grade")) {…}}, usually through
 * {@link StagedOutput#lock}, which also puts right what an interrupted run left beside {@code DIR}.
 */
public final class OutputLock implements AutoCloseable {

    /** Lock files this JVM holds → their holder line: a second channel on the same file must not be opened. */
    private static final Map<Path, String> HELD = new ConcurrentHashMap<>();
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int ATTEMPTS = 20;

    private final Path target;
    private final Path given;
    private final Path file;
    private final FileChannel channel;
    private final ShutdownCleanup.Registration cleanup;
    private boolean closed;

    private OutputLock(Path target, Path given, Path file, FileChannel channel, ShutdownCleanup.Registration cleanup) {
        this.target = target;
        this.given = given;
        this.file = file;
        this.channel = channel; // holds the lock until it is closed
        this.cleanup = cleanup;
    }

    /**
     * Locks {@code target} (a folder that may not exist yet; its parent folders are created) for {@code command}
     * ("grade"); a {@link UsageException} when another run holds it.
     */
    public static OutputLock take(Path target, String command) {
        Path abs = target.toAbsolutePath().normalize();
        Path file = abs.resolveSibling("." + abs.getFileName() + ".lock");
        String shown = shown(target);
        String holder = command + "\npid " + ProcessHandle.current().pid() + ", started "
                + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(STARTED) + "\n";
        String other = HELD.putIfAbsent(file, holder);
        if (other != null) {
            throw held(shown, other);
        }
        try {
            try {
                Files.createDirectories(abs.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a staging folder beside " + target + ": "
                        + e.getMessage(), e);
            }
            // registered before the file is made, so SIGTERM at any moment after it is held removes it
            AtomicBoolean held = new AtomicBoolean();
            ShutdownCleanup.Registration cleanup = ShutdownCleanup.register(() -> {
                if (held.get()) {
                    removeFile(file);
                }
            });
            try {
                return lock(abs, target, file, holder, held, cleanup);
            } catch (RuntimeException e) {
                cleanup.close();
                throw e;
            }
        } catch (RuntimeException e) {
            HELD.remove(file);
            throw e;
        }
    }

    private static OutputLock lock(Path target, Path given, Path file, String holder, AtomicBoolean held,
                                   ShutdownCleanup.Registration cleanup) {
        try {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                try {
                    Files.createFile(file);
                } catch (FileAlreadyExistsException e) {
                    // left by a run that was killed, or held by a running one: the lock decides
                }
                Object before = key(file);
                FileChannel ch;
                try {
                    ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                            LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException e) {
                    continue; // removed by the run that held it: try again
                }
                boolean kept = false;
                try {
                    FileLock l = tryLock(ch);
                    if (l == null) {
                        throw held(shown(given), read(ch));
                    }
                    if (before == null || !Objects.equals(before, key(file))) {
                        l.release(); // the file was removed (and maybe made again) meanwhile: not the lock's file
                        continue;
                    }
                    held.set(true);
                    ch.truncate(0);
                    ch.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
                    kept = true;
                    return new OutputLock(target, given, file, ch, cleanup);
                } finally {
                    if (!kept) {
                        held.set(false);
                        ch.close();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file + ": " + PlainFiles.reason(e), e);
        }
        throw new UncheckedIOException(new IOException("cannot lock " + file + ": it keeps being removed and made"
                + " again"));
    }

    private static FileLock tryLock(FileChannel ch) throws IOException {
        try {
            return ch.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held in this JVM by a channel HELD no longer knows of
        }
    }

    /** The file's identity (device and inode where the system has them), or null when it is not there. */
    private static Object key(Path file) throws IOException {
        try {
            Object k = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
            return k == null ? "" : k; // no identities on this system: the check cannot be made, and passes
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static String read(FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1024);
        ch.read(b, 0);
        return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8);
    }

    /** "another grade run is writing graded/ (pid 1234, started …); wait for it to finish or choose another …" */
    private static UsageException held(String shown, String holder) {
        String[] lines = holder.split("\n", -1);
        boolean known = lines.length >= 2 && lines[0].matches("[a-z]*")
                && lines[1].matches("pid \\d+, started [-0-9: ]+");
        String command = known && !lines[0].isEmpty() ? lines[0] + " " : "";
        return new UsageException("another " + command + "run is writing " + shown
                + (known ? " (" + lines[1] + ")" : "") + "; wait for it to finish or choose another --out.");
    }

    /** The locked folder, absolute. */
    public Path target() {
        return target;
    }

    /** The folder as the command line gave it. */
    public Path given() {
        return given;
    }

    /** The folder as the command line gave it, with a trailing "/", for messages. */
    public String shown() {
        return shown(given);
    }

    private static String shown(Path folder) {
        return folder + "/";
    }

    private static void removeFile(Path file) {
        try {
            Files.deleteIfExists(file); // still locked: no other run can have made a new one yet
        } catch (IOException e) {
            // a lock file left behind is harmless: the next run locks it
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        cleanup.close();
        removeFile(file);
        try {
            channel.close(); // releases the lock
        } catch (IOException e) {
            // the lock goes with the process in any case
        } finally {
            HELD.remove(file);
        }
    }
}
