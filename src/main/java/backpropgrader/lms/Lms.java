package backpropgrader.lms;

import java.util.Locale;

/** The learning management systems whose files the tool reads and writes; NONE is a plain folder of files. */
public enum Lms {
    MOODLE, CANVAS, BLACKBOARD, NONE;

    /** "moodle", "canvas", "blackboard" (as on the command line). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The LMS named on the command line; NONE is not one of them. */
    public static Lms parse(String name) {
        for (Lms l : values()) {
            if (l != NONE && l.id().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        throw new IllegalArgumentException("expected moodle, canvas or blackboard, found '" + name + "'");
    }
}
