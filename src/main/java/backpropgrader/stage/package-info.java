/**
 * The pipelines (nbgrader's converters): each stage takes its inputs, runs its ordered steps, and writes its
 * output folder completely or not at all.
 * <ul>
 *   <li>{@link backpropgrader.stage.GenerateStage} ({@code ./grader generate}): each student's sheet and blank
 *       answer files under {@code students/<id>/}, the instructor's keys and worked solutions under
 *       {@code instructor/}; under group work every member gets the group's variant.</li>
 *   <li>{@link backpropgrader.stage.CheckStage} ({@code ./grader check}): a family validated and previewed.</li>
 *   <li>{@link backpropgrader.stage.GradeStage} ({@code ./grader grade}): reads the course, roster, families and
 *       overrides, opens the submissions (a folder, a zip, an LMS download: {@link
 *       backpropgrader.stage.SubmissionSource}), grades the class with variants derived a few students ahead, writes
 *       each feedback page as the student is marked, and moves the finished output folder into place.</li>
 *   <li>{@link backpropgrader.stage.DemoStage} and {@link backpropgrader.stage.BenchStage}: a synthetic class
 *       generated and graded through the same stages.</li>
 * </ul>
 *
 * <p>Uses every package below it except {@code cli}; only {@code cli} uses it.
 */
package backpropgrader.stage;
