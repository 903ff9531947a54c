package backpropgrader.grade;

/**
 * A submission file that cannot be read at all. The message is a whole sentence naming the file, the line or
 * JSON path, and what was expected and found; it becomes the student's {@code error} (status {@code unreadable}).
 */
public class UnreadableSubmissionException extends Exception {

    public UnreadableSubmissionException(String message) {
        super(message);
    }

    static UnreadableSubmissionException at(String file, String place, String expected, String found) {
        return new UnreadableSubmissionException(file + ": " + place + ": expected " + expected + ", found "
                + found + ".");
    }
}
