package backpropgrader.exercise;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A student on the roster: the id used everywhere, and a name and email when the roster has them.
 *
 * @param group the group the roster puts the student in (Moodle {@code Groups}, Canvas {@code group_name}), or ""
 * @param lms   the student's identities in the LMS the roster came from, keyed as in {@code lms.LmsIds}
 *              (e.g. {@code canvas.user_id → 340934}); kept so exports can name the student the LMS's way
 */
public record Student(String id, String name, String email, String group, Map<String, String> lms) {

    public Student {
        group = group == null ? "" : group;
        // Sorted, so anything written from it is in the same order on every run.
        lms = lms == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(lms));
    }

    public Student(String id, String name, String email) {
        this(id, name, email, "", Map.of());
    }

    /** The identity under {@code key}, or "" when the roster had none. */
    public String identity(String key) {
        return lms.getOrDefault(key, "");
    }
}
