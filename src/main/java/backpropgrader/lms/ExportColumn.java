package backpropgrader.lms;

import backpropgrader.grade.MarkedResults;

import backpropgrader.kernel.BadInputException;

import java.nio.file.Path;
import java.util.List;

/**
 * Which LMS assignment (Canvas) or column (Blackboard) or grade item name (Moodle's gradebook import) the grades
 * go to: the one named with --title; else the results' own title; else, when the LMS file the instructor
 * downloaded has exactly one assignment column (Blackboard's "Selected column" download), that one.
 */
final class ExportColumn {

    private ExportColumn() {
    }

    static String resolve(MarkedResults results, Lms lms, ExportSettings settings, List<String> notes) {
        Path file = settings.lmsFile();
        if (settings.assignment() != null) {
            return settings.assignment(); // the exporter checks it against the LMS file, listing the columns
        }
        String wanted = results.title();
        if (file == null || lms == Lms.MOODLE) {
            if (wanted == null) {
                throw new BadInputException(results.source() + ": $: expected a \"title\" or \"assignment\" naming"
                        + " the assignment, found neither; give --title NAME.");
            }
            return wanted;
        }
        List<String> columns = columns(lms, file);
        if (wanted != null && found(lms, file, wanted)) {
            return wanted;
        }
        if (columns.size() == 1) {
            notes.add("The grades go to the column '" + columns.get(0) + "', the only one in " + file
                    + (wanted == null ? "" : " ('" + wanted + "', the title in results.json, is not there")
                    + "); give --title to choose.");
            return columns.get(0);
        }
        throw new BadInputException(file + ": line 1: expected an assignment column for "
                + (wanted == null ? "the assignment" : "'" + wanted + "' (the title in results.json)") + ", found "
                + columns + "; choose one with --title.");
    }

    private static List<String> columns(Lms lms, Path file) {
        return lms == Lms.CANVAS
                ? CanvasGradebook.read(file).assignments().stream().map(CanvasGradebook.Assignment::header).toList()
                : BlackboardGradeCenter.columns(file).stream().map(BlackboardGradeCenter.Column::header).toList();
    }

    private static boolean found(Lms lms, Path file, String wanted) {
        try {
            if (lms == Lms.CANVAS) {
                CanvasGradebook.read(file).assignment(wanted);
            } else {
                BlackboardGradeCenter.column(file, wanted);
            }
            return true;
        } catch (BadInputException e) {
            return false; // a file that cannot be read at all failed already in columns()
        }
    }
}
