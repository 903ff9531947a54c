package backpropgrader.lms;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One submission taken from a bulk download, matched to the roster where the download allows.
 *
 * @param student  the roster id of the student who submitted, or null (a group's submission, or not matched)
 * @param group    the roster group when the download names a group (Moodle {@code <Group name>_<groupid>_…}),
 *                 else null
 * @param members  the roster ids the submission counts for: the student, every member of the group, or none
 *                 when it could not be matched (then {@code problem} says why; the grader may still find the
 *                 student from the submission's own {@code student} field)
 * @param file     the file to read (inside the download folder, or the unpacked copy of the zip)
 * @param entry    its path inside the download, for messages
 * @param original the student's own file name
 * @param kind     {@link #FILE}; {@link #ONLINE_TEXT} (HTML typed into the LMS: read it with {@link OnlineText});
 *                 or {@link #INFO_TEXT} (a Blackboard attempt with no file: its info text is all there is)
 * @param late     the LMS marked it late (Canvas {@code _LATE})
 * @param attempt  when the LMS names the attempt (Blackboard: YYYY-MM-DD-HH-MM-SS), else ""
 * @param lms      the identities the download gives, keyed as in {@link LmsIds} (Moodle participant id, Canvas
 *                 user and file id, Blackboard username): the exports need them
 * @param problem  why it is not matched to the roster, or null
 * @param note     which file was taken when the student left several, or null
 * @param byName   matched by a display name alone (no LMS id the roster or worksheet carries): the grader counts
 *                 it only when the file's variant code or numbers confirm it
 */
public record LmsSubmission(String student, String group, List<String> members, Path file, String entry,
                            String original, String kind, boolean late, String attempt, Map<String, String> lms,
                            String problem, String note, boolean byName) {

    public static final String FILE = "file";
    public static final String ONLINE_TEXT = "online-text";
    public static final String INFO_TEXT = "info-text";

    public LmsSubmission {
        members = List.copyOf(members);
        lms = Map.copyOf(lms);
    }

    /** A submission matched by the LMS's own ids (or not at all). */
    public LmsSubmission(String student, String group, List<String> members, Path file, String entry,
                         String original, String kind, boolean late, String attempt, Map<String, String> lms,
                         String problem, String note) {
        this(student, group, members, file, entry, original, kind, late, attempt, lms, problem, note, false);
    }

    public boolean matched() {
        return !members.isEmpty();
    }
}
