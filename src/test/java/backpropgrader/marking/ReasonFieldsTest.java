package backpropgrader.marking;

import backpropgrader.engine.Misconception;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The kind and fields a results file writes beside each reason's sentence. */
class ReasonFieldsTest {

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            out.put((String) kv[i], kv[i + 1]);
        }
        return out;
    }

    @Test
    void eachKindHasItsFixedFieldsInOrder() {
        Reason.Correct c = new Reason.Correct(1.1633, 3);
        Reason.Earlier h = new Reason.Earlier("h[1]_1", "h_1", "0,881");
        assertEquals(map("kind", "rounding"), ReasonFields.of(Reason.ROUNDING));
        assertEquals(map("kind", "follow-through", "from", List.of("h[1]_1"), "from_typed", List.of("0,881")),
                ReasonFields.of(new Reason.FollowThrough(List.of(h), c)));
        assertEquals(map("kind", "follow-through-mistake", "from", List.of("h[1]_1"), "from_typed", List.of("0,881"),
                "mistake", "sign-error"), ReasonFields.of(new Reason.FollowThroughWithMistake(List.of(h),
                Misconception.SIGN_ERROR, c)));
        assertEquals(map("kind", "no-follow-through", "from", List.of("h[1]_1"), "from_typed", List.of("0,881"),
                "trivial_in", "this", "trivial", "zero", "given", null),
                ReasonFields.of(new Reason.NoFollowThrough(List.of(h), true, Reason.Trivial.ZERO, c)));
        assertEquals(map("kind", "wrong", "gives", 7.5, "not_from", List.of(), "not_from_typed", List.of()),
                ReasonFields.of(new Reason.Wrong(c, 7.5, List.of())));
        assertEquals(map("kind", "fewer-decimals", "typed", "0,88", "read_as", "0,880", "from", List.of("h[1]_1"),
                "from_typed", List.of("0,881")), ReasonFields.of(new Reason.FewerDecimals(c, "0,88", "0,880",
                List.of(h))));
        assertEquals(map("kind", "misconception", "gives", null, "node", "dJ/dw[1]_1,2", "node_asked", true,
                "value", -0.048), ReasonFields.of(new Reason.Mistake(c, null, Misconception.SWAPPED_INDICES,
                "dJ/dw[1]_1,2", "∂J/∂w[1]_1,2", Reason.Place.ASKED, -0.048)));
        assertEquals(map("kind", "symbolic-wrong", "x", -1.9, "gives", Double.NaN, "derivative", -882.09552),
                ReasonFields.of(new Reason.SymbolicWrong(-1.9, Double.NaN, -882.09552, "12*x")));
        assertEquals(map("kind", "symbolic-correct"), ReasonFields.of(new Reason.SymbolicCorrect("12*x")));
        assertEquals(map("kind", "unreadable", "problem", "'1/0' divides by zero"),
                ReasonFields.of(new Reason.Unreadable("'1/0' divides by zero")));
    }

    @Test
    void anAdjustedReasonNamesTheKindBeforeWithItsFieldsAndARecordedOneOnlyItsKind() {
        Reason before = new Reason.NoFollowThrough(List.of(new Reason.Earlier("yhat_1", "ŷ_1", "4")), false,
                Reason.Trivial.given("y_1", "y_1"), new Reason.Correct(2.5191, 3));
        Map<String, Object> fields = ReasonFields.of(new Reason.Adjusted(before));
        assertEquals(Arrays.asList("kind", "before", "from", "from_typed", "trivial_in", "trivial", "given"),
                List.copyOf(fields.keySet()));
        assertEquals("adjusted", fields.get("kind"));
        assertEquals("no-follow-through", fields.get("before"));
        assertEquals("y_1", fields.get("given"));
        assertEquals(map("kind", "follow-through"), ReasonFields.of(new Reason.Recorded("follow-through", "…")));
    }
}
