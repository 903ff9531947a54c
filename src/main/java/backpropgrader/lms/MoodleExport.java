package backpropgrader.lms;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Moodle's upload files (docs/LMS.md):
 * <ul>
 *   <li>{@code grading-worksheet.csv} for "Upload grading worksheet": best written over the worksheet the
 *       instructor downloaded, which keeps every row, column and {@code Last modified (grade)} value as Moodle
 *       wrote them (Moodle skips a row whose stored grade is more than 60 s newer than that value) and fills in
 *       Grade and Feedback comments; without it, one row per student whose participant id the download gave,
 *       {@code Last modified (grade)} "-";</li>
 *   <li>{@code feedback-files.zip} for "Upload multiple feedback files in a zip":
 *       {@code <Full name>_<participant id>_assignsubmission_file_feedback.html}, which Moodle's importer splits
 *       on "_" to find the participant (for group submissions the group id, which gives it to every member);</li>
 *   <li>{@code gradebook-import.csv} for the gradebook's "Import CSV": ID number and email to map, grade ("-"
 *       for none) and feedback.</li>
 * </ul>
 */
final class MoodleExport implements LmsExporter {

    @Override
    public ExportResult write(List<GradeRow> rows, ExportSettings given, Path outDir) {
        MoodleWorksheet ws = given.lmsFile() == null ? null : MoodleWorksheet.read(given.lmsFile());
        List<String> notes = new ArrayList<>(ws == null ? List.of() : ws.notes());
        // Moodle reads a grade with a decimal point in every language (unformat_float); a decimal comma is cut
        // off by an English site. --locale changes only the words for people.
        ExportSettings settings = given.withLocale(Locale.ROOT);
        double lmsMax = Maximum.of(ws == null ? OptionalDouble.empty() : ws.maximum(), given.maximum(), "--max-grade",
                "Moodle's maximum grade for this assignment", ws == null
                        ? "--worksheet FILE (the grading worksheet, from the assignment's Download grading worksheet,"
                        + " which states it)"
                        : "a grading worksheet whose Maximum grade column is filled in (" + ws.source() + " has none)");
        Map<String, String> participant = new LinkedHashMap<>();
        for (GradeRow r : rows) {
            String p = r.id(LmsIds.MOODLE_PARTICIPANT);
            if (ws != null && (p.isEmpty() || ws.byParticipant(p).isEmpty())) {
                p = ws.forStudent(r.asStudent()).map(MoodleWorksheet.Entry::participant).orElse("");
            }
            participant.put(r.studentId(), p);
        }
        Scale scale = new Scale(lmsMax, settings, notes);
        Map<String, Path> entries = new LinkedHashMap<>();
        Set<String> zipped = feedbackEntries(rows, participant, notes, entries);
        // A comment says where the page is only when the zip holds it.
        List<GradeRow> commented = rows.stream().map(r -> zipped.contains(r.studentId())
                ? r.withComment(ExportComment.withPage(r.comment(), Lms.MOODLE, r.studentId())) : r).toList();
        try (ExportFiles out = new ExportFiles(outDir)) {
            if (ws != null) {
                overWorksheet(out, ws, commented, participant, scale, notes);
            } else {
                fresh(out, commented, participant, scale, notes);
            }
            out.zip("feedback-files.zip", entries);
            out.counted("feedback-files.zip", entries.size(), "feedback page");
            gradebook(out, commented, settings, scale, notes);
            return new ExportResult(out.commit(), notes, out.grades(), out.counts());
        }
    }

