package backpropgrader.render;

import freemarker.core.TemplateHTMLOutputModel;

import java.util.List;

/**
 * What {@code report.ftlh} gets: the class report's numbers already computed ({@code grade.ClassSummary}) and
 * written in the page's locale, the histogram already SVG. Records only; {@link ReportViews} builds them.
 *
 * @param mean   the graded students' mean percentage ("71.3%"), or null when nobody was graded
 * @param points mean and median in points when every graded student had the same maximum, else null
 */
public record ReportView(String lang, String courseTitle, String assignment, String classSize, List<Count> statuses,
                         String mean, String median, String points, TemplateHTMLOutputModel histogram,
                         List<FeedbackView.Mark> verdicts, List<ItemRow> items, List<MisconceptionRow> misconceptions,
                         List<FlagRow> flags, List<AttentionRow> attention, List<OverrideRow> overrides,
                         List<Warning> warnings, String provenance) {

    public record Count(String id, String label, String count) {
    }

    /** A link to a student's feedback page ({@code href} null for text that is not a student). */
    public record Link(String text, String href) {
    }

    /** One asked item across the graded students: a rate and a count per verdict, in {@link #verdicts} order. */
    public record ItemRow(String exercise, TemplateHTMLOutputModel label, String key, String students,
                          List<Rate> rates) {
    }

    public record Rate(String verdict, String percentage, String count) {
    }

    /** A misconception, how often it was named, and the items where it starts (with counts). */
    public record MisconceptionRow(String name, String title, String count, List<String> where) {
    }

    /** A flagged student and whose variant their answers fit. */
    public record FlagRow(Link student, String name, List<Link> with, String flags) {
    }

    public record AttentionRow(Link student, String status, String file, String error) {
    }

    public record OverrideRow(Link student, String exercise, TemplateHTMLOutputModel label, String key,
                              FeedbackView.Mark mark, String points, String reason) {
    }

    /** A warning about the batch ({@code student} null) or about one student's submission. */
    public record Warning(Link student, String text) {
    }
}
