/**
 * Marking (DESIGN.md §5–§6): reading submissions as people type them, the one tolerance decision, follow-through,
 * misconceptions, collusion, and the results files.
 *
 * <p>Order of use: {@link backpropgrader.grade.Grading} reads a folder of submissions for a roster and the
 * students' variants and returns every {@link backpropgrader.grade.StudentResult}; {@link
 * backpropgrader.grade.ResultsJson} and {@link backpropgrader.grade.ResultsCsv} write them. Inside, {@link
 * backpropgrader.grade.SubmissionReader} turns one file into {@link backpropgrader.grade.Submission}s, {@link
 * backpropgrader.grade.AnswerParser} turns each typed value into an {@link backpropgrader.grade.Answer}, and
 * {@link backpropgrader.grade.Marker} decides each item's {@link backpropgrader.grade.Verdict}.
 */
package backpropgrader.grade;
