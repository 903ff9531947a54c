package backpropgrader.cli;

/** A command used wrongly (exit code 64): a bad option, or a path that does not exist. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
