package backpropgrader.marking;

/**
 * One asked item of one student (DESIGN.md §5 "Results").
 *
 * @param submitted     the raw string as given, or null when not answered
 * @param expected      the exact value (a Double), or the reference expression (a String) for a symbolic answer
 * @param misconception the catalogue name when one explains a wrong value where the error starts, else null
 * @param points        what the answer earned; {@code max} what a correct one earns
 * @param reason        the decision in a sentence, as the feedback shows it
 * @param override      the instructor's reason when a manual adjustment set this item's verdict or points, else null
 */
public record ItemResult(String exercise, String key, String submitted, Object expected, Verdict verdict,
                         String misconception, double points, double max, String reason, String override) {

    public ItemResult(String exercise, String key, String submitted, Object expected, Verdict verdict,
                      String misconception, double points, double max, String reason) {
        this(exercise, key, submitted, expected, verdict, misconception, points, max, reason, null);
    }

    public ItemResult {
        if (!(expected instanceof Double) && !(expected instanceof String)) {
            throw new IllegalArgumentException("expected must be a Double or a String, found " + expected);
        }
    }
}
