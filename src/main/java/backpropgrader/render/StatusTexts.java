package backpropgrader.render;

import backpropgrader.grade.Status;
import backpropgrader.grade.StudentResult;

/**
 * What a student reads when their submission was not marked: a plain heading and a kind explanation that says
 * what happened, that it is not a judgement of their work, and what to do; for a file, the error worded for them
 * (their file's name, the place, what was wrong in plain words: {@code StudentResult.forStudent}).
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
                    + " no points could be given.", null, "If you did hand something in, or something kept you"
                    + " from it, please get in touch with your instructor: it can be sorted out.");
            case UNREADABLE -> new FeedbackView.Status(r.status().id(), "Your file could not be read",
                    "Your submission arrived, but the grader could not read it, so it has not been marked yet. This"
                    + " says nothing about your answers. The message below names your file, the place and what"
                    + " was wrong there.", error(r), advice(r));
            case UNKNOWN_STUDENT -> new FeedbackView.Status(r.status().id(), "Not matched to the class list",
                    "This file could not be matched to a student on the class list, so it was not marked.",
                    error(r), "Please check the student id in your file and tell your instructor, who can match"
                    + " it by hand.");
        };
    }

    /** The error as the student reads it: their file's name, the place, plain words; never a path or a library. */
    private static String error(StudentResult r) {
        if (r.error() != null && !r.error().isBlank()) {
            return r.forStudent(r.error()).strip();
        }
        return "No further detail was recorded.";
    }

    /** What to do, for the kind of file handed in: the sheet's form keeps the answers, so saving again is easy. */
    private static String advice(StudentResult r) {
        String file = r.source() == null ? "" : r.source().toLowerCase(java.util.Locale.ROOT);
        if (file.endsWith(".json")) {
            return "Reopen your sheet in the browser you filled it in — your answers are kept there — and press"
                    + " Save again; then hand in the new file. If you edited the file by hand, fix the place named"
                    + " above, or ask your instructor for help.";
        }
        if (file.endsWith(".txt") || file.endsWith(".html")) {
            return "Open your file, correct the line named above, and hand it in again; or ask your instructor for"
                    + " help.";
        }
        return "Hand in the answers file your sheet saves (a .json file) or the text template (.txt) instead,"
                + " or ask your instructor for help.";
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
