package backpropgrader.render;

import backpropgrader.exercise.Course;
import backpropgrader.exercise.Student;
import backpropgrader.marking.MarkedExercise;
import backpropgrader.grade.StudentResult;

import java.util.List;
import java.util.Locale;

/**
 * Everything one student's feedback page ({@code feedback/<id>.html}) shows: their result and, for a marked
 * submission, their marked exercises (the variants, for the lecture's notation and the worked solution with
 * their own numbers). The result's items are what counts (they carry the instructor's overrides); the exercises
 * only add notation and worked steps, and may be empty (not submitted, unreadable).
 *
 * @param reveal     what the course lets the page show besides verdicts and points
 * @param provenance a line such as "backprop-grader 0.1.0 · families example-1 v1" (never the secret)
 */
public record FeedbackPage(Student student, String courseTitle, String assignment, Locale locale,
                           StudentResult result, List<MarkedExercise> exercises, Course.Feedback reveal,
                           String provenance) {

    public FeedbackPage {
        exercises = exercises == null ? List.of() : List.copyOf(exercises);
    }
}
