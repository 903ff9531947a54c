/**
 * Exercise families and courses (docs/FORMATS.md): reading family, course and fixed-instance files (YAML or
 * JSON), validating them with the file and place of every problem, and deriving each student's variant from the
 * course secret ({@link backpropgrader.exercise.Seeds}, {@link backpropgrader.exercise.Variants}) with the redraw
 * checks that keep a variant fair. Also the lecture's own worked examples and their check.
 *
 * <p>Order of use: {@link backpropgrader.exercise.CourseReader}, {@link backpropgrader.exercise.FamilyCatalog},
 * then {@link backpropgrader.exercise.Variants} per student and family.
 *
 * <p>Uses {@code kernel}, {@code engine} and {@code marking} (for the variant's value types); nothing above.
 */
package backpropgrader.exercise;
