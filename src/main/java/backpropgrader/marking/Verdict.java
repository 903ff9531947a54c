package backpropgrader.marking;

/** An item's verdict (docs/FORMATS.md); precedence when several could apply: correct, follow-through, wrong. */
public enum Verdict {
    CORRECT("correct"), FOLLOW_THROUGH("follow-through"), WRONG("wrong"), MISSING("missing");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    /** The name written in results.json and items.csv. */
    public String id() {
        return id;
    }

    public static Verdict parse(String id) {
        for (Verdict v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("no verdict '" + id + "'");
    }
}
