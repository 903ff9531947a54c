package backpropgrader.lms;

import backpropgrader.kernel.BadInputException;
import backpropgrader.kernel.Excerpt;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Unpacks an untrusted zip (an LMS bulk download) into a folder of its own. Refused whole, with a message naming
 * the zip, the entry and what was expected and found, and nothing left unpacked: an entry that would land outside
 * the folder (zip slip: "..", absolute paths, drive letters), a symbolic link, a name given twice, an encrypted
 * entry, or more entries or bytes than {@link ZipLimits} allows (a true zip bomb). Decided entry by entry — that
 * entry is left out and named as damaged, the others are unpacked — is what one student's upload can cause: an
 * entry that unpacks to far more than it takes (2 MB of padding compresses a thousandfold), a name too long for a
 * file system, or data that fails its checksum. Sizes are counted as bytes come out, never taken from the headers.
 */
public final class SafeZip {

    private static final long MIB = 1L << 20;

    private SafeZip() {
    }

    /**
     * What was unpacked.
     *
     * @param files   the files' relative paths
     * @param damaged relative path → what is wrong with that entry, for the entries left out one by one
     */
    public record Unpacked(List<String> files, Map<String, String> damaged) {
        public Unpacked {
            files = List.copyOf(files);
            damaged = Collections.unmodifiableMap(new LinkedHashMap<>(damaged));
        }
    }

    /** Unpacks {@code zip} into {@code into} (created; must be empty). */
    public static Unpacked extract(Path zip, Path into, ZipLimits limits) {
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

    private static Unpacked unpack(Path zip, Path root, ZipLimits limits) throws IOException {
        List<String> files = new ArrayList<>();
        Map<String, String> damaged = new LinkedHashMap<>();
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
                if (damaged.containsKey(checked.path())) {
                    throw refuse(zip, where + ": expected each name once, found this one twice");
                }
                String tooLong = ZipEntryNames.tooLong(checked.path(), limits.maxNameBytes());
                if (e.isDirectory()) {
                    if (tooLong == null) {
                        Files.createDirectories(target);
                    }
                    continue; // a file under a folder whose name is too long is named as damaged itself
                }
                if (tooLong != null) {
                    damaged.put(checked.path(), "entry " + Excerpt.quoted(checked.path()) + " " + tooLong
                            + "; it was not unpacked (rename the file and upload it again)");
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
                Copied c = copy(zf, e, target, where, Excerpt.quoted(checked.path()), zip, limits,
                        limits.maxTotalBytes() - total);
                total += c.bytes();
                if (c.damage() == null) {
                    files.add(checked.path());
                } else {
                    Files.delete(target);
                    damaged.put(checked.path(), c.damage());
                }
            }
        }
        return new Unpacked(files, damaged);
    }

    /** What one entry's copy gave: the bytes that came out, and what is wrong with them (null when nothing). */
    private record Copied(long bytes, String damage) {
    }

    /**
     * Copies one entry, counting what comes out and checking it against the entry's CRC-32; stops at the first
     * sign that the entry is a bomb (its ratio) and reports it, so that entry alone is left out.
     */
    private static Copied copy(ZipFile zf, ZipArchiveEntry e, Path target, String where, String name, Path zip,
                               ZipLimits limits, long totalLeft) throws IOException {
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        CRC32 crc = new CRC32();
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
                    return new Copied(written, "entry " + name + " was not unpacked: expected it to unpack to at most "
                            + limits.maxRatio() + " times its compressed size, found " + written / compressed
                            + " times and growing (a zip bomb's mark)");
                }
                crc.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        } catch (FileAlreadyExistsException x) {
            throw refuse(zip, where + ": expected each name once, found this one twice");
        }
        if (e.getCrc() != -1 && crc.getValue() != e.getCrc()) {
            return new Copied(written, "the download is damaged: entry " + name + " failed its checksum; download it"
                    + " again");
        }
        return new Copied(written, null);
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
