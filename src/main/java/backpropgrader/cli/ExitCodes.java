package backpropgrader.cli;

import backpropgrader.grade.GradingOutcome;
import backpropgrader.kernel.BadInputException;
import backpropgrader.kernel.UsageException;
import picocli.CommandLine.ParameterException;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The exit codes of the README's commands (Unix sysexits where they exist), and the one place a command's failure becomes
 * one: {@link #report} for what a command threw, {@link #usage} for what picocli could not parse, {@link #of} for
 * a graded class.
 */
public final class ExitCodes {
    public static final int OK = 0;
    /** At least one student unreadable or unknown; all others graded. */
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 64;
    public static final int BAD_INPUT = 65;
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }

    /** Says what went wrong on {@code err} (a stack trace only for a bug) and returns its exit code. */
    /** An Error (out of memory above all) that ended a command: exit 70, and what was written is gone. */
    static int error(Error x, PrintWriter err) {
        if (x instanceof OutOfMemoryError) {
            err.println("grader: out of memory (" + x.getMessage() + "); nothing was written. Give Java a larger heap,"
                    + " e.g. GRADER_JAVA_OPTS=-Xmx8g ./grader …");
        } else {
            err.println("grader: internal error: " + x + "; nothing was written.");
        }
        return INTERNAL;
    }

    static int report(Exception e, PrintWriter err) {
        if (e instanceof ParameterException p) {
            return usage(p, err);
        }
        if (e instanceof UsageException) {
            err.println("grader: " + e.getMessage());
            return USAGE;
        }
        if (e instanceof BadInputException) {
            err.println("grader: " + e.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof UncheckedIOException) { // a disk problem, not a bug: say what, without a stack trace
            err.println("grader: " + e.getMessage());
            return INTERNAL;
        }
        err.println("grader: internal error: " + e);
        e.printStackTrace(err);
        return INTERNAL;
    }

    /** A command line picocli could not make sense of, or a required option missing: what to try. */
    static int usage(ParameterException e, PrintWriter err) {
        err.println("grader: " + e.getMessage());
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
        return USAGE;
    }

    /** A graded class: 1 when some file was unreadable or belongs to nobody on the roster. */
    static int of(GradingOutcome outcome) {
        return outcome.needsAttention() ? SOME_FAILED : OK;
    }
}
