package backpropgrader.marking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reason's kind and fields as a results file writes them beside the sentence (names and meanings in
 * {@link Reason}'s Javadoc; a writer puts {@code reason_} in front). Each kind has its fixed set of fields, in a
 * fixed order; values are strings, numbers (a Double; NaN or ∞ for "not a finite number"), booleans, lists of
 * strings, or null where the field does not apply to this reason.
 */
public final class ReasonFields {

    private ReasonFields() {
    }

    public static Map<String, Object> of(Reason r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", r.kind());
        add(r, out);
        return out;
    }

    private static void add(Reason r, Map<String, Object> out) {
        if (r instanceof Reason.FollowThrough f) {
            from("from", f.from(), out);
        } else if (r instanceof Reason.FollowThroughWithMistake f) {
            from("from", f.from(), out);
            out.put("mistake", f.misconception().id());
        } else if (r instanceof Reason.NoFollowThrough n) {
            from("from", n.from(), out);
            out.put("trivial_in", n.thisValue() ? "this" : "earlier");
            out.put("trivial", n.trivial().what());
            out.put("given", n.trivial().given());
        } else if (r instanceof Reason.Wrong w) {
            out.put("gives", w.gives());
            from("not_from", w.notFrom(), out);
        } else if (r instanceof Reason.FewerDecimals f) {
            out.put("typed", f.typed());
            out.put("read_as", f.readAs());
            from("from", f.from(), out);
        } else if (r instanceof Reason.Mistake m) {
            out.put("gives", m.gives());
            out.put("node", m.node());
            out.put("node_asked", m.place() != Reason.Place.NOT_ASKED);
            out.put("value", m.value());
        } else if (r instanceof Reason.SymbolicWrong s) {
            out.put("x", s.x());
            out.put("gives", s.gives());
            out.put("derivative", s.derivative());
        } else if (r instanceof Reason.Unreadable u) {
            out.put("problem", u.problem());
        } else if (r instanceof Reason.Adjusted a) {
            Map<String, Object> before = of(a.before());
            out.put("before", before.remove("kind"));
            out.putAll(before);
        }
    }

    private static void from(String name, List<Reason.Earlier> from, Map<String, Object> out) {
        out.put(name, from.stream().map(Reason.Earlier::key).toList());
        out.put(name + "_typed", from.stream().map(Reason.Earlier::typed).toList());
    }
}
