package backpropgrader.grade;

import backpropgrader.marking.ItemResult;
import backpropgrader.marking.Verdict;

import java.util.List;

/**
 * The instructor-only flags of a result (results.json {@code flags}; never shown to the student):
 * {@code collusion:<other id>} when the answers fit another student's variant ({@link Collusion}), {@code blank}
 * when every asked item was left blank (a blank template handed back, or the sheet saved untouched; status
 * {@code graded}, 0 points), and {@code mostly-blank} when more than half were.
 */
public final class Flags {

    public static final String COLLUSION = "collusion:";
    public static final String BLANK = "blank";
    public static final String MOSTLY_BLANK = "mostly-blank";

    private Flags() {
    }

    /** {@code blank}, {@code mostly-blank} or nothing, for a marked submission's items (all the asked items). */
    static List<String> blank(List<ItemResult> items) {
        long missing = items.stream().filter(i -> i.verdict() == Verdict.MISSING).count();
        if (items.isEmpty() || 2 * missing <= items.size()) {
            return List.of();
        }
        return List.of(missing == items.size() ? BLANK : MOSTLY_BLANK);
    }

    /** The students whose variants this result's answers fit, in flag order. */
    public static List<String> colluders(StudentResult r) {
        return r.flags().stream().filter(f -> f.startsWith(COLLUSION)).map(f -> f.substring(COLLUSION.length()))
                .toList();
    }

    public static boolean collusion(StudentResult r) {
        return r.flags().stream().anyMatch(f -> f.startsWith(COLLUSION));
    }
}
