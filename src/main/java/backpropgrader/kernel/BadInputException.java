package backpropgrader.kernel;

/**
 * Input that cannot be used (exit code 65). The message is a whole sentence that names the file, the place in
 * it (a JSON path, a line) and what was expected and found.
 */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "file: $.network.layers[1]: expected a positive integer, found "two"." */
    public static BadInputException at(String source, String path, String expected, Object found) {
        return new BadInputException(source + ": " + path + ": expected " + expected + ", found " + found + ".");
    }
}
