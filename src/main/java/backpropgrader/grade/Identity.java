package backpropgrader.grade;

import backpropgrader.exercise.Student;
import backpropgrader.kernel.Excerpt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who a submission belongs to (DESIGN.md §5): its {@code student} field, else its file name, mapped through the
 * roster. Ids match exactly, else ignoring case when that is unambiguous; a file name matches an id exactly or
 * as its first part ({@code s1234-answers.json}). When the field names nobody on the roster but the file name
 * does, the file name wins, with a warning.
 */
final class Identity {

    /** The resolved id, whether it is on the roster, and what was odd about it. */
    record Resolved(String id, boolean onRoster, String how, List<String> warnings) {
    }

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

    Resolved resolve(String claimed, String fileName, String source) {
        String byName = fileName == null ? null : fromFileName(SubmissionReader.stem(fileName));
        List<String> warnings = new ArrayList<>();
        if (claimed != null) {
            String id = lookup(claimed);
            if (id != null) {
                if (byName != null && !byName.equals(id)) {
                    warnings.add(source + ": the student field says " + Excerpt.quoted(claimed)
                            + " but the file name says '" + byName + "'; graded as " + id + ".");
                }
                return new Resolved(id, true, "the student field", warnings);
            }
            if (byName != null) {
                warnings.add(source + ": the student field " + Excerpt.quoted(claimed) + " is not on the roster;"
                        + " graded as " + byName + ", from the file name.");
                return new Resolved(byName, true, "the file name", warnings);
            }
            return new Resolved(claimed, false, "the student field", warnings);
        }
        if (byName != null) {
            return new Resolved(byName, true, "the file name", warnings);
        }
        return new Resolved(fileName == null ? "" : SubmissionReader.stem(fileName), false, "the file name", warnings);
    }

    /**
     * A submission an LMS download names as {@code owner}'s: the download is authenticated, so it wins; a
     * {@code student} field that names someone else is a warning.
     */
    Resolved fromLms(String owner, String claimed, String source) {
        List<String> warnings = new ArrayList<>();
        if (claimed != null && !owner.equals(lookup(claimed))) {
            warnings.add(source + ": the student field says " + Excerpt.quoted(claimed) + " but the LMS download"
                    + " says the submission is " + owner + "'s; graded as " + owner + ".");
        }
        return new Resolved(owner, true, "the LMS download", warnings);
    }

    /** The roster id for a file name's stem, or null. */
    String fromFileName(String stem) {
        String id = lookup(stem);
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

    private String lookup(String id) {
        String s = id.strip();
        if (exact.containsKey(s)) {
            return s;
        }
        List<String> f = folded.get(s.toLowerCase(Locale.ROOT));
        return f != null && f.size() == 1 ? f.get(0) : null;
    }
}
