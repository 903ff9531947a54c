package backpropgrader.lms;

import backpropgrader.exercise.Student;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A class list as read from a roster file.
 *
 * @param idColumn the column taken as the student id (said to the user: "ids from column 'ID number'")
 * @param kind     what the file was recognised as: plain, moodle-participants, moodle-grades, canvas-gradebook,
 *                 canvas-groups, blackboard
 */
public record Roster(List<Student> students, String idColumn, String kind, String source) {

    public Optional<Student> find(String id) {
        return students.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The roster's groups, by name (sorted), each with its members in roster order; empty when it has none. */
    public Map<String, List<Student>> groups() {
        Map<String, List<Student>> groups = new TreeMap<>();
        for (Student s : students) {
            if (!s.group().isEmpty()) {
                groups.computeIfAbsent(s.group(), g -> new java.util.ArrayList<>()).add(s);
            }
        }
        return groups;
    }

    /** "moodle-participants roster roster.csv: 24 students, ids from column 'ID number'". */
    public String describe() {
        return kind + " roster " + source + ": " + students.size() + " students, ids from column '" + idColumn + "'"
                + (groups().isEmpty() ? "" : ", " + groups().size() + " groups");
    }

    /** Students by id, in roster order. */
    public Map<String, Student> byId() {
        Map<String, Student> m = new LinkedHashMap<>();
        students.forEach(s -> m.put(s.id(), s));
        return m;
    }
}
