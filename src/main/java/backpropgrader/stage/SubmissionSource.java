package backpropgrader.stage;

import backpropgrader.grade.Grading;
import backpropgrader.grade.Handin;
import backpropgrader.grade.SubmissionReader;
import backpropgrader.grade.UnreadableSubmissionException;

import backpropgrader.kernel.HiddenFiles;
import backpropgrader.kernel.ZipSniff;
import backpropgrader.lms.BulkDownload;
import backpropgrader.lms.BulkDownloadReader;
import backpropgrader.lms.Lms;
import backpropgrader.lms.LmsIds;
import backpropgrader.lms.LmsSubmission;
import backpropgrader.lms.MoodleWorksheet;
import backpropgrader.lms.Roster;
import backpropgrader.lms.ZipLimits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What {@code grade SUBMISSIONS} reads: a folder of files, a zip of them, one file (a class-wide CSV), or an LMS
 * bulk download (folder or zip, through {@link BulkDownloadReader}). Gives the grading inputs, each named by its
 * place in SUBMISSIONS (never by the temporary folder a zip is unpacked into, so outputs do not depend on it),
 * and per roster student what the download says about their hand-in. Close it to remove an unpacked zip.
 */
final class SubmissionSource implements AutoCloseable {

    private static final DateTimeFormatter ATTEMPT = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm-ss");

    final List<Grading.Input> inputs;
    /**
     * Source → what the download says about that file: applied to the result graded from it, so an LMS identity
     * goes only with the file it came with (never to a student a file was refused for).
     */
    final Map<String, Handin> handins;
    final List<String> notes;
    final Lms lms;
    private final BulkDownload download;

    private SubmissionSource(List<Grading.Input> inputs, Map<String, Handin> handins, List<String> notes, Lms lms,
                             BulkDownload download) {
        this.inputs = inputs;
        this.handins = handins;
        this.notes = notes;
        this.lms = lms;
        this.download = download;
    }

    static SubmissionSource open(Path path, Roster roster, MoodleWorksheet worksheet) {
        if (Files.isRegularFile(path) && !zip(path)) {
            return new SubmissionSource(List.of(Grading.Input.of(path)), Map.of(), List.of(), Lms.NONE, null);
        }
        BulkDownload d = BulkDownloadReader.open(path, roster, worksheet, ZipLimits.DEFAULT);
        try {
            String label = path.toString();
            if (d.lms() == Lms.NONE) {
                List<Path> files = Grading.files(d.folder());
                boolean tables = Grading.Input.tables(files); // class-wide tables only in a folder of nothing else
                Map<String, Grading.Input> byName = new TreeMap<>(); // in name order, as Grading.files gives them
                for (Path f : files) {
                    String entry = d.folder().relativize(f).toString().replace('\\', '/');
                    byName.put(entry, new Grading.Input(f, null, f.getFileName().toString(), List.of(),
                            label + "/" + entry, Grading.Trust.PLAIN, tables));
                }
                d.damaged().forEach((entry, damage) -> {
                    if (!HiddenFiles.hidden(entry)) {
                        byName.put(entry, new Grading.Input(d.folder().resolve(entry), null,
                                entry.substring(entry.lastIndexOf('/') + 1), List.of(), label + "/" + entry,
                                Grading.Trust.PLAIN, false, damage));
                    }
                });
                return new SubmissionSource(List.copyOf(byName.values()), Map.of(), d.notes(), Lms.NONE, d);
            }
            List<Grading.Input> inputs = new ArrayList<>();
            Map<String, Handin> handins = new HashMap<>();
            List<String> notes = new ArrayList<>(d.notes());
            for (LmsSubmission s : d.submissions()) {
                String source = label + "/" + s.entry();
                Grading.Trust trust = !s.matched() ? Grading.Trust.LMS_UNMATCHED
                        : s.byName() ? Grading.Trust.LMS_BY_NAME : Grading.Trust.LMS;
                String damage = d.damaged().get(s.entry());
                inputs.add(new Grading.Input(s.file(), damage == null ? text(s, source) : null, name(s), s.members(),
                        source, trust, false, damage));
                if (!s.matched()) {
                    notes.add(source + ": " + s.problem() + "; the file's own student field decides whose it is,"
                            + " when its variant code or its numbers confirm it.");
                }
                LocalDateTime at = attempt(s.attempt());
                if (at == null && worksheet != null && s.lms().containsKey(LmsIds.MOODLE_PARTICIPANT)) {
                    at = worksheet.submitted(s.lms().get(LmsIds.MOODLE_PARTICIPANT)); // Last modified (submission)
                }
                handins.put(source, new Handin(d.lms().id(), s.lms(), s.late(), at));
            }
            return new SubmissionSource(inputs, handins, notes, d.lms(), d);
        } catch (RuntimeException e) {
            d.close();
            throw e;
        }
    }

    /** The name that decides how the file is read, and (for an unmatched file) whose it is. */
    private static String name(LmsSubmission s) {
        if (!s.matched()) {
            return s.entry().replace('/', '_');
        }
        return s.kind().equals(LmsSubmission.ONLINE_TEXT) && !s.original().endsWith(".html")
                ? s.original() + ".html" : s.original();
    }

    /** A Blackboard attempt with no file: the answers are the info file's typed lines. */
    private static String text(LmsSubmission s, String source) {
        if (!s.kind().equals(LmsSubmission.INFO_TEXT)) {
            return null;
        }
        try {
            SubmissionReader.checkSize(s.file(), source, s.original());
            return SubmissionReader.decode(s.file(), source).lines()
                    .filter(l -> l.strip().matches("\\[.+]") || l.contains("="))
                    .collect(Collectors.joining("\n", "", "\n"));
        } catch (UnreadableSubmissionException e) {
            return null; // read again as a file, which reports the problem
        }
    }

    private static LocalDateTime attempt(String attempt) {
        try {
            return attempt == null || attempt.isEmpty() ? null : LocalDateTime.parse(attempt, ATTEMPT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean zip(Path file) {
        try {
            return ZipSniff.isZip(file);
        } catch (IOException e) {
            return false; // read as a file of answers, which says what is wrong with it
        }
    }

    @Override
    public void close() {
        if (download != null) {
            download.close();
        }
    }
}
