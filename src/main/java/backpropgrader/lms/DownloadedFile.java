package backpropgrader.lms;

import java.nio.file.Path;
import java.util.Map;

/**
 * One file of a bulk download as its LMS named it, before it is matched to the roster.
 *
 * @param entry    its path inside the download, "/" between parts
 * @param key      who submitted it, as the download says: Moodle participant (or group) id, Canvas user id or
 *                 {@code anon_<id>}, Blackboard username, or for a plain folder the file name without extension
 * @param name     the person's name as the download writes it ("" when it has none)
 * @param original the student's own file name (or path inside the student's folder)
 * @param attempt  a string that sorts later attempts last (Blackboard's timestamp; "" when the LMS keeps one)
 * @param kind     {@link LmsSubmission#FILE}, {@link LmsSubmission#ONLINE_TEXT} or {@link LmsSubmission#INFO_TEXT}
 * @param ids      the LMS identities the name carries, keyed as in {@link LmsIds}
 */
record DownloadedFile(Path file, String entry, Lms lms, String key, String name, String original, String attempt,
                      boolean late, String kind, Map<String, String> ids) {

    /** How well the file can serve as the submission: JSON first, then YAML, text, CSV, online text, the rest. */
    int rank() {
        String o = original.toLowerCase(java.util.Locale.ROOT);
        if (kind.equals(LmsSubmission.ONLINE_TEXT)) {
            return 4;
        }
        if (kind.equals(LmsSubmission.INFO_TEXT)) {
            return 6;
        }
        return o.endsWith(".json") ? 0 : o.endsWith(".yaml") || o.endsWith(".yml") ? 1 : o.endsWith(".txt") ? 2
                : o.endsWith(".csv") ? 3 : 5;
    }
}
