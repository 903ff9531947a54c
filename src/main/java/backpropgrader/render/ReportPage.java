package backpropgrader.render;

/** The instructor's class report: every result, the class summary, and a provenance line. */
public record ReportPage(String courseTitle, String assignment, java.util.Locale locale,
        backpropgrader.grade.GradingOutcome outcome, backpropgrader.grade.ClassSummary summary, String provenance) {}
