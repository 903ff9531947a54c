package backpropgrader.marking;

import java.util.Objects;

/**
 * One asked item of one student (docs/FORMATS.md "Results").
 *
 * @param submitted     the raw string as given, or null when not answered
 * @param expected      the exact value (a Double), or the reference expression (a String) for a symbolic answer
 * @param misconception the catalogue name when one explains a wrong value where the error starts, else null
 * @param points        what the answer earned; {@code max} what a correct one earns
 * @param why           why the item got its verdict, as data; {@link #reason()} is its sentence in full
 * @param override      the instructor's reason when a manual adjustment set this item's verdict or points, else null
 */
public record ItemResult(String exercise, String key, String submitted, Object expected, Verdict verdict,
                         String misconception, double points, double max, Reason why, String override) {

    public ItemResult(String exercise, String key, String submitted, Object expected, Verdict verdict,
                      String misconception, double points, double max, Reason why) {
        this(exercise, key, submitted, expected, verdict, misconception, points, max, why, null);
    }

    public ItemResult {
        if (!(expected instanceof Double) && !(expected instanceof String)) {
            throw new IllegalArgumentException("expected must be a Double or a String, found " + expected);
        }
        Objects.requireNonNull(why, "why");
    }

    /** The reason in a sentence with everything revealed, as the instructor's files (results.json) write it. */
    public String reason() {
        return why.sentence();
    }
}
