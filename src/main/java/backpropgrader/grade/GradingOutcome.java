package backpropgrader.grade;

import java.util.List;
import java.util.Map;

/**
 * Everything a grading run produced.
 *
 * @param students every roster student and every unidentified file, sorted by id
 * @param warnings about the batch as a whole (files that were skipped), as whole sentences
 * @param families family id → version, of every variant marked (provenance)
 */
public record GradingOutcome(List<StudentResult> students, List<String> warnings, Map<String, String> families) {

    /** Whether some file needs the instructor's attention: grade exits with 1 (DESIGN.md §7). */
    public boolean needsAttention() {
        return students.stream().anyMatch(s -> s.status().needsAttention());
    }

    public long count(Status status) {
        return students.stream().filter(s -> s.status() == status).count();
    }
}
