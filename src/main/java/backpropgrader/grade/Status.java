package backpropgrader.grade;

/** What happened to a student's submission (docs/FORMATS.md "Results"). */
public enum Status {
    GRADED("graded"), UNREADABLE("unreadable"), NOT_SUBMITTED("not-submitted"), UNKNOWN_STUDENT("unknown-student");

    private final String id;

    Status(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Whether this status makes {@code grade} exit with 1 (the README's commands). */
    public boolean needsAttention() {
        return this == UNREADABLE || this == UNKNOWN_STUDENT;
    }
}
