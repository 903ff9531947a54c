package backpropgrader.render;

import backpropgrader.grade.Status;
import backpropgrader.grade.StudentResult;

/**
 * What a student reads when their submission was not marked: a plain heading and a kind explanation that says
 * what happened, that it is not a judgement of their work, and what to do; for a file, the error as the grader
 * wrote it (naming the file and the place).
 */
final class StatusTexts {

    private StatusTexts() {
    }

    /** Null for a marked submission. */
    static FeedbackView.Status of(StudentResult r) {
        return switch (r.status()) {
            case GRADED -> null;
            case NOT_SUBMITTED -> new FeedbackView.Status(r.status().id(), "No submission received",
                    "We did not receive a submission from you for this assignment, so there was nothing to mark and"
                    + " no points could be given. If you did hand something in, or something kept you from it,"
                    + " please get in touch with your instructor: it can be sorted out.", null);
            case UNREADABLE -> new FeedbackView.Status(r.status().id(), "Your file could not be read",
                    "Your submission arrived, but the grader could not read it, so it has not been marked yet. This"
                    + " says nothing about your answers. The message below says what went wrong and where; it is"
                    + " usually a small edit. Please correct the file and submit it again, or ask your instructor"
                    + " for help.", error(r));
            case UNKNOWN_STUDENT -> new FeedbackView.Status(r.status().id(), "Not matched to the class list",
                    "This file could not be matched to a student on the class list, so it was not marked. Please"
                    + " check the student id in your file and tell your instructor, who can match it by hand.",
                    error(r));
        };
    }

    private static String error(StudentResult r) {
        if (r.error() != null && !r.error().isBlank()) {
            return r.error().strip();
        }
        return r.source() == null ? "No further detail was recorded." : r.source() + ": no further detail was recorded.";
    }

    /** The status in a word or two, for the report. */
    static String label(Status s) {
        return switch (s) {
            case GRADED -> "graded";
            case NOT_SUBMITTED -> "not submitted";
            case UNREADABLE -> "unreadable";
            case UNKNOWN_STUDENT -> "unknown student";
        };
    }
}
