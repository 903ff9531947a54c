package backpropgrader.lms;

import backpropgrader.kernel.BadInputException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Unpacks an untrusted zip (an LMS bulk download) into a folder of its own, all or nothing. Refused, with a
 * message naming the zip, the entry and what was expected and found, and nothing left unpacked: an entry that
 * would land outside the folder (zip slip: "..", absolute paths, drive letters), a symbolic link, a name given
 * twice, more entries or bytes than {@link ZipLimits} allows, or an entry that unpacks to far more than it
 * takes (a zip bomb). Sizes are counted as bytes come out, never taken from the headers.
 */
public final class SafeZip {

    private static final long MIB = 1L << 20;

    private SafeZip() {
    }

    /** Unpacks {@code zip} into {@code into} (created; must be empty) and returns the files' relative paths. */
    public static List<String> extract(Path zip, Path into, ZipLimits limits) {
        try {
            Files.createDirectories(into);
            try (Stream<Path> s = Files.list(into)) {
                if (s.findAny().isPresent()) {
                    throw new IllegalArgumentException(into + " must be empty to unpack " + zip + " into it");
                }
            }
        } catch (IOException e) {
            throw new BadInputException(into + ": cannot create the folder to unpack " + zip + " into: " + e.getMessage() + ".", e);
        }
        try {
            return unpack(zip, into.toAbsolutePath().normalize(), limits);
        } catch (IOException | RuntimeException e) {
            empty(into);
            if (e instanceof BadInputException b) {
                throw b;
            }
            throw new BadInputException(zip + ": expected a readable zip file, found one that cannot be unpacked ("
                    + e.getMessage() + "); nothing was unpacked.", e);
        }
    }

    private static List<String> unpack(Path zip, Path root, ZipLimits limits) throws IOException {
        List<String> files = new ArrayList<>();
        try (ZipFile zf = ZipFile.builder().setPath(zip).setUseUnicodeExtraFields(true).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zf.getEntries());
            if (entries.size() > limits.maxEntries()) {
                throw refuse(zip, "expected at most " + limits.maxEntries() + " entries, found " + entries.size());
            }
            long total = 0;
            int index = 0;
            for (ZipArchiveEntry e : entries) {
                index++;
                String name = ZipEntryNames.decode(e, limits.fallbackCharset());
                String where = "entry " + index + " '" + name + "'";
                ZipEntryNames.Checked checked = ZipEntryNames.check(name);
                if (checked.refusal() != null) {
                    throw refuse(zip, where + ": expected " + checked.refusal());
                }
                Path target = root.resolve(checked.path()).normalize();
                if (!target.startsWith(root)) {
                    throw refuse(zip, where + ": expected a path inside the folder, found one outside it");
                }
                if (e.isUnixSymlink()) {
                    throw refuse(zip, where + ": expected a file or folder, found a symbolic link");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                if (e.getSize() > limits.maxEntryBytes()) {
                    throw refuse(zip, where + ": expected at most " + limits.maxEntryBytes() / MIB
                            + " MiB unpacked, found " + e.getSize() / MIB + " MiB declared");
                }
                if (!zf.canReadEntryData(e)) {
                    throw refuse(zip, where + ": expected a plain or deflated entry, found one that is encrypted"
                            + " or uses an unsupported method");
                }
                Files.createDirectories(target.getParent());
                total += copy(zf, e, target, where, zip, limits, limits.maxTotalBytes() - total);
                files.add(checked.path());
            }
        }
        return files;
    }

    /** Copies one entry, counting what comes out; returns the bytes written. */
    private static long copy(ZipFile zf, ZipArchiveEntry e, Path target, String where, Path zip, ZipLimits limits,
                             long totalLeft) throws IOException {
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zf.getInputStream(e);
             OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                written += n;
                if (written > limits.maxEntryBytes()) {
                    throw refuse(zip, where + ": expected at most " + limits.maxEntryBytes() / MIB
                            + " MiB unpacked, found more");
                }
                if (written > totalLeft) {
                    throw refuse(zip, "expected at most " + limits.maxTotalBytes() / MIB
                            + " MiB unpacked in all, found more by " + where);
                }
                // The ratio so far, from the compressed bytes actually consumed (headers can lie).
                long compressed = in instanceof InputStreamStatistics st ? Math.max(1, st.getCompressedCount())
                        : Math.max(1, e.getCompressedSize());
                if (written > limits.ratioFloor() && written / compressed > limits.maxRatio()) {
                    throw refuse(zip, where + ": expected it to unpack to at most " + limits.maxRatio()
                            + " times its compressed size, found " + written / compressed + " times and growing");
                }
                out.write(buffer, 0, n);
            }
        } catch (FileAlreadyExistsException x) {
            throw refuse(zip, where + ": expected each name once, found this one twice");
        }
        return written;
    }

    private static BadInputException refuse(Path zip, String what) {
        return new BadInputException(zip + ": " + what + "; the zip is refused (a damaged or hostile download)"
                + " and nothing was unpacked.");
    }

    /** Removes everything under {@code folder}, which this class created and filled. */
    static void empty(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(folder)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot clean " + folder + ": " + e.getMessage(), e);
        }
    }
}
