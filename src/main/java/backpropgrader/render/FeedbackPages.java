package backpropgrader.render;

import backpropgrader.kernel.OutputLayout;

/**
 * What people read after grading, as self-contained HTML pages (no network: styles, formulas and charts inline;
 * both print on A4):
 * <ul>
 *   <li>{@link #feedback}: a student's {@code feedback/<id>.html}: score and status, a summary (points by
 *       exercise, where the points went, what to do next), each item with their value as typed, the verdict
 *       (colour, icon and word), points, and what the course reveals — the correct value, the reason in the
 *       lecture's notation where it adds something, each mistake's hint once per exercise, the worked solution
 *       (with their own numbers where follow-through applied) — and the instructor's reason where an item was
 *       adjusted. Collusion and blank flags never appear.</li>
 *   <li>{@link #report}: the instructor's {@code report.html}: counts by status, mean and median, a score
 *       histogram, who needs a look, the student table (sortable and filterable by its inline script), per
 *       exercise and per item statistics (facility, discrimination), misconceptions and who made them,
 *       collusion flags with their evidence, files that need attention, scores by group, overrides and
 *       warnings.</li>
 * </ul>
 * Thread-safe (each call builds its own view; templates are compiled once and shared). The same page gives the
 * same bytes whatever the JVM's locale: numbers follow the page's locale.
 */
public final class FeedbackPages {

    private FeedbackPages() {
    }

    public static String feedback(FeedbackPage page) {
        return feedback(page, Templates.bundled());
    }

    public static String report(ReportPage page) {
        return report(page, Templates.bundled());
    }

    /** The feedback page as UTF-8 bytes, for writing to its file (what {@code grade} does for a whole class). */
    public static void feedbackUtf8(FeedbackPage page, PageSink sink) {
        Templates.bundled().renderUtf8("feedback.ftlh", FeedbackViews.of(page), sink);
    }

    /** The feedback page with an instructor's templates ({@link Templates#withOverrides}). */
    public static String feedback(FeedbackPage page, Templates templates) {
        return templates.render("feedback.ftlh", FeedbackViews.of(page));
    }

    public static String report(ReportPage page, Templates templates) {
        return templates.render("report.ftlh", ReportViews.of(page));
    }

    /** Where a student's feedback page is linked from the report: {@code feedback/<id>.html}, the id URL-encoded. */
    static String feedbackHref(String id) {
        StringBuilder out = new StringBuilder(OutputLayout.Graded.FEEDBACK + "/");
        for (byte b : id.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~@".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.append(".html").toString();
    }
}
