/**
 * Marking (DESIGN.md §5–§7): reading submissions as people type them, the one tolerance decision, follow-through,
 * misconceptions, collusion, overrides, late penalties, the results files, and the grade, demo and bench stages.
 *
 * <p>The stages: {@link backpropgrader.grade.GradeStage} ({@code ./grader grade}) reads the course, roster,
 * families and overrides, opens the submissions (a folder, a zip, an LMS download), runs {@link
 * backpropgrader.grade.Grading} with variants derived a few students ahead, writes each feedback page as the
 * student is marked, and moves the finished output folder into place; {@link backpropgrader.grade.DemoStage}
 * and {@link backpropgrader.grade.BenchStage} synthesise a class and grade it with that stage.
 *
 * <p>Order of use: {@link backpropgrader.grade.Grading} reads a folder of submissions for a roster and the
 * students' variants and returns every {@link backpropgrader.grade.StudentResult}; {@link
 * backpropgrader.grade.ResultsJson} and {@link backpropgrader.grade.ResultsCsv} write them. Inside, {@link
 * backpropgrader.grade.SubmissionReader} turns one file into {@link backpropgrader.grade.Submission}s, {@link
 * backpropgrader.grade.AnswerParser} turns each typed value into an {@link backpropgrader.grade.Answer}, and
 * {@link backpropgrader.grade.Marker} decides each item's {@link backpropgrader.grade.Verdict}.
 */
package backpropgrader.grade;
