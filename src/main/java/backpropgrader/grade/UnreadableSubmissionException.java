package backpropgrader.grade;

/**
 * A submission file that cannot be read at all. The message is a whole sentence naming the file, the line or
 * JSON path, and what was expected and found; it becomes the student's {@code error} (status {@code unreadable}).
 * Beside it the reader may say the same for the student ({@link #forStudent}): the place and what was wrong in
 * plain words, without the path the file was read from or a library's own message.
 */
public class UnreadableSubmissionException extends Exception {

    /** What was wrong, for the student, after their file's name; null: the message's own words after the path. */
    private final String plain;

    public UnreadableSubmissionException(String message) {
        this(message, null);
    }

    /** @param plain the place and the problem in plain words ("line 2, column 1: the file ends …"), no file name */
    public UnreadableSubmissionException(String message, String plain) {
        super(message);
        this.plain = plain;
    }

    static UnreadableSubmissionException at(String file, String place, String expected, String found) {
        return new UnreadableSubmissionException(file + ": " + place + ": expected " + expected + ", found "
                + found + ".");
    }

    /** As {@link #at(String, String, String, String)}, with the place in words for the student ("the "student" entry"). */
    static UnreadableSubmissionException at(String file, String place, String plainPlace, String expected,
                                            String found) {
        return new UnreadableSubmissionException(file + ": " + place + ": expected " + expected + ", found "
                + found + ".", plainPlace + ": expected " + expected + ", found " + found + ".");
    }

    /**
     * The message for the student whose file it is: {@code name} (the file name they gave) in place of
     * {@code source} (where it was read from), then what was wrong in plain words.
     */
    public String forStudent(String source, String name) {
        if (plain != null) {
            return name + ": " + plain;
        }
        String m = getMessage();
        if (m.startsWith(source)) {
            return name + m.substring(source.length());
        }
        return m.replace(source, name);
    }
}
