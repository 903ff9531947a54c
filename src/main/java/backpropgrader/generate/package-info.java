/**
 * The generate stage ({@code ./grader generate}, DESIGN.md §7): from a roster, a course and its families, each
 * student's sheet and blank answer files under {@code students/<id>/}, and the instructor's keys and worked
 * solutions under {@code instructor/}. Everything is written into a staging folder first and moved into place
 * when complete. Under group work every member of a roster group gets their own folder and key with the group's
 * variant ({@link backpropgrader.exercise.Course#variantOwner}).
 */
package backpropgrader.generate;
