package backpropgrader.lms;

import backpropgrader.kernel.BadInputException;
import backpropgrader.kernel.HiddenFiles;
import backpropgrader.kernel.Leftovers;
import backpropgrader.kernel.PlainFiles;
import backpropgrader.kernel.ShutdownCleanup;
import backpropgrader.kernel.ZipSniff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an LMS "download all submissions" — the folder or the zip itself — into one {@link LmsSubmission} per
 * student or group. Order of use: {@code try (BulkDownload d = BulkDownloadReader.open(path, roster)) {…}}.
 * <ol>
 *   <li>A zip is unpacked with {@link SafeZip} into a temporary folder of this run ({@link #UNPACKED}; hostile zips
 *       are refused whole; an entry that fails its checksum, inflates past the ratio or has too long a name is
 *       left out, and its student's submission is unreadable, naming the damage).</li>
 *   <li>Hidden and system files ({@link HiddenFiles}: {@code .*}, {@code __MACOSX}, {@code Thumbs.db}, {@code ~$…})
 *       are skipped; links, pipes and devices are kept as files that cannot be read ({@link PlainFiles}).</li>
 *   <li>{@link DownloadLayout} recognises the LMS and reads each file's name as that LMS writes it.</li>
 *   <li>Per student (as the download names them) the latest attempt is taken, and within it the file that
 *       best serves as a submission (JSON, YAML, text, CSV, online text, then anything); the choice is noted.</li>
 *   <li>{@link RosterMatcher} finds the roster student or group; the LMS identity is kept for the export.</li>
 * </ol>
 */
public final class BulkDownloadReader {

    /**
     * A zip is unpacked into {@code <temp>/backprop-grader-download-<pid>-<random>}: removed on close and on
     * SIGTERM, and by the next download after kill -9 ({@link Leftovers}).
     */
    static final String UNPACKED = "backprop-grader-download-";

    private BulkDownloadReader() {
    }

    public static BulkDownload open(Path source, Roster roster) {
        return open(source, roster, null, ZipLimits.DEFAULT);
    }

    /** @param worksheet Moodle's downloaded grading worksheet, to map participant ids exactly (may be null) */
    public static BulkDownload open(Path source, Roster roster, MoodleWorksheet worksheet, ZipLimits limits) {
        if (Files.isDirectory(source)) {
            return read(source, null, roster, worksheet, Map.of());
        }
        if (!Files.isRegularFile(source)) {
            throw new BadInputException(source + ": no such file or folder; expected an LMS bulk download (a folder or a zip).");
        }
        if (!zip(source)) {
            throw new BadInputException(source + ": expected an LMS bulk download (a folder or a zip), found a file"
                    + " that is not a zip.");
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Leftovers.removeEnded(tmp, UNPACKED, "the unpacked download"); // what runs killed with kill -9 left
        Path temp;
        try {
            temp = Leftovers.create(tmp, UNPACKED);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a temporary folder: " + e.getMessage(), e);
        }
        ShutdownCleanup.Registration cleanup = ShutdownCleanup.register(() -> BulkDownload.remove(temp));
        try {
            SafeZip.Unpacked unpacked = SafeZip.extract(source, temp, limits);
            return read(temp, cleanup, roster, worksheet, unpacked.damaged());
        } catch (RuntimeException e) {
            BulkDownload.remove(temp);
            cleanup.close();
            throw e;
        }
    }

    /**
     * @param cleanup the shutdown clean-up of an unpacked zip (which {@code root} is), or null for a folder given
     *                as it is
     * @param damaged entries of the zip left out one by one (see {@link SafeZip}) → what is wrong with them
     */
    private static BulkDownload read(Path root, ShutdownCleanup.Registration cleanup, Roster roster,
                                     MoodleWorksheet worksheet, Map<String, String> damaged) {
        try {
            // A damaged entry still says whose it is, so it is laid out with the others and read as unreadable.
            List<String> entries = new ArrayList<>(entries(root));
            damaged.keySet().stream().filter(e -> !HiddenFiles.hidden(e)).forEach(entries::add);
            entries.sort(null);
            DownloadLayout.Read layout = DownloadLayout.read(root, entries);
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
            return new BulkDownload(layout.lms(), root, cleanup, submissions, notes, damaged);
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

    /**
     * Files under {@code root}, relative, "/"-separated, sorted; hidden and system files left out. Links, pipes
     * and devices are among them, never followed or opened ({@link PlainFiles}): each is a hand-in that cannot be
     * read, taken only when its student left nothing better, and then reported.
     */
    private static List<String> entries(Path root) throws IOException {
        return PlainFiles.entries(root);
    }

    private static boolean zip(Path file) {
        try {
            return ZipSniff.isZip(file);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read: " + e.getMessage() + ".", e);
        }
    }
}
