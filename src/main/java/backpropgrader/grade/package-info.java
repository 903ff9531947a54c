/**
 * Grading a class (docs/MARKING.md): reading submissions as people type them (JSON, text, a class-wide CSV),
 * deciding whose each file is, marking every student with the core's {@code Marker}, collusion, the instructor's
 * overrides, late penalties, and the results files ({@code results.json}, {@code grades.csv}, {@code items.csv}).
 *
 * <p>Order of use: {@link backpropgrader.grade.Grading} reads the submissions for a roster and the students'
 * variants and returns every {@link backpropgrader.grade.StudentResult}; {@link backpropgrader.grade.ResultsJson}
 * and {@link backpropgrader.grade.ResultsCsv} write them. Inside, {@link backpropgrader.grade.SubmissionReader}
 * turns one file into {@link backpropgrader.grade.Submission}s and {@link backpropgrader.grade.StudentGrader}
 * marks one student.
 *
 * <p>Uses {@code kernel}, {@code engine}, {@code marking} and {@code exercise}; knows nothing of pages, LMSs or
 * stages.
 */
package backpropgrader.grade;
