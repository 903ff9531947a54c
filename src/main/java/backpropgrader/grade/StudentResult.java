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
 * @param flags    instructor-only flags ({@link Flags}: {@code collusion:<other id>}, {@code blank},
 *                 {@code mostly-blank}), sorted; never shown to the student
 * @param source   the file graded (or that failed), null when nothing was submitted
 * @param warnings whole sentences about what was odd but not fatal
 * @param lms      the student's LMS identities (roster and bulk download; keys as in {@code lms.LmsIds}), sorted
 * @param late     whether the submission was late and the penalty taken off {@code score}
 * @param wording  what a student's page says instead of {@code error} or a warning as written here: their own
 *                 file names instead of paths, plain words instead of a reader library's message; only the
 *                 messages that differ ({@link #forStudent}). Not written to results.json (read back: empty).
 */
public record StudentResult(String id, String name, Status status, Double score, Double max, String error,
                            List<String> flags, List<ItemResult> items, String source, List<String> warnings,
                            Map<String, String> lms, Late late, Map<String, String> wording) {

    public StudentResult {
        flags = List.copyOf(flags);
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
        lms = Collections.unmodifiableMap(new TreeMap<>(lms));
        late = late == null ? Late.NONE : late;
        wording = wording == null ? Map.of() : Map.copyOf(wording);
    }

    /** A result whose messages read the same for the student. */
    public StudentResult(String id, String name, Status status, Double score, Double max, String error,
                         List<String> flags, List<ItemResult> items, String source, List<String> warnings,
                         Map<String, String> lms, Late late) {
        this(id, name, status, score, max, error, flags, items, source, warnings, lms, late, Map.of());
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
        return new StudentResult(id, name, status, score, max, error, f, items, source, warnings, lms, late, wording);
    }

    public StudentResult withWarnings(List<String> more) {
        List<String> w = new ArrayList<>(warnings);
        w.addAll(more);
        return new StudentResult(id, name, status, score, max, error, flags, items, source, w, lms, late, wording);
    }

    /** The same result with these items (an instructor's overrides) and the score they add up to. */
    public StudentResult withItems(List<ItemResult> changed) {
        double total = backpropgrader.engine.Numbers.round(changed.stream().mapToDouble(ItemResult::points).sum(), 6);
        return new StudentResult(id, name, status, total, max, error, flags, changed, source, warnings, lms, late,
                wording);
    }

    public StudentResult withLms(Map<String, String> identities) {
        return new StudentResult(id, name, status, score, max, error, flags, items, source, warnings, identities,
                late, wording);
    }

    /** The same result, late as {@code l} says: its penalty is taken off the score. */
    public StudentResult withLate(Late l) {
        Double s = score == null ? null : backpropgrader.engine.Numbers.round(score - l.penalty(), 6);
        return new StudentResult(id, name, status, s, max, error, flags, items, source, warnings, lms, l, wording);
    }

    /** The same result, with these messages worded for the student ({@code wording}) besides any before. */
    public StudentResult withWording(Map<String, String> more) {
        Map<String, String> w = new java.util.HashMap<>(wording);
        w.putAll(more);
        return new StudentResult(id, name, status, score, max, error, flags, items, source, warnings, lms, late, w);
    }

    /** A message of this result ({@code error} or a warning) as the student's page says it. */
    public String forStudent(String message) {
        return message == null ? null : wording.getOrDefault(message, message);
    }

    /** Score as a percentage of max, or null when either is unknown or max is 0. */
    public Double percentage() {
        return score == null || max == null || max == 0 ? null : 100 * score / max;
    }
}
