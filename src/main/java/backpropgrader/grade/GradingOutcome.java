package backpropgrader.grade;

import java.util.List;
import java.util.Map;

/**
 * Everything a grading run produced.
 *
 * @param students every roster student and every unidentified file, sorted by id
 * @param warnings about the batch as a whole (files that were skipped), as whole sentences
 * @param families family id → version, of every variant marked (provenance)
 * @param attention files whose owner was not certain (instructor-only: they may name other students)
 * @param collusion a flagged student's id → the evidence behind each of their collusion flags (for the report;
 *                  not written to results.json)
 */
public record GradingOutcome(List<StudentResult> students, List<String> warnings, Map<String, String> families,
                             List<Attention> attention, Map<String, List<Collusion.Match>> collusion) {

    public GradingOutcome {
        attention = List.copyOf(attention);
        collusion = collusion == null ? Map.of() : Map.copyOf(collusion);
    }

    /** An outcome in which no file's owner was in doubt, with no collusion evidence kept. */
    public GradingOutcome(List<StudentResult> students, List<String> warnings, Map<String, String> families) {
        this(students, warnings, families, List.of(), Map.of());
    }

    /** Whether some file needs the instructor's attention: grade exits with 1 (the README's commands). */
    public boolean needsAttention() {
        return !attention.isEmpty() || students.stream().anyMatch(s -> s.status().needsAttention());
    }

    public long count(Status status) {
        return students.stream().filter(s -> s.status() == status).count();
    }
}
