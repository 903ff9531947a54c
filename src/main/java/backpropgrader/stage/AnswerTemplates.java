package backpropgrader.stage;

import backpropgrader.kernel.TreeFiles;
import backpropgrader.marking.Asked;
import backpropgrader.exercise.Student;
import backpropgrader.marking.Variant;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The blank answer files a student may fill in instead of the sheet's form (docs/FORMATS.md submission formats):
 * {@code answers-blank.json} with the student's id, the sheet's variant code and every asked key set to "", and
 * {@code answers-blank.txt} with the same id and code, then {@code [exercise-id]} headers and {@code key = } lines.
 * Their names are never the one the form saves ({@code SheetPage.savedFileName()}), and {@code grade} flags a file
 * with nothing answered.
 */
final class AnswerTemplates {

    private AnswerTemplates() {
    }

    static String json(Student student, String variantCode, List<Variant> variants) {
        ObjectNode root = TreeFiles.JSON.createObjectNode();
        root.put("student", student.id());
        root.put("variant", variantCode);
        ObjectNode answers = root.putObject("answers");
        for (Variant v : variants) {
            ObjectNode exercise = answers.putObject(v.exerciseId());
            for (Asked a : v.asked()) {
                exercise.put(a.key(), "");
            }
        }
        return JsonText.of(root);
    }

    static String text(Student student, String variantCode, String courseTitle, String assignment,
                       List<Variant> variants) {
        StringBuilder b = new StringBuilder();
        String who = student.name().isBlank() ? student.id() : student.id() + " (" + oneLine(student.name()) + ")";
        b.append("# Answers of ").append(who).append(" — ").append(oneLine(courseTitle)).append(", ")
                .append(oneLine(assignment)).append('\n');
        b.append("# Write each answer after its \"=\": a number (to the decimals your sheet asks for) or, for a\n");
        b.append("# derivative df/dx, an expression in x such as 12x(2x^2 - 1)^2. Leave blank what you do not answer.\n");
        b.append("# Lines starting with # are ignored.\n");
        String group = variants.stream().map(Variant::group).filter(g -> !g.isEmpty()).findFirst().orElse("");
        if (!group.isEmpty()) {
            b.append("# Group work: group ").append(oneLine(group)).append(" has the same numbers; one answers file for")
                    .append(" the group is enough,\n# handed in by any member under their own id.\n");
        }
        b.append("# Keep the variant line as it is: it tells the grader whose numbers you worked with.\n");
        b.append("student = ").append(student.id()).append('\n');
        b.append("variant = ").append(variantCode).append('\n');
        for (Variant v : variants) {
            b.append('\n').append('[').append(v.exerciseId()).append("]\n");
            for (Asked a : v.asked()) {
                b.append(a.key()).append(" = \n");
            }
        }
        return b.toString();
    }

    /** A roster name or title on one line: a line break in it must not start a new answer line. */
    private static String oneLine(String s) {
        return s.replaceAll("\\p{Cntrl}", " ");
    }
}
