package backpropgrader.render;

import backpropgrader.exercise.Student;
import backpropgrader.marking.Variant;

import java.util.List;
import java.util.Locale;

/**
 * Everything one student's pages show: the course's words and locale, and the student's variants in the order
 * of the set. Templates get prepared data built from this; they do no arithmetic.
 *
 * @param provenance a line such as "backprop-grader 0.1.0 · family chain-rule v1 · seed HMAC-SHA256(…)" (never
 *                   the secret)
 * @param variantCode the sheet's variant code (exercise.VariantCode), or "" for a sheet that has none (a preview)
 */
public record SheetPage(Student student, String courseTitle, String assignment, Locale locale,
                        List<Variant> variants, String provenance, String variantCode) {

    public SheetPage {
        variantCode = variantCode == null ? "" : variantCode;
    }

    /** A page without a variant code (previews of sample students). */
    public SheetPage(Student student, String courseTitle, String assignment, Locale locale, List<Variant> variants,
                     String provenance) {
        this(student, courseTitle, assignment, locale, variants, provenance, "");
    }
}
