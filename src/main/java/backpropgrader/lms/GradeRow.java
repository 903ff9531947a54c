package backpropgrader.lms;

import backpropgrader.exercise.Student;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * One student's result as the exports need it.
 *
 * @param lms          the student's LMS identities, roster and download together (see {@link LmsIds})
 * @param score        the score to return, or null when there is none (not submitted, unreadable): left out
 * @param max          what the score is out of; exports scale it to the LMS's maximum when that differs
 * @param comment      a short plain-text comment, lines separated by "\n" (the exports escape it and write the
 *                     HTML or text each LMS wants); "" for none
 * @param feedbackFile the student's feedback page (from {@code grade}), or null
 * @param late         the download marked the submission late
 */
public record GradeRow(String studentId, String name, String email, Map<String, String> lms, Double score,
                       double max, String comment, Path feedbackFile, boolean late) {

    public GradeRow {
        lms = Map.copyOf(lms);
        comment = comment == null ? "" : comment;
    }

    /** A row from a roster student and their submission (may be null), identities merged, the download's winning. */
    public static GradeRow of(Student student, LmsSubmission submission, Double score, double max, String comment,
                              Path feedbackFile) {
        Map<String, String> ids = new TreeMap<>(student.lms());
        if (submission != null) {
            ids.putAll(submission.lms());
        }
        return new GradeRow(student.id(), student.name(), student.email(), ids, score, max, comment, feedbackFile,
                submission != null && submission.late());
    }

    /** The same row with another comment (the exporter adds where the feedback page is). */
    GradeRow withComment(String c) {
        return new GradeRow(studentId, name, email, lms, score, max, c, feedbackFile, late);
    }

    String id(String key) {
        return lms.getOrDefault(key, "");
    }

    /** The row as a roster student, for matching it against an LMS file. */
    Student asStudent() {
        return new Student(studentId, name, email, "", lms);
    }
}
