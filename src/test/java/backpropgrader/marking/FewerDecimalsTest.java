package backpropgrader.marking;

import backpropgrader.engine.FixedInstance;
import backpropgrader.engine.NetworkGraph;
import backpropgrader.engine.QuantityGraph;
import backpropgrader.exercise.FixedInstanceReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * An answer with fewer decimals than the sheet asks is read as if padded with zeros, by every decision alike: the
 * answer key (which the collusion check uses too), follow-through and the reason of a wrong answer.
 */
class FewerDecimalsTest {

    private static final Marking SHEET = new Marking(3, 0, 0, 1);

    private static Variant example1() {
        FixedInstance fi = FixedInstanceReader.read(Path.of("exercises/lecture/example-1.json"));
        QuantityGraph g = NetworkGraph.build(fi);
        List<Asked> asked = List.of(Asked.number("z[1]_1", 1), Asked.number("h[1]_1", 1), Asked.number("J", 1),
                Asked.number("dJ/dw[2]_1,1", 1));
        return new Variant("s1", fi.id(), "family", "1", fi.title(), fi, g, asked, SHEET, false);
    }

    @Test
    void anAnswerToFewerPlacesStandsForItsValuePaddedWithZeros() {
        assertEquals(Tolerance.window(0.25, 3, SHEET), Tolerance.window(0.25, 2, SHEET));
        assertEquals(Tolerance.window(4, 3, SHEET), Tolerance.window(4, 0, SHEET));
        assertEquals("0.080", Padding.padded("0.08", 1));
        assertEquals("4.000", Padding.padded("4", 3));
        assertEquals("−0,050", Padding.padded("−0,05", 1));
    }

    @Test
    void theAnswerKeyJudgesTwoPlacesAsTheSamePaddedToThree() {
        AnswerKey key = AnswerKey.of(example1());
        SplittableRandom rng = new SplittableRandom(11);
        for (String k : key.keys()) {
            for (int i = 0; i < 200; i++) {
                double v = Math.round((key.exact(k) + rng.nextDouble(-0.05, 0.05)) * 100) / 100.0;
                assertEquals(key.accepts(k, v, 3), key.accepts(k, v, 2), k + " = " + v);
                assertEquals(key.accepts(k, v, 3), key.deciderAt(key.keys().indexOf(k)).accepts(v, 2), k + " = " + v);
            }
        }
    }

    @Test
    void theReasonSaysSoOnlyWhereThePaddingDecides() {
        Variant v = example1();
        // J = 2.52 stands for 2.520, which rounding the intermediates reaches (the lecture's own): correct
        MarkedExercise m = Marker.mark(v, Map.of("J", "2.52", "h[1]_1", "0.78", "dJ/dw[2]_1,1", "-1.9"));
        assertEquals(Verdict.CORRECT, item(m, "J").verdict());
        Reason.FewerDecimals h = assertInstanceOf(Reason.FewerDecimals.class, item(m, "h[1]_1").why());
        assertEquals(List.of("0.78", "0.780", List.of()), List.of(h.typed(), h.readAs(), h.from()));
        // −1.9 is wrong to the one place written as well (−1.7447 is −1.7 there): nothing about decimals
        assertInstanceOf(Reason.Wrong.class, item(m, "dJ/dw[2]_1,1").why());
        // a slip in z carried through: h = 0.88 is σ(2.0) = 0.8808 to two places, not read as 0.880
        MarkedExercise slip = Marker.mark(v, Map.of("z[1]_1", "2.0", "h[1]_1", "0.88"));
        Reason.FewerDecimals own = assertInstanceOf(Reason.FewerDecimals.class, item(slip, "h[1]_1").why());
        assertEquals(List.of("z[1]_1"), own.from().stream().map(Reason.Earlier::key).toList());
    }

    private static ItemResult item(MarkedExercise m, String key) {
        return m.items().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }
}
