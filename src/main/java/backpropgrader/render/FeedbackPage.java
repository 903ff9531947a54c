package backpropgrader.render;

/**
 * One student's feedback page: their result and marked exercises ({@code exercises} is empty when nothing was
 * marked: not submitted, unreadable), what the course reveals, and a provenance line (tool and family versions).
 */
public record FeedbackPage(backpropgrader.exercise.Student student, String courseTitle, String assignment, java.util.Locale locale,
        backpropgrader.grade.StudentResult result, java.util.List<backpropgrader.grade.MarkedExercise> exercises,
        backpropgrader.exercise.Course.Feedback reveal, String provenance) {}
