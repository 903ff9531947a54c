package backpropgrader.lms;

import backpropgrader.kernel.UsageException;

import java.util.OptionalDouble;

/**
 * The LMS's maximum for the assignment, never guessed (issue 9, Build 6): the LMS stores a grade as written, so a
 * score out of the tool's maximum in an assignment out of another lands on the wrong scale, silently. It comes
 * from the file the instructor downloaded from the LMS, or from the option; when neither gives it, or they
 * disagree, the export stops (exit 64) and says which option and which file would give it.
 */
final class Maximum {

    private Maximum() {
    }

    /**
     * @param fromFile what the LMS's own file states (empty when there is no file or it states none)
     * @param option   the option's value, NaN when not given
     * @param name     the option ({@code --max-grade}, {@code --points})
     * @param what     what the maximum is, for the message ("Moodle's maximum grade for this assignment")
     * @param file     the file that would give it, as a phrase
     */
    static double of(OptionalDouble fromFile, double option, String name, String what, String file) {
        if (fromFile.isPresent() && !Double.isNaN(option) && fromFile.getAsDouble() != option) {
            throw new UsageException(name + " " + Scores.format(option, 2, true, java.util.Locale.ROOT) + " disagrees"
                    + " with the " + Scores.format(fromFile.getAsDouble(), 2, true, java.util.Locale.ROOT)
                    + " the LMS's file states; give one of them, or the same number.");
        }
        if (fromFile.isPresent()) {
            return fromFile.getAsDouble();
        }
        if (!Double.isNaN(option)) {
            return option;
        }
        throw new UsageException(what + " is not known, and the LMS stores a grade as written: give " + name
                + " N (the assignment's maximum in the LMS), or " + file + ".");
    }
}
