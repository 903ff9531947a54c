package backpropgrader.lms;

import backpropgrader.kernel.BadInputException;
import backpropgrader.exercise.Student;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a class list as the LMSs export it (Moodle participants or grade export, Canvas gradebook or group-set
 * roster, Blackboard user information or Grade Center download) or as a plain {@code id,name,email[,group]} CSV;
 * the kind is recognised from the header (see {@link RosterFormat}). Lenient on the file: any column order, a BOM,
 * UTF-8/UTF-16/Windows-1252, comma, semicolon or tab, CRLF or LF, quoted fields.
 *
 * <p>The id column is the one named with --id-column, else the first of the kind's candidates (e.g. Moodle:
 * ID number, then Email address) that is filled on every row; {@link Roster#idColumn()} says which was taken.
 * Duplicate and empty ids are errors that name the line.
 */
public final class RosterReader {

    private RosterReader() {
    }

    public static Roster read(Path file) {
        return read(file, null);
    }

    public static Roster read(Path file, String idColumn) {
        CsvTable table = CsvTable.read(file);
        RosterFormat format = RosterFormat.detect(table);
        List<CsvTable.Row> rows = table.rows().stream().filter(r -> !format.skip(table, r)).toList();
        int id = idColumn(table, format, rows, idColumn);
        List<Student> students = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : rows) {
            String sid = row.get(id);
            if (sid.isEmpty()) {
                throw new BadInputException(file + ": line " + row.line() + ": expected a student id in column '"
                        + table.header().get(id) + "', found an empty cell"
                        + (idColumn == null ? " (choose another column with --id-column)." : "."));
            }
            Integer before = seen.put(sid, row.line());
            if (before != null) {
                throw new BadInputException(file + ": line " + row.line() + ": the student id '" + sid
                        + "' is already on line " + before + "; ids in column '" + table.header().get(id)
                        + "' must be unique.");
            }
            students.add(format.student(table, row, sid));
        }
        return new Roster(List.copyOf(students), table.header().get(id), format.kind, file.toString());
    }

    private static int idColumn(CsvTable table, RosterFormat format, List<CsvTable.Row> rows, String chosen) {
        if (chosen != null) {
            int i = table.column(chosen.trim());
            if (i < 0) {
                throw new BadInputException(file(table) + ": line 1: expected a column named '" + chosen
                        + "' (--id-column), found " + table.header() + ".");
            }
            return i;
        }
        int firstPresent = -1;
        for (String name : format.idColumns) {
            int i = table.column(name);
            if (i >= 0 && rows.stream().allMatch(r -> !r.get(i).isEmpty())) {
                return i;
            }
            firstPresent = firstPresent < 0 ? i : firstPresent;
        }
        if (firstPresent < 0) {
            throw new BadInputException(file(table) + ": line 1: expected an id column (one of "
                    + format.idColumns + " for a " + format.kind + " roster), found " + table.header() + ".");
        }
        return firstPresent;
    }

    private static String file(CsvTable table) {
        return table.source().toString();
    }
}
