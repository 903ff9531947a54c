package backpropgrader.lms;

import backpropgrader.kernel.BadInputException;
import backpropgrader.kernel.HiddenFiles;
import backpropgrader.kernel.ZipSniff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads an LMS "download all submissions" — the folder or the zip itself — into one {@link LmsSubmission} per
 * student or group. Order of use: {@code try (BulkDownload d = BulkDownloadReader.open(path, roster)) {…}}.
 * <ol>
 *   <li>A zip is unpacked with {@link SafeZip} into a temporary folder (hostile zips are refused whole).</li>
 *   <li>Hidden and system files ({@link HiddenFiles}: {@code .*}, {@code __MACOSX}, {@code Thumbs.db}, {@code ~$…})
 *       are skipped.</li>
 *   <li>{@link DownloadLayout} recognises the LMS and reads each file's name as that LMS writes it.</li>
 *   <li>Per student (as the download names them) the latest attempt is taken, and within it the file that
 *       best serves as a submission (JSON, YAML, text, CSV, online text, then anything); the choice is noted.</li>
 *   <li>{@link RosterMatcher} finds the roster student or group; the LMS identity is kept for the export.</li>
 * </ol>
 */
public final class BulkDownloadReader {

    private BulkDownloadReader() {
    }

    public static BulkDownload open(Path source, Roster roster) {
        return open(source, roster, null, ZipLimits.DEFAULT);
    }

    /** @param worksheet Moodle's downloaded grading worksheet, to map participant ids exactly (may be null) */
    public static BulkDownload open(Path source, Roster roster, MoodleWorksheet worksheet, ZipLimits limits) {
        if (Files.isDirectory(source)) {
            return read(source, false, roster, worksheet);
        }
        if (!Files.isRegularFile(source)) {
            throw new BadInputException(source + ": no such file or folder; expected an LMS bulk download (a folder or a zip).");
        }
        if (!zip(source)) {
            throw new BadInputException(source + ": expected an LMS bulk download (a folder or a zip), found a file"
                    + " that is not a zip.");
        }
        Path temp;
        try {
            temp = Files.createTempDirectory("backprop-grader-download-");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a temporary folder: " + e.getMessage(), e);
        }
        try {
            SafeZip.extract(source, temp, limits);
            return read(temp, true, roster, worksheet);
        } catch (RuntimeException e) {
            SafeZip.empty(temp);
            temp.toFile().delete();
            throw e;
        }
    }

    private static BulkDownload read(Path root, boolean temporary, Roster roster, MoodleWorksheet worksheet) {
        try {
            DownloadLayout.Read layout = DownloadLayout.read(root, entries(root));
            List<String> notes = new ArrayList<>(layout.notes());
            RosterMatcher matcher = new RosterMatcher(roster, worksheet);
            Map<String, List<DownloadedFile>> byKey = new LinkedHashMap<>();
            layout.files().forEach(f -> byKey.computeIfAbsent(f.lms() + "/" + f.key(), k -> new ArrayList<>()).add(f));
            List<LmsSubmission> submissions = new ArrayList<>();
            Map<String, String> taken = new HashMap<>();
            for (List<DownloadedFile> files : byKey.values()) {
                Choice choice = Choice.of(files);
                DownloadedFile f = choice.file();
                RosterMatcher.Match m = matcher.match(f);
                String problem = m.problem();
                List<String> members = m.members();
                // A display name can be anyone's (a student may rename their profile): such matches are not a
                // slot taken, but claims the grader weighs by their variant codes and numbers.
                String again = m.byName() ? null : members.stream().filter(taken::containsKey).findFirst().orElse(null);
                if (again != null) {
                    problem = "a second submission for " + again + ", who already has " + taken.get(again)
                            + "; this one is not graded";
                    members = List.of();
                }
                String student = members.isEmpty() ? null : m.student();
                if (!m.byName()) {
                    members.forEach(id -> taken.put(id, f.entry()));
                }
                if (choice.note() != null) {
                    notes.add(choice.note());
                }
                submissions.add(new LmsSubmission(student, members.isEmpty() ? null : m.group(), members, f.file(),
                        f.entry(), f.original(), f.kind(), f.late(), f.attempt(), ids(f, m), problem, choice.note(),
                        m.byName() && !members.isEmpty()));
            }
            submissions.sort(Comparator.comparing(LmsSubmission::entry));
            return new BulkDownload(layout.lms(), root, temporary, submissions, notes);
        } catch (IOException e) {
            throw new BadInputException(root + ": cannot read the download: " + e.getMessage() + ".", e);
        }
    }

    /** The download's identities; a Moodle group folder's number is the group's id, not a participant's. */
    private static Map<String, String> ids(DownloadedFile f, RosterMatcher.Match m) {
        Map<String, String> ids = new LinkedHashMap<>(f.ids());
        if (m.group() != null && ids.containsKey(LmsIds.MOODLE_PARTICIPANT)) {
            ids.put(LmsIds.MOODLE_GROUP, ids.remove(LmsIds.MOODLE_PARTICIPANT));
        }
        return ids;
    }

    /** Files under {@code root}, relative, "/"-separated, sorted; hidden and system files left out. */
    private static List<String> entries(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(e -> !HiddenFiles.hidden(e)).sorted().toList();
        }
    }

    private static boolean zip(Path file) {
        try {
            return ZipSniff.isZip(file);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read: " + e.getMessage() + ".", e);
        }
    }
}
