package backpropgrader.render;

import backpropgrader.grade.ClassSummary;
import backpropgrader.grade.GradingOutcome;

import java.util.Locale;

/**
 * What the instructor's class report ({@code report.html}) shows: the whole outcome (for medians, overrides,
 * errors and warnings) and its {@link ClassSummary} (counts, histogram, per-item rates, misconceptions, flags).
 *
 * @param provenance a line such as "backprop-grader 0.1.0 · families example-1 v1" (never the secret)
 */
public record ReportPage(String courseTitle, String assignment, Locale locale, GradingOutcome outcome,
                         ClassSummary summary, String provenance) {
}
