package backpropgrader.lms;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Canvas's upload files (docs/LMS.md):
 * <ul>
 *   <li>{@code gradebook-import.csv} for the gradebook's "Import": the student-info columns ({@code Student, ID,
 *       SIS User ID, SIS Login ID, Section}; over the instructor's gradebook export exactly its own) and one
 *       assignment column titled {@code <title> (<id>)}, which Canvas matches by the id (without the export, by
 *       the exact title — else it creates a new assignment); scores with at most 2 decimals; only students with a
 *       score, matched by ID, then SIS ids;</li>
 *   <li>{@code feedback-files.zip} for SpeedGrader's "Re-upload Submissions":
 *       {@code <name>_<userid>_<fileid>_feedback.html}. Canvas takes the first two all-digit "_" parts as user id
 *       and attachment id, and attaches the file as a comment only when that attachment is one the student
 *       submitted — so only students whose submitted file id the download gave get one.</li>
 * </ul>
 */
final class CanvasExport implements LmsExporter {

    @Override
    public ExportResult write(List<GradeRow> rows, ExportSettings settings, Path outDir) {
        List<String> notes = new ArrayList<>();
        try (ExportFiles out = new ExportFiles(outDir)) {
            int grades = settings.lmsFile() != null
                    ? overGradebook(out, CanvasGradebook.read(settings.lmsFile()), rows, settings, notes)
                    : fresh(out, rows, settings, notes);
            out.counted("gradebook-import.csv", grades, "grade");
            feedbackZip(out, rows, notes);
            return new ExportResult(out.commit(), notes, out.grades(), out.counts());
        }
    }

    /** @return the number of students given a score */
    private static int overGradebook(ExportFiles out, CanvasGradebook book, List<GradeRow> rows,
                                      ExportSettings settings, List<String> notes) {
        CanvasGradebook.Assignment a = book.assignment(settings.assignment());
        Scale scale = new Scale(Maximum.of(a.points(), settings.maximum(), "--points", "Canvas's points possible for '"
                + a.header() + "'", "a gradebook export with its Points Possible row (" + book.source()
                + " has none for it)"), settings, notes);
        Map<String, CsvTable.Row> byKey = new HashMap<>();
        int id = book.column("ID");
        int sis = book.column("SIS User ID");
        int login = book.column("SIS Login ID");
        for (CsvTable.Row r : book.students()) {
            for (String k : List.of("id=" + r.get(id), "sis=" + r.get(sis), "login=" + r.get(login))) {
                if (!k.endsWith("=")) {
                    byKey.putIfAbsent(k, r);
                }
            }
        }
        List<List<String>> lines = new ArrayList<>();
        int width = book.info().size();
        for (GradeRow g : rows) {
            if (g.score() == null) {
                continue;
            }
            CsvTable.Row r = find(byKey, "id=" + g.id(LmsIds.CANVAS_USER), "sis=" + g.id(LmsIds.CANVAS_SIS_USER),
                    "login=" + g.id(LmsIds.CANVAS_SIS_LOGIN), "sis=" + g.studentId());
            if (r == null) {
                notes.add(g.studentId() + " (" + g.name() + ") is not in the gradebook " + book.source()
                        + "; their grade is not exported.");
                continue;
            }
            List<String> line = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                line.add(i < r.cells().size() && r.cells().get(i) != null ? r.cells().get(i) : "");
            }
            line.add(scale.trimmed(g));
            lines.add(line);
        }
        List<String> header = new ArrayList<>(book.info());
        header.add(a.header());
        out.csv("gradebook-import.csv", header, lines, ',', false);
        return lines.size();
    }

    private static CsvTable.Row find(Map<String, CsvTable.Row> byKey, String... keys) {
        for (String k : keys) {
            if (!k.endsWith("=") && byKey.containsKey(k)) {
                return byKey.get(k);
            }
        }
        return null;
    }

    /** @return the number of students given a score */
    private static int fresh(ExportFiles out, List<GradeRow> rows, ExportSettings settings, List<String> notes) {
        Scale scale = new Scale(Maximum.of(java.util.OptionalDouble.empty(), settings.maximum(), "--points",
                "Canvas's points possible for this assignment", "--lms-file FILE (the gradebook export, Grades ›"
                        + " Export, whose Points Possible row states it)"), settings, notes);
        List<List<String>> lines = new ArrayList<>();
        for (GradeRow g : rows) {
            if (g.score() == null) {
                continue;
            }
            if (g.id(LmsIds.CANVAS_USER).isEmpty() && g.id(LmsIds.CANVAS_SIS_USER).isEmpty()
                    && g.id(LmsIds.CANVAS_SIS_LOGIN).isEmpty()) {
                notes.add(g.studentId() + " (" + g.name() + ") has no Canvas user id or SIS id; Canvas would match"
                        + " them by name only, so their grade is not exported.");
                continue;
            }
            String sortable = g.id(LmsIds.CANVAS_NAME).isEmpty() ? Names.sortable(g.name()) : g.id(LmsIds.CANVAS_NAME);
            lines.add(List.of(sortable, g.id(LmsIds.CANVAS_USER), g.id(LmsIds.CANVAS_SIS_USER),
                    g.id(LmsIds.CANVAS_SIS_LOGIN), g.id(LmsIds.CANVAS_SECTION), scale.trimmed(g)));
        }
        boolean hasId = settings.assignment().matches(".*\\(\\d+\\)\\s*");
        if (!hasId) {
            notes.add("The assignment column '" + settings.assignment() + "' carries no Canvas assignment id: Canvas"
                    + " matches it by exact title, else creates a new assignment. Give the gradebook export to avoid"
                    + " that.");
        }
        out.csv("gradebook-import.csv", List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section",
                settings.assignment()), lines, ',', false);
        return lines.size();
    }

    private static void feedbackZip(ExportFiles out, List<GradeRow> rows, List<String> notes) {
        Map<String, Path> entries = new HashMap<>();
        List<String> ungradedWithout = new ArrayList<>();
        for (GradeRow g : rows) {
            if (g.feedbackFile() == null) {
                continue;
            }
            String user = g.id(LmsIds.CANVAS_USER);
            String file = g.id(LmsIds.CANVAS_FILE);
            if ((user.isEmpty() || file.isEmpty()) && g.score() == null) {
                ungradedWithout.add(g.studentId()); // handed nothing in: no submitted file to attach the page to
                continue;
            }
            if (user.isEmpty() || file.isEmpty()) {
                notes.add(g.studentId() + " (" + g.name() + "): no submitted file id from the download, and Canvas"
                        + " attaches re-uploaded feedback only to a submitted file; no feedback file for them.");
                continue;
            }
            String name = g.id(LmsIds.CANVAS_FILE_NAME);
            if (name.isEmpty()) {
                name = Names.canvasKeys(Names.sortable(g.name())).stream().findFirst().orElse("");
            }
            // No "_" inside the name, and not all digits, so Canvas's split finds the user id first.
            name = name.replace("_", "");
            name = name.isEmpty() || name.matches("\\d+") ? "student" + name : name;
            entries.put(name + "_" + user + "_" + file + "_feedback.html", g.feedbackFile());
        }
        if (!ungradedWithout.isEmpty()) {
            notes.add(Notes.count(ungradedWithout.size(), "student", "students") + " without a grade ("
                    + Notes.list(ungradedWithout) + ") submitted no file Canvas could attach a feedback page to;"
                    + " hand their pages out another way.");
        }
        out.zip("feedback-files.zip", entries);
        out.counted("feedback-files.zip", entries.size(), "feedback page");
    }
}
