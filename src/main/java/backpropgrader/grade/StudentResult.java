package backpropgrader.grade;

import backpropgrader.marking.ItemResult;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One student's (or one unidentified file's) result (docs/FORMATS.md "Results").
 *
 * @param name     from the roster; empty for a student not on it
 * @param score    points earned; null when nothing could be marked (unreadable, unknown student)
 * @param max      points available; null when the student has no variants (not on the roster)
 * @param error    for {@code unreadable} and {@code unknown-student}: what was wrong and where; else null
 * @param flags    instructor-only flags ({@code collusion:<other id>}), sorted; never shown to the student
 * @param source   the file graded (or that failed), null when nothing was submitted
 * @param warnings whole sentences about what was odd but not fatal
 * @param lms      the student's LMS identities (roster and bulk download; keys as in {@code lms.LmsIds}), sorted
 * @param late     whether the submission was late and the penalty taken off {@code score}
 */
public record StudentResult(String id, String name, Status status, Double score, Double max, String error,
                            List<String> flags, List<ItemResult> items, String source, List<String> warnings,
                            Map<String, String> lms, Late late) {

    public StudentResult {
        flags = List.copyOf(flags);
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
        lms = Collections.unmodifiableMap(new TreeMap<>(lms));
        late = late == null ? Late.NONE : late;
    }

    /** A result with no LMS identities, not late. */
    public StudentResult(String id, String name, Status status, Double score, Double max, String error,
                         List<String> flags, List<ItemResult> items, String source, List<String> warnings) {
        this(id, name, status, score, max, error, flags, items, source, warnings, Map.of(), Late.NONE);
    }

    public StudentResult withFlags(List<String> more) {
        List<String> f = new ArrayList<>(flags);
        f.addAll(more);
        f.sort(null);
        return new StudentResult(id, name, status, score, max, error, f, items, source, warnings, lms, late);
    }

    public StudentResult withWarnings(List<String> more) {
        List<String> w = new ArrayList<>(warnings);
        w.addAll(more);
        return new StudentResult(id, name, status, score, max, error, flags, items, source, w, lms, late);
    }

    /** The same result with these items (an instructor's overrides) and the score they add up to. */
    public StudentResult withItems(List<ItemResult> changed) {
        double total = backpropgrader.engine.Numbers.round(changed.stream().mapToDouble(ItemResult::points).sum(), 6);
        return new StudentResult(id, name, status, total, max, error, flags, changed, source, warnings, lms, late);
    }

    public StudentResult withLms(Map<String, String> identities) {
        return new StudentResult(id, name, status, score, max, error, flags, items, source, warnings, identities,
                late);
    }

    /** The same result, late as {@code l} says: its penalty is taken off the score. */
    public StudentResult withLate(Late l) {
        Double s = score == null ? null : backpropgrader.engine.Numbers.round(score - l.penalty(), 6);
        return new StudentResult(id, name, status, s, max, error, flags, items, source, warnings, lms, l);
    }

    /** Score as a percentage of max, or null when either is unknown or max is 0. */
    public Double percentage() {
        return score == null || max == null || max == 0 ? null : 100 * score / max;
    }
}
