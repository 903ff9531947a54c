package backpropgrader.render;

import freemarker.core.TemplateHTMLOutputModel;

import java.util.List;

/**
 * What {@code sheet.ftlh} gets: every string already formatted in the page's locale, every formula and diagram
 * already markup. Records only; {@link SheetViews} builds them.
 *
 * @param group the group whose numbers the sheet has (group work: every member has the same), or ""
 * @param variantCode the code the student keeps in their hand-in, or "" (a preview)
 * @param savedFile the name the form saves the answers under ({@link SheetPage#savedFileName()})
 * @param blankText the blank text template beside the sheet, for students without JavaScript
 * @param core      the grader's answer parser compiled for the browser, which checks each box as it is typed
 * @param due       "Friday 14 March 2025, 17:00", or null when the course sets no due date
 * @param handIn    the course's hand-in instruction, or null
 */
public record SheetView(String lang, String courseTitle, String assignment, String studentId, String studentName,
                        String provenance, boolean decimalComma, List<Exercise> exercises, String group,
                        String variantCode, String savedFile, String blankText, WebCode.Module core, String due,
                        String handIn) {

    /**
     * One exercise of the sheet; the network parts are null (weights: empty) for an exercise that is not a
     * network.
     *
     * @param weights the diagram's weights again as tables, one per layer (the diagram's labels are too small to
     *                read on a phone, and a table is easier to copy numbers from)
     */
    public record Exercise(String number, String id, String title, String anchor,
                           TemplateHTMLOutputModel diagram, DataTable data, TemplateHTMLOutputModel learningRate,
                           String training, List<TemplateHTMLOutputModel> equations,
                           TemplateHTMLOutputModel updateRule, List<TemplateHTMLOutputModel> givens,
                           List<TemplateHTMLOutputModel> functions, String roundingRule, String totalPoints,
                           List<Answer> answers, List<WeightTable> weights) {
    }

    /**
     * The weights into one layer: a row per node they come from (the bias unit last), a column per node they go
     * to — w[l]_n,m is in row n, column m, as the lecture indexes it.
     */
    public record WeightTable(String caption, List<TemplateHTMLOutputModel> columns, List<WeightRow> rows) {
    }

    /** @param cells each weight's key (for screen readers and tooltips) and value */
    public record WeightRow(TemplateHTMLOutputModel from, List<WeightCell> cells) {
    }

    public record WeightCell(String key, String value) {
    }

    /** The training samples: one row per sample, headers in the lecture's notation. */
    public record DataTable(List<TemplateHTMLOutputModel> headers, List<List<String>> rows) {
    }

    /**
     * One asked quantity beside its answer box.
     *
     * @param inputId the form field's id (unique on the page)
     * @param key     the quantity key (docs/KEYS.md), as the answers file uses it
     * @param label   the quantity in the lecture's notation (MathML)
     * @param plain   the same as plain text (for screen readers and tooltips)
     * @param decimals the places the sheet asks for (the check as typed shows an expression's value with more)
     */
    public record Answer(String inputId, String exercise, String key, TemplateHTMLOutputModel label, String plain,
                         String points, boolean symbolic, String hint, String decimals) {
    }
}
