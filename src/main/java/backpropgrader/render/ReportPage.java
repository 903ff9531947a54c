package backpropgrader.render;

import backpropgrader.exercise.Student;
import backpropgrader.grade.ClassSummary;
import backpropgrader.grade.GradingOutcome;
import backpropgrader.grade.ItemStatistics;

import java.util.List;
import java.util.Locale;

/**
 * What the instructor's class report ({@code report.html}) shows: the whole outcome (for the student table,
 * medians, overrides, errors and warnings), its {@link ClassSummary} (counts, histogram, misconceptions, flags)
 * and {@link ItemStatistics} (facility, discrimination, exercises), and the roster (names and groups).
 *
 * @param roster     the class list (for groups); empty when not known
 * @param provenance a line such as "backprop-grader 0.1.0 · families example-1 v1" (never the secret)
 */
public record ReportPage(String courseTitle, String assignment, Locale locale, GradingOutcome outcome,
                         ClassSummary summary, ItemStatistics statistics, List<Student> roster, String provenance) {

    public ReportPage {
        roster = roster == null ? List.of() : List.copyOf(roster);
    }

    /** A report with the outcome's own statistics and no roster. */
    public ReportPage(String courseTitle, String assignment, Locale locale, GradingOutcome outcome,
                      ClassSummary summary, String provenance) {
        this(courseTitle, assignment, locale, outcome, summary, ItemStatistics.of(outcome), List.of(), provenance);
    }
}
