package backpropgrader.grade;

import backpropgrader.exercise.Student;
import backpropgrader.kernel.Excerpt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The roster ids a submission's claims name (docs/FORMATS.md): a {@code student} field or a file name, mapped through
 * the roster. Ids match exactly, else ignoring case when that is unambiguous; a file name matches an id exactly
 * or as its first part ({@code s1234-answers.json}). Which claim wins is {@link Attribution}'s decision.
 */
final class Identity {

    private final Map<String, Student> exact = new HashMap<>();
    private final Map<String, List<String>> folded = new HashMap<>();

    Identity(List<Student> roster) {
        for (Student s : roster) {
            exact.put(s.id(), s);
            folded.computeIfAbsent(s.id().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(s.id());
        }
    }

    Student student(String id) {
        return exact.get(id);
    }

    int size() {
        return exact.size();
    }

    /** The roster id for a file name's stem, or null. */
    String fromFileName(String stem) {
        String id = id(stem);
        if (id != null) {
            return id;
        }
        for (int i = stem.length() - 1; i > 0; i--) { // the longest roster id followed by a separator
            if (!Character.isLetterOrDigit(stem.charAt(i)) && exact.containsKey(stem.substring(0, i))) {
                return stem.substring(0, i);
            }
        }
        return null;
    }

    /** The roster id {@code id} names: exactly, else ignoring case when that is unambiguous; null when none. */
    String id(String id) {
        String s = id.strip();
        if (exact.containsKey(s)) {
            return s;
        }
        List<String> f = folded.get(s.toLowerCase(Locale.ROOT));
        return f != null && f.size() == 1 ? f.get(0) : null;
    }
}
