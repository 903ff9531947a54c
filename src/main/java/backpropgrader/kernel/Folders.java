package backpropgrader.kernel;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** The two file operations behind "outputs are complete or absent": a rename into place, and a tree removed. */
public final class Folders {

    private Folders() {
    }

    /** Renames atomically where the file system can (a plain move where it cannot). */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * How many files are removed at once. A disk that discards freed blocks (mounted with {@code discard}, as many
     * virtual machines' are) waits on every removal: one after another, the 10,000 pages of an output replaced with
     * {@code --force} took 4-5 s on the development machine; eight at a time overlap the waits.
     */
    private static final int AT_ONCE = 8;

    /** Removes a file or a folder with everything in it; nothing happens when it does not exist. */
    public static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>(); // each after everything in it
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    files.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    folders.add(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
            deleteAll(files);
            for (Path d : folders) {
                Files.delete(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes files (not folders), several at once when there are many; the first failure is thrown. */
    private static void deleteAll(List<Path> files) throws IOException {
        int threads = files.size() < 4 * AT_ONCE ? 1 : AT_ONCE;
        AtomicReference<IOException> failed = new AtomicReference<>();
        Runnable[] parts = new Runnable[threads];
        for (int t = 0; t < threads; t++) {
            int first = t;
            parts[t] = () -> {
                for (int i = first; i < files.size() && failed.get() == null; i += threads) {
                    try {
                        Files.delete(files.get(i));
                    } catch (IOException e) {
                        failed.compareAndSet(null, e);
                    }
                }
            };
        }
        if (threads == 1) {
            parts[0].run();
        } else {
            Thread[] running = new Thread[threads];
            for (int t = 0; t < threads; t++) {
                running[t] = new Thread(parts[t], "delete-files");
                running[t].setDaemon(true);
                running[t].start();
            }
            for (Thread t : running) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("stopped while removing " + files.get(0).getParent());
                }
            }
        }
        if (failed.get() != null) {
            throw failed.get();
        }
    }
}
