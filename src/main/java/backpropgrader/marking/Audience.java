package backpropgrader.marking;

/**
 * Who reads a reason ({@link ReasonSentence}): whether they may see the correct values and the named mistakes,
 * and how their numbers are written. The instructor's files (results.json, items.csv) see everything.
 *
 * @param expected       whether correct values (and reference expressions) are shown
 * @param misconceptions whether the catalogued mistake behind a wrong value is named
 */
public record Audience(boolean expected, boolean misconceptions, NumberStyle numbers) {

    public static final Audience INSTRUCTOR = new Audience(true, true, NumberStyle.ENGINE);
}
