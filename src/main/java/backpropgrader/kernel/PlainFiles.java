package backpropgrader.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What students hand in is read only when it is a plain file, so that nothing outside the submissions is ever
 * read: a link (to a file or a folder) is never followed, whatever it points to — the course secret, another
 * student's key, {@code /etc/passwd} — and a named pipe, device or socket is never opened (reading a pipe waits
 * for ever). Such an entry is not skipped in silence either: {@link #refusal} says what it is, and the caller lists
 * it as a file that needs attention. Files are opened with {@link LinkOption#NOFOLLOW_LINKS}, so a link put in
 * place after the check is refused too.
 *
 * <p>Only the last part of a path is judged: the folder the instructor gives (SUBMISSIONS, which may itself be a
 * link) is theirs; what is inside it is walked without following links, so no part below it is ever one.
 */
public final class PlainFiles {

    /** The message a refused entry carries: the file is not read, and the caller says so. */
    public static final class NotPlainException extends IOException {
        NotPlainException(String refusal) {
            super(refusal);
        }
    }

    private PlainFiles() {
    }

    /**
     * Why {@code p} cannot be read as a hand-in, as words that follow "FILE: " and end a sentence ("the file is a
     * link; links are not followed — hand in the file itself"); null when it is a plain file.
     */
    public static String refusal(Path p) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return "cannot be read: " + reason(e);
        }
        if (a.isRegularFile()) {
            return null;
        }
        if (a.isSymbolicLink()) {
            return "the file is a link; links are not followed — hand in the file itself";
        }
        if (a.isDirectory()) {
            try (Stream<Path> s = Files.list(p)) {
                return "is a folder, not a file";
            } catch (IOException e) {
                return "the folder cannot be read: " + reason(e);
            }
        }
        return "the file is " + special(p) + ", not a plain file; only plain files are read — hand in the file"
                + " itself";
    }

    /**
     * Everything below {@code folder} that is not a folder, as relative '/'-separated names in name order,
     * hidden and system files ({@link HiddenFiles}) left out. Links are listed, never followed (a link to a
     * folder is not walked into); pipes, devices and sockets are listed, never opened; a folder that cannot be
     * read is listed as itself. So every one of them reaches {@link #refusal} and is reported, not lost. The
     * folder itself may be a link (the instructor's own).
     */
    public static List<String> entries(Path folder) throws IOException {
        Path root = folder.toRealPath();
        Set<String> names = new TreeSet<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(root) || !HiddenFiles.hiddenPart(dir.getFileName().toString())
                        ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(root)) {
                    throw e;
                }
                add(file); // reading it says why it cannot be read
                return FileVisitResult.CONTINUE;
            }

            private void add(Path p) {
                String relative = root.relativize(p).toString().replace('\\', '/');
                if (!HiddenFiles.hidden(relative)) {
                    names.add(relative);
                }
            }
        });
        return List.copyOf(names);
    }

    /** Whether {@code p} is a plain file (not a link, folder, pipe, device or socket). */
    public static boolean plain(Path p) {
        return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
    }

    /** The bytes of a plain file; a {@link NotPlainException} (its message: {@link #refusal}) for anything else. */
    public static byte[] read(Path p) throws IOException {
        try (InputStream in = open(p)) {
            return in.readAllBytes();
        }
    }

    /** A plain file opened for reading, never through a link; the caller closes it. */
    public static InputStream open(Path p) throws IOException {
        String refusal = refusal(p);
        if (refusal != null) {
            throw new NotPlainException(refusal);
        }
        // NOFOLLOW_LINKS opens with O_NOFOLLOW: a link swapped in after the check fails to open instead of being read
        return Channels.newInputStream(Files.newByteChannel(p, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
    }

    /**
     * Why a file operation failed, in words: "permission denied", "no such file", or the system's own reason —
     * never the bare path that is all some exceptions carry.
     */
    public static String reason(IOException e) {
        if (e instanceof NotPlainException) {
            return e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** A named pipe, a device or a socket, as the file's type bits say (where the system gives them). */
    private static String special(Path p) {
        try {
            Object mode = Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            if (mode instanceof Integer m) {
                return switch (m & 0170000) {
                    case 0010000 -> "a named pipe (FIFO)";
                    case 0020000, 0060000 -> "a device";
                    case 0140000 -> "a socket";
                    default -> "a special file";
                };
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // not a Unix file system: say only what is known
        }
        return "a special file";
    }
}
