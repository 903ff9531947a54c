package backpropgrader.exercise;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * When work is due and what lateness costs (course file: {@code due}, {@code extensions}, {@code late_penalty}).
 * Times are local date-times without a zone: the LMS's own clock, as its attempt times are written.
 *
 * @param due        when the assignment is due; null when the course file gives no due date
 * @param extensions student id → their own due date, replacing {@code due} for them
 * @param penalty    what a late submission loses
 */
public record Deadline(LocalDateTime due, Map<String, LocalDateTime> extensions, Penalty penalty) {

    public static final Deadline NONE = new Deadline(null, Map.of(), Penalty.NONE);

    public Deadline {
        extensions = Collections.unmodifiableMap(new TreeMap<>(extensions));
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
