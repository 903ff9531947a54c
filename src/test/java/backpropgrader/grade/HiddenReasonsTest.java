package backpropgrader.grade;

import backpropgrader.engine.Misconception;
import backpropgrader.engine.Numbers;
import backpropgrader.engine.Quantity;
import backpropgrader.engine.QuantityGraph;
import backpropgrader.engine.Values;
import backpropgrader.marking.Asked;
import backpropgrader.marking.Audience;
import backpropgrader.marking.ItemResult;
import backpropgrader.marking.Marker;
import backpropgrader.marking.NumberStyle;
import backpropgrader.marking.Reason;
import backpropgrader.marking.ReasonSentence;
import backpropgrader.marking.Variant;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a course hides stays hidden, whatever the reason: for the items of every golden case and of a synthesised
 * class (a slip, a given value copied or a catalogued mistake at one node, carried through), the sentences a
 * student reads with the correct values hidden hold no correct value at 2 to 6 places (nor the reference
 * expression), and with the misconceptions hidden no named mistake. What the student wrote themselves (their
 * answers as typed, what their own expression or mistake gives) is theirs to see and is left out of the search.
 */
class HiddenReasonsTest {

    private static final NumberStyle COMMA = engineNumber -> engineNumber.replace('.', ',');

    @Test
    void aHiddenCorrectValueOrMistakeNeverAppearsInAReason() throws IOException {
        List<ItemResult> items = items();
        Set<String> kinds = new TreeSet<>();
        for (ItemResult i : items) {
            kinds.add(i.why().kind());
            for (NumberStyle numbers : List.of(NumberStyle.ENGINE, COMMA)) {
                for (boolean misconceptions : new boolean[] {true, false}) {
                    String s = ReasonSentence.of(i.why(), new Audience(false, misconceptions, numbers));
                    assertFalse(holdsExpected(withoutTheirOwn(s, i.why(), numbers), i), i + " reads: " + s);
                }
                String s = ReasonSentence.of(i.why(), new Audience(true, false, numbers));
                for (Misconception m : Misconception.values()) {
                    assertFalse(s.contains(m.title()) || s.contains(m.id()), i + " reads: " + s);
                }
                assertFalse(s.contains("known mistake") || s.contains("Your value is that of"), s);
            }
        }
        assertTrue(items.size() > 500, "a few hundred items at least: " + items.size());
        assertTrue(kinds.containsAll(Set.of("fewer-decimals", "follow-through", "follow-through-mistake",
                "misconception", "missing", "no-follow-through", "rounding", "symbolic-correct", "symbolic-wrong",
                "unreadable", "wrong")),
                "every kind the marker gives for a wrong or hidden value is searched: " + kinds);
    }

    /** The correct value at 2 to 6 places (fixed, or the "beyond" a full sentence writes), or the expression. */
    private static boolean holdsExpected(String s, ItemResult i) {
        if (i.expected() instanceof String expression) {
            return s.contains(expression);
        }
        double x = (Double) i.expected();
        for (int d = 2; d <= 6; d++) {
            for (String n : List.of(Numbers.fixed(x, d), Numbers.beyond(x, d))) {
                if (s.contains(n) || s.contains(COMMA.localise(n))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The sentence without what the student wrote or got themselves: their answers as typed, the values of their
     * expression and of their mistake, and the reader's account of text it could not read (which quotes it).
     */
    private static String withoutTheirOwn(String s, Reason r, NumberStyle numbers) {
        String out = s;
        List<String> theirs = new ArrayList<>();
        if (r instanceof Reason.Unreadable u) {
            theirs.add(u.problem());
        }
        List<Reason.Earlier> earlier = r instanceof Reason.FollowThrough f ? f.from()
                : r instanceof Reason.NoFollowThrough n ? n.from() : r instanceof Reason.Wrong w ? w.notFrom()
                : r instanceof Reason.FewerDecimals f ? f.from()
                : r instanceof Reason.FollowThroughWithMistake m ? m.from() : List.of();
        earlier.forEach(e -> theirs.add(e.typed()));
        if (r instanceof Reason.FewerDecimals f) {
            theirs.add(f.readAs()); // before what was typed, which it begins with
            theirs.add(f.typed());
        }
        if (r instanceof Reason.Wrong w && w.gives() != null) {
            theirs.add(numbers.localise(Numbers.plain(w.gives())));
        }
        if (r instanceof Reason.Mistake m) {
            if (m.gives() != null) {
                theirs.add(numbers.localise(Numbers.plain(m.gives())));
            }
            theirs.add(numbers.localise(Numbers.fixed(m.value(), m.correct().decimals())));
        }
        if (r instanceof Reason.SymbolicWrong w) {
            theirs.add(numbers.localise(Numbers.plain(w.gives())));
        }
        for (String t : theirs) {
            out = out.replace(t, "…");
        }
        return out;
    }

    private static List<ItemResult> items() throws IOException {
        List<ItemResult> out = new ArrayList<>();
        List<Variant> variants = new ArrayList<>();
        for (Path p : GoldenCase.all()) {
            GoldenCase c = GoldenCase.load(p);
            GoldenCasesTest.grade(c).students().forEach(s -> out.addAll(s.items()));
            c.variants().values().forEach(variants::addAll);
        }
        SplittableRandom rng = new SplittableRandom(20240917);
        for (Variant v : variants) {
            for (int n = 0; n < 8 && v.graph() != null; n++) {
                out.addAll(Marker.mark(v, carriedThrough(v, rng)).items());
            }
        }
        return out;
    }

    /** Answers with one departure from the correct path (a slip, 0, 1, a given value, a catalogued mistake). */
    private static Map<String, String> carriedThrough(Variant v, SplittableRandom rng) {
        QuantityGraph g = v.graph();
        List<Quantity> computed = g.quantities().stream().filter(q -> !q.isGiven()).toList();
        Quantity at = computed.get(rng.nextInt(computed.size()));
        double exact = g.evaluate().get(at.key());
        Values own;
        if (!at.alternatives().isEmpty() && rng.nextBoolean()) {
            var alternative = List.copyOf(at.alternatives().values()).get(rng.nextInt(at.alternatives().size()));
            own = g.evaluateWith(Map.of(), q -> q.key().equals(at.key()) ? alternative : q.formula());
        } else {
            double given = g.quantities().stream().filter(Quantity::isGiven).findFirst().orElseThrow().given();
            double[] departures = {exact + 0.3, -exact, 2 * exact, 0, 1, given};
            own = g.evaluateWith(Map.of(at.key(), departures[rng.nextInt(departures.length)]));
        }
        Map<String, String> raw = new LinkedHashMap<>();
        int d = v.marking().decimals();
        for (Asked a : v.asked()) {
            int style = rng.nextInt(8);
            raw.put(a.key(), a.symbolic() ? (style == 0 ? "12x(2x^2-1" : style == 1 ? "3x" : a.expectedExpression())
                    : style == 0 ? "" : style == 1 ? "1 + " + Numbers.fixed(own.get(a.key()) - 1, d)
                    : Numbers.fixed(own.get(a.key()), d));
        }
        return raw;
    }
}
