package backpropgrader.render;

import freemarker.core.TemplateHTMLOutputModel;

import java.util.List;

/**
 * What {@code report.ftlh} gets: the class report's numbers already computed ({@code grade.ClassSummary},
 * {@code grade.ItemStatistics}) and written in the page's locale, the charts already SVG, every row in its
 * default order. Records only; {@link ReportViews} and {@link StudentTable} build them.
 *
 * @param mean     the graded students' mean percentage ("71.3%"), or null when nobody was graded
 * @param points   mean and median in points when every graded student had the same maximum, else null
 * @param students every student and unidentified file, in id order
 * @param groups   whether the roster has groups (a group column in the student table, scores by group)
 * @param lists    who handed in nothing, blank or mostly blank work, or a file that could not be read
 * @param items    per asked item, hardest (lowest facility) first
 * @param files    the other files of the marked folder, as links
 */
public record ReportView(String lang, String courseTitle, String assignment, String classSize, List<Count> statuses,
                         String mean, String median, String points, TemplateHTMLOutputModel histogram,
                         List<FeedbackView.Mark> verdicts, List<StudentRow> students, boolean groups,
                         StatusLists lists, List<ExerciseRow> exercises, List<ItemRow> items,
                         List<MisconceptionRow> misconceptions, List<FlagRow> flags, List<AttentionRow> attention,
                         List<GroupRow> groupScores, List<Link> files, List<OverrideRow> overrides,
                         List<Warning> warnings, String provenance) {

    public record Count(String id, String label, String count) {
    }

    /** A link to a student's feedback page ({@code href} null for text that is not a student). */
    public record Link(String text, String href) {
    }

    /**
     * One row of the student table. The {@code sort…} values are plain numbers (a decimal point, empty when
     * unknown) for the table's script to sort by; the shown ones are in the page's locale.
     *
     * @param flags short words: "blank", "mostly blank", "copy of s02"
     * @param error the full error, for an unreadable or unmatched file; else null
     */
    public record StudentRow(Link student, String name, String group, String status, String statusLabel,
                             String score, String percentage, String sortScore, String sortPercentage,
                             List<String> flags, String error) {
    }

    /**
     * The students behind each status that needs a look, by name; and the answers the grader could not read
     * (wrong, reason kind {@code unreadable}): {@code unreadableAnswers} of them, by the students who typed them.
     */
    public record StatusLists(List<Named> notSubmitted, List<Named> blank, List<Named> mostlyBlank,
                              List<Named> unreadable, int unreadableAnswers, List<Named> unreadableAnswersBy) {
    }

    /** A student by link and name, with a short note (a file's problem in a line) or null. */
    public record Named(Link student, String name, String note) {
    }

    /** One exercise over the graded students: mean points and a small chart of their shares of its points. */
    public record ExerciseRow(String number, String id, String students, String mean, String meanPercentage,
                              TemplateHTMLOutputModel distribution) {
    }

    /**
     * One asked item across the graded students.
     *
     * @param exerciseNumber   the exercise's number in the report ({@link ExerciseRow}), for a short column
     * @param facility         the mean share of the points earned, "0.82"; {@code sortFacility} the same, plain
     * @param discrimination   the correlation with the rest of the score, "0.41", or "—" where undefined
     * @param rates            one per verdict, in {@link #verdicts} order
     */
    public record ItemRow(String exerciseNumber, String exercise, TemplateHTMLOutputModel label, String key,
                          String students, String facility, String sortFacility, String discrimination,
                          String sortDiscrimination, List<Rate> rates, String order) {
    }

    public record Rate(String verdict, String percentage, String count) {
    }

    /** A misconception, how often it was named, the items where it starts (with counts), and who made it. */
    public record MisconceptionRow(String name, String title, String count, List<String> where,
                                   List<Link> students) {
    }

    /** A flagged student, their score, and per student whose variant their answers fit, the evidence. */
    public record FlagRow(Link student, String name, List<Fit> fits, String score) {
    }

    /**
     * @param items  how many answered items are correct for that variant and not for their own
     * @param points what those items earned (follow-through from the copied numbers, mostly)
     */
    public record Fit(Link with, String items, String points) {
    }

    /** A file that needs the instructor's attention, in a short line; the full message is on the student's row. */
    public record AttentionRow(Link student, String status, String file, String problem) {
    }

    /** One roster group: how many students, how many graded, their mean and median percentage. */
    public record GroupRow(String group, String students, String graded, String mean, String median) {
    }

    public record OverrideRow(Link student, String exercise, TemplateHTMLOutputModel label, String key,
                              FeedbackView.Mark mark, String points, String reason) {
    }

    /** A warning about the batch ({@code student} null) or about one student's submission. */
    public record Warning(Link student, String text) {
    }
}
