package backpropgrader.marking;

/**
 * Who reads a reason ({@link ReasonSentence}): whether they may see the correct values and the named mistakes,
 * and how their numbers and quantities are written. The instructor's files (results.json, items.csv) see
 * everything, with keys as the graph displays them.
 *
 * @param expected       whether correct values (and reference expressions) are shown
 * @param misconceptions whether the catalogued mistake behind a wrong value is named
 * @param keys           how quantities are written (and, for HTML, how the rest is escaped)
 */
public record Audience(boolean expected, boolean misconceptions, NumberStyle numbers, KeyStyle keys) {

    public static final Audience INSTRUCTOR = new Audience(true, true, NumberStyle.ENGINE);

    /** A reader who sees keys as the graph displays them. */
    public Audience(boolean expected, boolean misconceptions, NumberStyle numbers) {
        this(expected, misconceptions, numbers, KeyStyle.DISPLAYED);
    }
}