    /** Fills in the worksheet's Grade and feedback cells, counting the rows given a grade. */
    private static void overWorksheet(ExportFiles out, MoodleWorksheet ws, List<GradeRow> rows,
                                      Map<String, String> participant, Scale scale, List<String> notes) {
        List<String> header = new ArrayList<>(ws.table().header());
        int feedback = ws.column(MoodleStrings.Column.FEEDBACK);
        if (feedback < 0 && !ws.language().isEmpty()) {
            MoodleStrings.Language l = MoodleStrings.KNOWN.stream().filter(x -> x.id().equals(ws.language()))
                    .findFirst().orElseThrow();
            header.add(l.headers().get(MoodleStrings.Column.FEEDBACK).get(0));
            feedback = header.size() - 1;
            notes.add("The worksheet had no " + header.get(feedback) + " column; one was added, which Moodle reads"
                    + " only when the assignment's feedback comments are enabled.");
        } else if (feedback < 0) {
            notes.add("The worksheet has no feedback comments column the tool can recognise; the comments were not"
                    + " written (the feedback files carry everything).");
        }
        Map<String, GradeRow> byParticipant = new HashMap<>();
        for (GradeRow r : rows) {
            if (r.score() == null) {
                continue;
            }
            String p = participant.get(r.studentId());
            if (p.isEmpty()) {
                notes.add(r.studentId() + " (" + r.name() + ") is not in the worksheet " + ws.source()
                        + "; their grade is not exported.");
            } else {
                byParticipant.put(p, r);
            }
        }
        int grade = ws.column(MoodleStrings.Column.GRADE);
        List<List<String>> lines = new ArrayList<>();
        int graded = 0;
        for (MoodleWorksheet.Entry e : ws.entries()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                cells.add(i < e.row().cells().size() && e.row().cells().get(i) != null ? e.row().cells().get(i) : "");
            }
            GradeRow r = byParticipant.get(e.participant());
            if (r != null) {
                cells.set(grade, scale.fixed(r));
                if (feedback >= 0) {
                    cells.set(feedback, FeedbackHtml.of(r.comment()));
                }
                graded++;
            }
            lines.add(cells);
        }
        String name = ws.source().getFileName().toString();
        name = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name : "grading-worksheet.csv";
        out.csv(name, header, lines, ',', false);
        out.counted(name, graded, "grade");
    }

    /** A worksheet of the students whose participant id the download gave, each row a grade. */
    private static void fresh(ExportFiles out, List<GradeRow> rows, Map<String, String> participant, Scale scale,
                              List<String> notes) {
        List<List<String>> lines = new ArrayList<>();
        for (GradeRow r : rows) {
            if (r.score() == null) {
                continue;
            }
            String p = participant.get(r.studentId());
            if (p.isEmpty()) {
                notes.add(r.studentId() + " (" + r.name() + ") has no Moodle participant id (it comes from the bulk"
                        + " download or the downloaded worksheet); their grade is not in the worksheet.");
                continue;
            }
            lines.add(List.of(MoodleStrings.ENGLISH.participant() + p, r.name(), r.email(), scale.fixed(r),
                    scale.fixedMax(r), "-", FeedbackHtml.of(r.comment())));
        }
        notes.add("Written without the downloaded worksheet: Moodle skips the rows of students it has graded since"
                + " unless 'Allow updating records that have been modified more recently in Moodle than in the"
                + " spreadsheet' is ticked; give --worksheet to keep Moodle's own values.");
        List<MoodleStrings.Column> columns = List.of(MoodleStrings.Column.IDENTIFIER, MoodleStrings.Column.FULL_NAME,
                MoodleStrings.Column.EMAIL, MoodleStrings.Column.GRADE, MoodleStrings.Column.MAXIMUM,
                MoodleStrings.Column.MODIFIED, MoodleStrings.Column.FEEDBACK);
        out.csv("grading-worksheet.csv", columns.stream().map(c -> MoodleStrings.ENGLISH.headers().get(c).get(0))
                .toList(), lines, ',', false);
        out.counted("grading-worksheet.csv", lines.size(), "grade");
    }

    /**
     * The feedback zip's entries (every student with a page and a participant id, graded or not); returns the
     * students whose page is in it.
     */
    private static Set<String> feedbackEntries(List<GradeRow> rows, Map<String, String> participant,
                                               List<String> notes, Map<String, Path> entries) {
        Set<String> zipped = new HashSet<>();
        List<String> ungradedWithout = new ArrayList<>();
        for (GradeRow r : rows) {
            if (r.feedbackFile() == null) {
                continue;
            }
            // Moodle's importer indexes a team assignment by group id, so a group's page goes under the group's id.
            String id = r.id(LmsIds.MOODLE_GROUP).isEmpty() ? participant.get(r.studentId()) : r.id(LmsIds.MOODLE_GROUP);
            if (id.isEmpty()) {
                if (r.score() == null) {
                    ungradedWithout.add(r.studentId());
                } else {
                    notes.add(r.studentId() + " (" + r.name() + "): no participant id, so no feedback file in the zip.");
                }
                continue;
            }
            zipped.add(r.studentId());
            String name = r.id(LmsIds.MOODLE_NAME).isEmpty() ? r.name() : r.id(LmsIds.MOODLE_NAME);
            // Moodle splits on "_": the name may hold none; path separators would make folders.
            name = name.replace('_', ' ').replaceAll("[/\\\\]", " ").trim();
            entries.putIfAbsent((name.isEmpty() ? "Participant" : name) + "_" + id
                    + "_assignsubmission_file_feedback.html", r.feedbackFile());
        }
        if (!ungradedWithout.isEmpty()) {
            notes.add(Notes.count(ungradedWithout.size(), "student", "students") + " without a grade ("
                    + Notes.list(ungradedWithout) + ") " + (ungradedWithout.size() == 1 ? "has" : "have") + " a feedback"
                    + " page but no participant id, so it is not in the zip; give --worksheet to find them.");
        }
        return zipped;
    }

    private static void gradebook(ExportFiles out, List<GradeRow> rows, ExportSettings settings, Scale scale,
                                  List<String> notes) {
        List<List<String>> lines = new ArrayList<>();
        boolean rosterIds = false;
        for (GradeRow r : rows) {
            String idNumber = r.id(LmsIds.MOODLE_ID_NUMBER);
            if (idNumber.isEmpty()) {
                idNumber = r.studentId();
                rosterIds = true;
            }
            lines.add(List.of(r.name(), idNumber, r.email(), r.score() == null ? "-" : scale.fixed(r),
                    r.score() == null ? "" : FeedbackHtml.of(r.comment())));
        }
        if (rosterIds) {
            notes.add("gradebook-import.csv: where the roster had no Moodle ID number the roster id stands in the ID"
                    + " number column; map Email address instead if those are not Moodle ID numbers.");
        }
        String item = "Assignment: " + settings.assignment();
        out.csv("gradebook-import.csv", List.of("Full name", "ID number", "Email address", item + " (Real)",
                item + " (Feedback)"), lines, ',', false);
        out.counted("gradebook-import.csv", (int) rows.stream().filter(r -> r.score() != null).count(), "grade");
    }
}
