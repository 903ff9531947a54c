package backpropgrader.grade;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A marked folder's {@code results.json} as {@link ResultsJson#read} gives it: what an export needs of it.
 *
 * @param title the top-level {@code title}, else {@code assignment}, else null
 */
public record MarkedResults(Path source, String title, List<Result> students) {

    /**
     * One entry of {@code students[]}.
     *
     * @param name  "" when absent
     * @param email "" when absent
     * @param score null when nothing was marked
     * @param max   null when unknown
     * @param flags instructor-only ({@code collusion:<id>}): never written into anything a student sees
     * @param lms   the LMS identities carried from the download (keys as in {@code lms.LmsIds}); a nested object
     *              is flattened with "." ({@code {"moodle": {"participant": 101}}} is {@code moodle.participant})
     * @param late  {@code late} is true, or an object or text describing the lateness
     */
    public record Result(String id, String name, String email, Status status, Double score, Double max,
                         List<String> flags, Map<String, String> lms, boolean late) {

        public Result {
            flags = List.copyOf(flags);
            lms = Map.copyOf(lms);
        }

        public boolean graded() {
            return status == Status.GRADED;
        }
    }

    public MarkedResults {
        students = List.copyOf(students);
    }
}
