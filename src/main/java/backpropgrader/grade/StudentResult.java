package backpropgrader.grade;

import java.util.ArrayList;
import java.util.List;

/**
 * One student's (or one unidentified file's) result (DESIGN.md §5 "Results").
 *
 * @param name     from the roster; empty for a student not on it
 * @param score    points earned; null when nothing could be marked (unreadable, unknown student)
 * @param max      points available; null when the student has no variants (not on the roster)
 * @param error    for {@code unreadable} and {@code unknown-student}: what was wrong and where; else null
 * @param flags    instructor-only flags ({@code collusion:<other id>}), sorted; never shown to the student
 * @param source   the file graded (or that failed), null when nothing was submitted
 * @param warnings whole sentences about what was odd but not fatal
 */
public record StudentResult(String id, String name, Status status, Double score, Double max, String error,
                            List<String> flags, List<ItemResult> items, String source, List<String> warnings) {

    public StudentResult {
        flags = List.copyOf(flags);
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }

    public StudentResult withFlags(List<String> more) {
        List<String> f = new ArrayList<>(flags);
        f.addAll(more);
        f.sort(null);
        return new StudentResult(id, name, status, score, max, error, f, items, source, warnings);
    }

    public StudentResult withWarnings(List<String> more) {
        List<String> w = new ArrayList<>(warnings);
        w.addAll(more);
        return new StudentResult(id, name, status, score, max, error, flags, items, source, w);
    }

    /** Score as a percentage of max, or null when either is unknown or max is 0. */
    public Double percentage() {
        return score == null || max == null || max == 0 ? null : 100 * score / max;
    }
}
