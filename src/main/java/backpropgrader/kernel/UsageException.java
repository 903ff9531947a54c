package backpropgrader.kernel;

/**
 * A command used wrongly (exit code 64): a bad option, a path that does not exist, an output folder that may not
 * be replaced, a student named who is not on the roster. Stages throw it; the command line maps it to 64.
 */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
