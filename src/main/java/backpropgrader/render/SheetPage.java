package backpropgrader.render;

import backpropgrader.exercise.Student;
import backpropgrader.marking.Variant;


import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Everything one student's pages show: the course's words and locale, and the student's variants in the order
 * of the set. Templates get prepared data built from this; they do no arithmetic.
 *
 * @param provenance a line such as "backprop-grader 0.1.0 · family chain-rule v1 · seed HMAC-SHA256(…)" (never
 *                   the secret)
 * @param variantCode the sheet's variant code (exercise.VariantCode), or "" for a sheet that has none (a preview)
 * @param due        when the student's work is due (their extension, where they have one); null when not set
 * @param handIn     the course's hand-in instruction ({@code hand_in}); null when not given
 */
public record SheetPage(Student student, String courseTitle, String assignment, Locale locale,
                        List<Variant> variants, String provenance, String variantCode, LocalDateTime due,
                        String handIn) {

    public SheetPage {
        variantCode = variantCode == null ? "" : variantCode;
    }

    /** A page without a variant code, due date or hand-in instruction (previews of sample students). */
    public SheetPage(Student student, String courseTitle, String assignment, Locale locale, List<Variant> variants,
                     String provenance) {
        this(student, courseTitle, assignment, locale, variants, provenance, "", null, null);
    }

    /** A page with a variant code, without a due date or hand-in instruction. */
    public SheetPage(Student student, String courseTitle, String assignment, Locale locale, List<Variant> variants,
                     String provenance, String variantCode) {
        this(student, courseTitle, assignment, locale, variants, provenance, variantCode, null, null);
    }

    /**
     * The file the sheet's form saves (docs/FORMATS.md): {@code <student>-<assignment>-answers.json}, which
     * {@code grade} reads as the student's from its first part. Characters a file name cannot hold become '-'.
     */
    public String savedFileName() {
        return fileNamePart(student.id()) + "-" + fileNamePart(assignment) + "-answers.json";
    }

    private static String fileNamePart(String s) {
        String safe = s == null ? "" : s.strip().replaceAll("[^A-Za-z0-9._@+-]+", "-");
        return safe.isEmpty() ? "answers" : safe;
    }
}
