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
    /** Roster id → what the download says, for submissions the download itself matched to the roster. */
    final Map<String, Handin> handins;
    /** Source → what the download says, for submissions whose own student field must say whose they are. */
    final Map<String, Handin> unmatched;
    final List<String> notes;
    final Lms lms;
    private final BulkDownload download;

    private SubmissionSource(List<Grading.Input> inputs, Map<String, Handin> handins, Map<String, Handin> unmatched,
                             List<String> notes, Lms lms, BulkDownload download) {
        this.inputs = inputs;
        this.handins = handins;
        this.unmatched = unmatched;
        this.notes = notes;
        this.lms = lms;
        this.download = download;
    }

    static SubmissionSource open(Path path, Roster roster, MoodleWorksheet worksheet) {
        if (Files.isRegularFile(path) && !zip(path)) {
            return new SubmissionSource(List.of(Grading.Input.of(path)), Map.of(), Map.of(), List.of(), Lms.NONE, null);
        }
        BulkDownload d = BulkDownloadReader.open(path, roster, worksheet, ZipLimits.DEFAULT);
        try {
            String label = path.toString();
            if (d.lms() == Lms.NONE) {
                Map<String, Grading.Input> byName = new TreeMap<>(); // in name order, as Grading.files gives them
                for (Path f : Grading.files(d.folder())) {
                    String entry = d.folder().relativize(f).toString().replace('\\', '/');
                    byName.put(entry, new Grading.Input(f, null, f.getFileName().toString(), List.of(),
                            label + "/" + entry));
                }
                d.damaged().forEach((entry, damage) -> {
                    if (!HiddenFiles.hidden(entry)) {
                        byName.put(entry, new Grading.Input(d.folder().resolve(entry), null,
                                entry.substring(entry.lastIndexOf('/') + 1), List.of(), label + "/" + entry, damage));
                    }
                });
                return new SubmissionSource(List.copyOf(byName.values()), Map.of(), Map.of(), d.notes(), Lms.NONE, d);
            }
            List<Grading.Input> inputs = new ArrayList<>();
            Map<String, Handin> handins = new HashMap<>();
            Map<String, Handin> unmatched = new HashMap<>();
            List<String> notes = new ArrayList<>(d.notes());
            for (LmsSubmission s : d.submissions()) {
                String source = label + "/" + s.entry();
                String damage = d.damaged().get(s.entry());
                inputs.add(new Grading.Input(s.file(), damage == null ? text(s, source) : null, name(s), s.members(),
                        source, damage));
                Handin h = new Handin(d.lms().id(), s.lms(), s.late(), attempt(s.attempt()));
                if (!s.matched()) {
                    notes.add(source + ": " + s.problem() + "; the file's own student field decides whose it is.");
                    unmatched.put(source, h);
                }
                s.members().forEach(id -> handins.put(id, h));
            }
            return new SubmissionSource(inputs, handins, unmatched, notes, d.lms(), d);
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
