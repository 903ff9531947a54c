package backpropgrader.lms;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Moodle's bulk-download names, read with Moodle's own rule (assignfeedback_file's zip importer): each path
 * part is split on "_" into at most 5 pieces; the first part whose 2nd piece is a number and whose 3rd is
 * {@code assignsubmission} decides: 1st piece the full name (or "Participant" when blind-marked, or the group
 * name), 2nd the participant (or group) id, 4th the plugin; the rest of the path is the student's file. So
 * {@code Full Name_12345_assignsubmission_file/answers.json} (4.1+), {@code …_file_/answers.json} (3.1–4.0) and
 * flat {@code Full Name_12345_assignsubmission_file_answers.json} all read the same.
 */
final class MoodleNames {

    private MoodleNames() {
    }

    static Optional<DownloadedFile> parse(Path file, String entry) {
        String[] parts = entry.split("/");
        for (int i = 0; i < parts.length; i++) {
            String[] info = parts[i].split("_", 5);
            if (info.length < 4 || !info[1].matches("\\d+") || !info[2].equals("assignsubmission")) {
                continue;
            }
            String rest = info.length == 5 ? info[4] : "";
            String[] after = Arrays.copyOfRange(parts, i + 1, parts.length);
            String original = String.join("/", rest.isEmpty() ? after : concat(rest, after));
            if (original.isEmpty()) {
                continue;
            }
            String plugin = info[3];
            String kind = plugin.equals("onlinetext") ? LmsSubmission.ONLINE_TEXT : LmsSubmission.FILE;
            return Optional.of(new DownloadedFile(file, entry, Lms.MOODLE, info[1], info[0], original, "", false,
                    kind, Map.of(LmsIds.MOODLE_PARTICIPANT, info[1], LmsIds.MOODLE_NAME, info[0])));
        }
        return Optional.empty();
    }

    private static String[] concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
