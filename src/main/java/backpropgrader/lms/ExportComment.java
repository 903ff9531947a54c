package backpropgrader.lms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The short comment that goes into an LMS's comment column beside the grade (Moodle's Feedback comments,
 * Blackboard's Feedback to Learner; Canvas's import takes none): the score, a late marker, and where the
 * item-by-item feedback page is. Built from these alone, so nothing instructor-only (collusion flags, errors,
 * warnings) can reach a student through it.
 */
final class ExportComment {

    private ExportComment() {
    }

    /** The score and lateness; the exporter adds where the feedback page is ({@link #withPage}). */
    static String of(double score, double max, boolean late, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add("Score: " + Scores.format(score, 2, true, locale) + " out of " + Scores.format(max, 2, true, locale)
                + ".");
        if (late) {
            lines.add("Submitted late.");
        }
        return String.join("\n", lines);
    }

    /**
     * The comment with the line that says where the feedback page is — added by the exporter, and only when the
     * page really goes with the grade (in the feedback zip, or handed out beside Blackboard's upload).
     */
    static String withPage(String comment, Lms lms, String studentId) {
        if (comment.isEmpty()) {
            return comment;
        }
        return comment + "\nItem-by-item feedback and the worked solution: " + page(lms, studentId) + ".";
    }

    /** How each LMS shows the feedback page to the student. */
    static String page(Lms lms, String studentId) {
        return switch (lms) {
            // Moodle stores the zip entry's rest after "…_assignsubmission_file_" as the feedback file's name.
            case MOODLE -> "the attached feedback file feedback.html";
            case CANVAS -> "the feedback page attached to your submission";
            // The Grade Center upload carries no files: the instructor hands the page out under its own name.
            case BLACKBOARD, NONE -> "your feedback page " + studentId + ".html";
        };
    }
}
