package backpropgrader.lms;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canvas's "Download Submissions" names (docs/LMS.md): {@code <name>[_LATE]_<userid>_<fileid>_<original>},
 * text entries {@code <name>[_LATE]_<userid>_text.html}, and under anonymous grading {@code anon_<id>} in place of
 * name and user id. {@code <name>} is the sortable name lower-cased without non-word characters.
 */
final class CanvasNames {

    private static final Pattern ANON_TEXT = Pattern.compile("anon_([A-Za-z0-9]+)(_LATE)?_text\\.html");
    private static final Pattern ANON_FILE = Pattern.compile("anon_([A-Za-z0-9]+)(_LATE)?_(\\d+)_(.+)");
    private static final Pattern TEXT = Pattern.compile("(.+?)(_LATE)?_(\\d+)_text\\.html");
    private static final Pattern FILE = Pattern.compile("(.+?)(_LATE)?_(\\d+)_(\\d+)_(.+)");

    private CanvasNames() {
    }

    static Optional<DownloadedFile> parse(Path file, String entry) {
        if (entry.contains("/")) {
            return Optional.empty(); // Canvas zips are flat
        }
        Matcher m;
        if ((m = ANON_TEXT.matcher(entry)).matches()) {
            return Optional.of(anonymous(file, entry, m, "", "text.html", LmsSubmission.ONLINE_TEXT));
        }
        if ((m = ANON_FILE.matcher(entry)).matches()) {
            return Optional.of(anonymous(file, entry, m, m.group(3), m.group(4), LmsSubmission.FILE));
        }
        if ((m = TEXT.matcher(entry)).matches()) {
            return Optional.of(named(file, entry, m, "", "text.html", LmsSubmission.ONLINE_TEXT));
        }
        if ((m = FILE.matcher(entry)).matches()) {
            return Optional.of(named(file, entry, m, m.group(4), m.group(5), LmsSubmission.FILE));
        }
        return Optional.empty();
    }

    private static DownloadedFile named(Path file, String entry, Matcher m, String fileId, String original, String kind) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put(LmsIds.CANVAS_USER, m.group(3));
        ids.put(LmsIds.CANVAS_FILE_NAME, m.group(1));
        if (!fileId.isEmpty()) {
            ids.put(LmsIds.CANVAS_FILE, fileId);
        }
        return new DownloadedFile(file, entry, Lms.CANVAS, m.group(3), m.group(1), original, "", m.group(2) != null,
                kind, ids);
    }

    private static DownloadedFile anonymous(Path file, String entry, Matcher m, String fileId, String original,
                                            String kind) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put(LmsIds.CANVAS_ANONYMOUS, m.group(1));
        if (!fileId.isEmpty()) {
            ids.put(LmsIds.CANVAS_FILE, fileId);
        }
        return new DownloadedFile(file, entry, Lms.CANVAS, "anon_" + m.group(1), "", original, "",
                m.group(2) != null, kind, ids);
    }
}
