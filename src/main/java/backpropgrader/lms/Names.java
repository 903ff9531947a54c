package backpropgrader.lms;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** How the LMSs write a person's name into file names, so a name in a download can be found on the roster. */
final class Names {

    private Names() {
    }

    /** "Lovelace, Ada" → "Ada Lovelace"; a name without exactly one comma is left as it is. */
    static String firstLast(String sortable) {
        int comma = sortable.indexOf(',');
        if (comma < 0 || sortable.indexOf(',', comma + 1) >= 0) {
            return sortable.trim();
        }
        return (sortable.substring(comma + 1).trim() + " " + sortable.substring(0, comma).trim()).trim();
    }

    /**
     * A full name as Moodle puts it in a download folder name, reduced for comparison: Moodle replaces "_" by a
     * space and its clean_filename drops control characters and {@code & < > " ` | ' : \ /}; case, accents
     * written in decomposed form and runs of spaces do not matter.
     */
    static String moodleKey(String fullName) {
        String s = Normalizer.normalize(fullName, Normalizer.Form.NFC).replace('_', ' ')
                .replaceAll("[\\p{Cntrl}&<>\"`|':\\\\/]", "");
        return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * The ways Canvas may have written a student in a download file name: the sortable name ("Last, First")
     * lower-cased with non-word characters removed ({@code smithbob}), with word characters taken as Unicode
     * letters or as ASCII only (uncertain which; both are tried).
     */
    static Set<String> canvasKeys(String sortableName) {
        String lower = Normalizer.normalize(sortableName, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(lower.replaceAll("[^\\p{L}\\p{N}_]", ""));
        keys.add(lower.replaceAll("[^a-z0-9_]", ""));
        keys.remove("");
        return keys;
    }

    /** "Ada King Lovelace" → "Lovelace, Ada King": the sortable name Canvas would make of a plain full name. */
    static String sortable(String fullName) {
        String s = fullName.trim();
        int space = s.lastIndexOf(' ');
        return space < 0 ? s : s.substring(space + 1) + ", " + s.substring(0, space);
    }
}
