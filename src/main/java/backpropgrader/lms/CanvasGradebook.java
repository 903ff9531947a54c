package backpropgrader.lms;

import backpropgrader.kernel.BadInputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canvas's gradebook export as the instructor downloaded it, read with the importer's header rules: column 0
 * "Student", column 1 "ID", the student-info columns up to "Section", then one column per assignment titled
 * {@code <title> (<assignment id>)}; an optional "Points Possible" row. The Canvas export is written over it so
 * the assignment column carries the id and no new assignment is created by accident.
 */
final class CanvasGradebook {

    private static final Pattern ASSIGNMENT = Pattern.compile("(.*\\S)\\s*\\((\\d+)\\)");

    /** An assignment column: its header as Canvas wrote it, title, id, index and points possible. */
    record Assignment(String header, String title, String id, int column, OptionalDouble points) {
    }

    private final CsvTable table;
    private final int section;
    private final List<Assignment> assignments;
    private final List<CsvTable.Row> students;

    private CanvasGradebook(CsvTable table, int section, List<Assignment> assignments, List<CsvTable.Row> students) {
        this.table = table;
        this.section = section;
        this.assignments = assignments;
        this.students = students;
    }

    static CanvasGradebook read(Path file) {
        CsvTable t = CsvTable.read(file);
        List<String> h = t.header();
        int section = h.indexOf("Section");
        if (h.size() < 3 || !h.get(0).contains("Student") || !h.get(1).equals("ID") || section < 2) {
            throw new BadInputException(file + ": line 1: expected Canvas's gradebook export (Student, ID, …,"
                    + " Section, then the assignments), found " + h + ".");
        }
        CsvTable.Row points = null;
        List<CsvTable.Row> students = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            if (r.get(0).equals("Points Possible")) {
                points = r;
            } else if (!RosterFormat.CANVAS_GRADEBOOK.skip(t, r)) {
                students.add(r);
            }
        }
        List<Assignment> assignments = new ArrayList<>();
        for (int i = section + 1; i < h.size(); i++) {
            Matcher m = ASSIGNMENT.matcher(h.get(i));
            if (m.matches()) {
                String p = points == null ? "" : points.get(i);
                OptionalDouble pts = p.matches("[0-9.,]+")
                        ? OptionalDouble.of(Scores.parse(p, file, points.line(), h.get(i))) : OptionalDouble.empty();
                assignments.add(new Assignment(h.get(i), m.group(1), m.group(2), i, pts));
            }
        }
        return new CanvasGradebook(t, section, List.copyOf(assignments), List.copyOf(students));
    }

    /** The assignment named {@code wanted}: its title, its id, or "title (id)"; the message lists them otherwise. */
    Assignment assignment(String wanted) {
        Optional<Assignment> a = assignments.stream().filter(x -> x.header().equals(wanted) || x.id().equals(wanted)
                || x.title().equals(wanted)).findFirst();
        return a.orElseThrow(() -> new BadInputException(table.source() + ": line 1: expected an assignment column"
                + " for '" + wanted + "', found " + assignments.stream().map(Assignment::header).toList() + "."));
    }

    /** The assignment columns, in the file's order. */
    List<Assignment> assignments() {
        return assignments;
    }

    /** The student-info columns, "Student" to "Section", as Canvas wrote them. */
    List<String> info() {
        return table.header().subList(0, section + 1);
    }

    List<CsvTable.Row> students() {
        return students;
    }

    int column(String name) {
        return table.header().indexOf(name);
    }

    Path source() {
        return table.source();
    }
}
