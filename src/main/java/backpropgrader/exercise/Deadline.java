package backpropgrader.exercise;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * When work is due and what lateness costs (course file: {@code due}, {@code extensions}, {@code late_penalty},
 * {@code timezone}). Times are local date-times as the course file and the LMS write them (Moodle's worksheet,
 * Blackboard's attempt names), read in the course's time zone, so that days late are counted in real 24-hour
 * days across a change to or from summer time.
 *
 * @param due        when the assignment is due; null when the course file gives no due date
 * @param extensions student id → their own due date, replacing {@code due} for them
 * @param penalty    what a late submission loses
 * @param zone       the time zone the times are in ({@code timezone}: an IANA id; default the machine's)
 */
public record Deadline(LocalDateTime due, Map<String, LocalDateTime> extensions, Penalty penalty, ZoneId zone) {

    public static final Deadline NONE = new Deadline(null, Map.of(), Penalty.NONE);

    public Deadline {
        extensions = Collections.unmodifiableMap(new TreeMap<>(extensions));
        zone = zone == null ? ZoneId.systemDefault() : zone;
    }

    /** A deadline in the machine's time zone. */
    public Deadline(LocalDateTime due, Map<String, LocalDateTime> extensions, Penalty penalty) {
        this(due, extensions, penalty, null);
    }

    /** Whether the course file sets a due date or a late penalty: then lateness should be judged. */
    public boolean isSet() {
        return due != null || !penalty.isNone();
    }

    /**
     * The late-penalty rule: a late submission loses {@code flat + perDay × days late} percent of its score, at
     * most {@code max} percent. Days late are counted in started days of 24 hours after the student's due date.
     */
    public record Penalty(double flat, double perDay, double max) {

        public static final Penalty NONE = new Penalty(0, 0, 100);

        /** The percentage of the score lost when {@code days} (at least 1) days late. */
        public double percent(int days) {
            return Math.min(max, flat + perDay * days);
        }

        public boolean isNone() {
            return flat == 0 && perDay == 0;
        }
    }

    /** The student's due date: their extension, else the course's; null when there is none. */
    public LocalDateTime dueFor(String studentId) {
        return extensions.getOrDefault(studentId, due);
    }

    public boolean hasExtension(String studentId) {
        return extensions.containsKey(studentId);
    }
}
