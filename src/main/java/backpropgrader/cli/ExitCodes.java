package backpropgrader.cli;

/** The exit codes of DESIGN.md §7 (Unix sysexits where they exist). */
public final class ExitCodes {
    public static final int OK = 0;
    /** At least one student unreadable or unknown; all others graded. */
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 64;
    public static final int BAD_INPUT = 65;
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
