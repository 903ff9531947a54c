package backpropgrader.lms;

import java.util.List;

/** Wording shared by the export's notes: counts with their noun, and lists of ids that stay readable. */
final class Notes {

    private static final int SHOWN = 10;

    private Notes() {
    }

    /** "1 student", "3 students". */
    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** "S1, S2, S3", or the first ten and "… (42 in all)". */
    static String list(List<String> ids) {
        if (ids.size() <= SHOWN) {
            return String.join(", ", ids);
        }
        return String.join(", ", ids.subList(0, SHOWN)) + ", … (" + ids.size() + " in all)";
    }
}
