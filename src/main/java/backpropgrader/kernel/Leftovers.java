package backpropgrader.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folders a run makes for itself — staging folders beside its output, an unpacked download in the temporary
 * folder — named {@code PREFIX<pid>-<random>}, so that what a run killed with kill -9 leaves behind (no shutdown
 * hook runs then) can be told from what a running one is using: the next run removes those whose process is no
 * longer alive, and says so. A name without a pid was made by an earlier version of the tool.
 */
public final class Leftovers {

    /** What follows the prefix: this version's pid and random number, or an earlier version's random number. */
    private static final Pattern PID = Pattern.compile("(\\d{1,18})-\\d+");
    private static final Pattern EARLIER = Pattern.compile("\\d+");

    private Leftovers() {
    }

    /**
     * A new, empty folder {@code parent/PREFIX<this pid>-<random>}, readable by this user only where the system
     * has permissions (as a temporary folder is: it holds students' work).
     */
    public static Path create(Path parent, String prefix) throws IOException {
        boolean posix = parent.getFileSystem().supportedFileAttributeViews().contains("posix");
        while (true) {
            try {
                Path p = fresh(parent, prefix);
                return posix ? Files.createDirectory(p, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------"))) : Files.createDirectory(p);
            } catch (FileAlreadyExistsException e) {
                // drawn twice: draw again
            }
        }
    }

    /** A name {@code parent/PREFIX<this pid>-<random>} that nothing has yet (for a folder moved there). */
    static Path fresh(Path parent, String prefix) {
        while (true) {
            Path p = parent.resolve(prefix + ProcessHandle.current().pid() + "-"
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()));
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                return p;
            }
        }
    }

    /** The pid in a name {@code PREFIX<pid>-<random>}, or -1 when it carries none. */
    static long pid(String name, String prefix) {
        if (!name.startsWith(prefix)) {
            return -1;
        }
        Matcher m = PID.matcher(name.substring(prefix.length()));
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    /**
     * The folders (or files) in {@code parent} named {@code PREFIX<pid>-<random>} whose pid is not a live process,
     * and (when {@code pidless}) those an earlier version named {@code PREFIX<random>}. In name order.
     */
    static List<Path> ended(Path parent, String prefix, boolean pidless) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(parent)) {
            return out;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, p -> p.getFileName().toString()
                .startsWith(prefix))) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                long pid = pid(name, prefix);
                if (pid >= 0 ? !alive(pid) : pidless && EARLIER.matcher(name.substring(prefix.length())).matches()) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for what an interrupted run left in " + parent + ": "
                    + e.getMessage(), e);
        }
        out.sort(null);
        return out;
    }

    /**
     * Removes the folders {@link #ended} finds in {@code parent} that this user owns (a shared temporary folder
     * holds other people's too; a link there is never followed), with a note for each: "removed …, {@code what}
     * left by an interrupted run (pid N)". What cannot be looked at or removed is left alone: this is tidying,
     * and must not stop the run.
     */
    public static void removeEnded(Path parent, String prefix, String what) {
        List<Path> ended;
        try {
            ended = ended(parent, prefix, false);
        } catch (UncheckedIOException e) {
            return;
        }
        for (Path p : ended) {
            try {
                if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) || !mine(p)) {
                    continue;
                }
                Folders.delete(p);
                Notices.note("removed " + p + ", " + what + " left by an interrupted run (pid "
                        + pid(p.getFileName().toString(), prefix) + ").");
            } catch (IOException | UncheckedIOException e) {
                // someone else's, or going away by itself: left alone
            }
        }
    }

    private static boolean mine(Path p) throws IOException {
        return Files.getOwner(p, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"));
    }

    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
