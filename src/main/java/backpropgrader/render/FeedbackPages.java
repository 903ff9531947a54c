package backpropgrader.render;

import backpropgrader.grade.ItemResult;
import backpropgrader.grade.Misconception;
import backpropgrader.grade.Status;
import backpropgrader.grade.StudentResult;

import java.util.Map;

/**
 * Placeholder for the feedback pages and the class report, so that the grade branch compiles and its tests run:
 * plain, valid, escaped HTML with the facts only. The feedback branch's templated pages replace this file at
 * the merge (same two methods). Feedback never shows flags.
 */
public final class FeedbackPages {

    private FeedbackPages() {
    }

    /** {@code feedback/<id>.html}. */
    public static String feedback(FeedbackPage page) {
        StudentResult r = page.result();
        StringBuilder b = head("Feedback for " + r.id() + " — " + page.courseTitle());
        b.append("<p>").append(t(r.name())).append(" (").append(t(r.id())).append("), ")
                .append(t(page.assignment())).append(": ").append(t(r.status().id()));
        if (r.score() != null) {
            b.append(", score ").append(r.score()).append(" of ").append(r.max());
        }
        b.append("</p>\n");
        if (r.status() == Status.UNREADABLE && r.error() != null) {
            b.append("<p>").append(t(r.error())).append("</p>\n");
        }
        if (r.late().late()) {
            b.append("<p>Late: ").append(t(r.late().note())).append(" Penalty ").append(r.late().penalty())
                    .append(" points.</p>\n");
        }
        b.append("<table>\n<tr><th>exercise</th><th>key</th><th>your answer</th><th>verdict</th><th>points</th>")
                .append(page.reveal().expected() ? "<th>expected</th>" : "").append("<th>why</th></tr>\n");
        for (ItemResult i : r.items()) {
            b.append("<tr><td>").append(t(i.exercise())).append("</td><td>").append(t(i.key())).append("</td><td>")
                    .append(t(i.submitted() == null ? "" : i.submitted())).append("</td><td>")
                    .append(t(i.verdict().id())).append("</td><td>").append(i.points()).append(" / ").append(i.max())
                    .append("</td>");
            if (page.reveal().expected()) {
                b.append("<td>").append(t(String.valueOf(i.expected()))).append("</td>");
            }
            b.append("<td>").append(t(i.reason()));
            if (i.override() != null) {
                b.append(" Instructor: ").append(t(i.override()));
            }
            if (page.reveal().misconceptions() && i.misconception() != null) {
                b.append(" ").append(t(Misconception.byId(i.misconception()).map(Misconception::hint).orElse("")));
            }
            b.append("</td></tr>\n");
        }
        return b.append("</table>\n").append(foot(page.provenance())).toString();
    }

    /** {@code report.html}. */
    public static String report(ReportPage page) {
        StringBuilder b = head("Class report — " + page.courseTitle() + " — " + page.assignment());
        b.append("<ul>\n");
        page.summary().byStatus().forEach((s, n) -> b.append("<li>").append(t(s.id())).append(": ").append(n)
                .append("</li>\n"));
        b.append("</ul>\n<p>Mean percentage: ").append(page.summary().meanPercentage()).append("</p>\n<ul>\n");
        for (Map.Entry<String, Integer> m : page.summary().misconceptions().entrySet()) {
            b.append("<li>").append(t(m.getKey())).append(": ").append(m.getValue()).append("</li>\n");
        }
        b.append("</ul>\n<table>\n<tr><th>id</th><th>status</th><th>score</th><th>flags</th><th>notes</th></tr>\n");
        for (StudentResult r : page.outcome().students()) {
            b.append("<tr><td>").append(t(r.id())).append("</td><td>").append(t(r.status().id())).append("</td><td>")
                    .append(r.score() == null ? "" : r.score().toString()).append("</td><td>")
                    .append(t(String.join(" ", r.flags()))).append("</td><td>")
                    .append(t(r.error() == null ? "" : r.error()));
            r.items().stream().filter(i -> i.override() != null).forEach(i -> b.append(" Override ")
                    .append(t(i.key())).append(": ").append(t(i.override())));
            b.append("</td></tr>\n");
        }
        return b.append("</table>\n").append(foot(page.provenance())).toString();
    }

    private static StringBuilder head(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(Pages.LANGUAGE)
                .append("\">\n<head><meta charset=\"utf-8\"><title>").append(t(title))
                .append("</title></head>\n<body>\n<h1>").append(t(title)).append("</h1>\n");
    }

    private static String foot(String provenance) {
        return "<footer>" + t(Pages.text(provenance)) + "</footer>\n</body>\n</html>\n";
    }

    private static String t(String s) {
        return Markup.text(s == null ? "" : s);
    }
}
