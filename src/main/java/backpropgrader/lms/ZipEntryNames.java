package backpropgrader.lms;

import backpropgrader.kernel.TextDecoder;
import org.apache.commons.compress.archivers.zip.UnicodePathExtraField;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Entry names of untrusted zips: their encoding, and whether they stay inside the folder they unpack to. */
final class ZipEntryNames {

    private ZipEntryNames() {
    }

    /**
     * The entry's name: UTF-8 when the entry says so (flag bit 11), else the Info-ZIP Unicode path field when it
     * has one (commons-compress has then already put it in {@code getName()}), else the raw bytes as UTF-8 when
     * they are valid UTF-8 (many tools write UTF-8 without the flag), else {@code fallback} (CP437 by the spec;
     * other code pages cannot be told apart from it).
     */
    static String decode(ZipArchiveEntry entry, Charset fallback) {
        byte[] raw = entry.getRawName();
        if (entry.getGeneralPurposeBit().usesUTF8ForNames()) {
            return new String(raw, StandardCharsets.UTF_8);
        }
        if (entry.getExtraField(UnicodePathExtraField.UPATH_ID) != null) {
            return entry.getName();
        }
        return TextDecoder.utf8Or(raw, fallback);
    }

    /**
     * The entry's path relative to the folder it unpacks to, with "/" between parts and "." parts dropped; or
     * the reason it may not be unpacked: it is absolute, names a drive, climbs out with "..", holds a NUL, or is
     * empty. Backslashes count as separators (Windows tools write them).
     */
    static Checked check(String name) {
        String n = name.replace('\\', '/');
        if (n.indexOf('\0') >= 0) {
            return Checked.refused("a name without NUL characters, found one with a NUL");
        }
        if (n.startsWith("/")) {
            return Checked.refused("a relative path, found an absolute one");
        }
        if (n.length() >= 2 && Character.isLetter(n.charAt(0)) && n.charAt(1) == ':') {
            return Checked.refused("a relative path, found one starting with the drive '" + n.substring(0, 2) + "'");
        }
        List<String> parts = new ArrayList<>();
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return Checked.refused("a path inside the folder, found one that climbs out of it with '..'");
            }
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            return Checked.refused("a file or folder name, found an empty one");
        }
        return new Checked(String.join("/", parts), null);
    }

    /**
     * Why a checked path cannot be a file on a usual file system (ext4, NTFS, APFS allow 255 bytes a name), or
     * null: "has a name of 281 bytes; at most 255 fit in a file name".
     */
    static String tooLong(String path, int maxNameBytes) {
        for (String part : path.split("/")) {
            int bytes = part.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxNameBytes) {
                return "has a name of " + bytes + " bytes; at most " + maxNameBytes + " fit in a file name";
            }
        }
        return null;
    }

    /** A checked name: {@code path} when it may be unpacked, else {@code refusal} ("expected …, found …"). */
    record Checked(String path, String refusal) {
        static Checked refused(String why) {
            return new Checked(null, why);
        }
    }
}
