package backpropgrader.marking;

/**
 * One typed answer as read from a submission: the raw text (kept for the results, never rewritten), and what it
 * means.
 *
 * @param raw      the value exactly as given (a JSON number as written), or null when the key was not there
 * @param value    the number it stands for; NaN when blank or unreadable
 * @param decimals the places written (the most of any number in an expression); decides the rounding window
 * @param problem  why the value is not a number, as a sentence fragment; null when it is one or is blank
 * @param expression whether it was an arithmetic expression ("1 - 0.1*(-1.744)") rather than a plain number
 */
public record Answer(String raw, double value, int decimals, String problem, boolean expression) {

    static Answer blank(String raw) {
        return new Answer(raw, Double.NaN, 0, null, false);
    }

    static Answer invalid(String raw, String problem) {
        return new Answer(raw, Double.NaN, 0, problem, false);
    }

    /** Not answered: absent, empty or only spaces. */
    public boolean isBlank() {
        return problem == null && Double.isNaN(value);
    }

    public boolean isNumber() {
        return !Double.isNaN(value);
    }

    public boolean isInvalid() {
        return problem != null;
    }
}
