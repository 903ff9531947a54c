package backpropgrader.lms;

import backpropgrader.exercise.Student;

import java.util.List;
import java.util.Optional;

/**
 * A class list as read from a roster file.
 *
 * @param idColumn the column taken as the student id (said to the user: "ids from column 'ID number'")
 * @param kind     what the file was recognised as ("plain", "moodle-participants", …)
 */
public record Roster(List<Student> students, String idColumn, String kind, String source) {

    public Optional<Student> find(String id) {
        return students.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
