package backpropgrader.render;

import freemarker.core.TemplateHTMLOutputModel;

import java.util.List;

/**
 * What {@code worked-solutions.ftlh} gets; {@link WorkedViews} builds it. Strings formatted, formulas markup.
 *
 * @param group the group whose variant this is (the same for every member), or ""
 */
public record WorkedView(String lang, String courseTitle, String assignment, String studentId, String studentName,
                         String provenance, List<Exercise> exercises, String group) {

    public record Exercise(String number, String id, String title, String anchor, String familyLine, String rounding,
                           List<KeyRow> answerKey, List<Section> sections) {
    }

    /** One asked quantity and its reference answer ("exact" only when it differs from the rounded one). */
    public record KeyRow(TemplateHTMLOutputModel label, String key, String answer, String exact, String points) {
    }

    public record Section(String title, List<Step> steps) {
    }

    /**
     * One step in the lecture's style: symbol = formula = numbers substituted = result. Given quantities have
     * only a result; {@code substituted} is null where it would repeat the result; {@code exact} is the note
     * where the result differs from the exact value rounded ("≈ 0.2237, shown 0.224; from the rounded inputs
     * 0.223"), else null.
     */
    public record Step(String key, TemplateHTMLOutputModel symbol, TemplateHTMLOutputModel formula,
                       TemplateHTMLOutputModel substituted, TemplateHTMLOutputModel result, String exact,
                       String askedPoints) {
    }
}
