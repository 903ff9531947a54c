package backpropgrader.grade;

import java.util.Locale;

/**
 * How much of one submission file the readers take in (README "Limits"), so that one file never eats the
 * machine: a real hand-in is a few kilobytes, about 7 exercises of about 20 keys. Every bound is far above that;
 * a file beyond one is unreadable (that file only, the batch goes on), with a message naming the file, the limit
 * and what was found. The readers stop at the bound: nothing past it is kept.
 */
final class SubmissionLimits {

    /** One student's file (.json, .txt, .html): 2 MiB. */
    static final long FILE_BYTES = 2L << 20;
    /** A class-wide CSV (one row per student; 10,000 students of 7 × 20 answers fit): 50 MiB. */
    static final long TABLE_BYTES = 50L << 20;
    static final int EXERCISES = 100;
    static final int KEYS_PER_EXERCISE = 1_000;
    /** Lines of a text file (comments and blank lines included). */
    static final int LINES = 10_000;
    /** Rows of students in a class-wide CSV. */
    static final int ROWS = 100_000;
    /** Cells of one row of a class-wide CSV (the student, then one per exercise and key). */
    static final int COLUMNS = 10_000;
    /** Characters of one value (an answer as typed); the answer parser reads at most 200 of them. */
    static final int VALUE_CHARS = 10_000;

    private SubmissionLimits() {
    }

    /** The size bound of a file read as {@code extension}. */
    static long bytesFor(String extension) {
        return extension.equals("csv") ? TABLE_BYTES : FILE_BYTES;
    }

    /** "2 MiB", "50 MiB". */
    static String mib(long bytes) {
        return (bytes >> 20) + " MiB";
    }

    /** A count as messages write it: 1,000,000. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "s05.json: $.answers: more than 100 exercises; at most 100 are read." */
    static UnreadableSubmissionException beyond(String source, String place, long limit, String what) {
        return new UnreadableSubmissionException(source + ": " + place + ": more than " + count(limit) + " " + what
                + "; at most " + count(limit) + " are read.");
    }

    /** "s05.json: $.answers["e"]["k"]: a value of 12,000 characters; at most 10,000 are read." */
    static UnreadableSubmissionException tooLong(String source, String place, int length) {
        return new UnreadableSubmissionException(source + ": " + place + ": a value of " + count(length)
                + " characters; at most " + count(VALUE_CHARS) + " are read.");
    }
}
