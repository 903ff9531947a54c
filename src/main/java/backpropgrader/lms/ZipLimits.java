package backpropgrader.lms;

import java.nio.charset.Charset;

/**
 * Bounds on what an untrusted zip may unpack to (zip bombs), and the encoding of entry names that say neither
 * UTF-8 (general-purpose flag bit 11) nor carry an Info-ZIP Unicode path field and are not valid UTF-8.
 *
 * @param maxEntries      entries in the central directory (folders included)
 * @param maxEntryBytes   bytes one entry may unpack to
 * @param maxTotalBytes   bytes all entries together may unpack to
 * @param maxRatio        unpacked / compressed size an entry may reach once it is past {@code ratioFloor} bytes
 *                        (beyond it that entry alone is left out; the other bounds refuse the whole zip)
 * @param ratioFloor      size below which the ratio is not judged (small text compresses well, harmlessly)
 * @param fallbackCharset the names' encoding when nothing says otherwise (the zip specification's CP437)
 * @param maxNameBytes    UTF-8 bytes of one part of an entry's path (what a file system allows a name; a longer
 *                        one leaves that entry out)
 */
public record ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio, long ratioFloor,
                        Charset fallbackCharset, int maxNameBytes) {

    /**
     * A bulk download of a class of 10,000 with a few files each fits; a 1 GB entry, a 100,000-entry zip and
     * a 1000:1 stream do not.
     */
    public static final ZipLimits DEFAULT = new ZipLimits(50_000, 100L << 20, 4L << 30, 200, 1L << 20,
            Charset.forName("IBM437"), 255);
}
