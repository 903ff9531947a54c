package backpropgrader.engine;

import backpropgrader.exercise.FixedInstanceReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Marking's reachable sets without the dependency over-reach ({@link TightInterval}): never narrower than what a
 * careful hand computation reaches — every combination of rounding choices of every intermediate, on small graphs,
 * ends inside — only narrower than plain interval arithmetic where a formula uses one quantity twice, and the
 * lecture's printed values keep their verdicts.
 */
class TightReachTest {

    private static final int DECIMALS = 3;
    /** Graphs small enough to enumerate: at most this many computed ancestors (4 choices each). */
    private static final int MAX_ANCESTORS = 7;

    @Test
    void hTimesOneMinusHIsTheRangeOfOneWrittenH() {
        Expr f = Expr.product(Expr.ref("h"), Expr.minus(Expr.num(1), Expr.ref("h")));
        Interval h = new Interval(0.7765, 0.7775);
        Interval tight = TightInterval.of(f, k -> h);
        assertEquals(0.7775 * 0.2225, tight.lo(), 1e-15);
        assertEquals(0.7765 * 0.2235, tight.hi(), 1e-15);
        Interval plain = f.interval(k -> h);
        assertTrue(plain.lo() < tight.lo() - 1e-4 && plain.hi() > tight.hi() + 1e-4, plain + " vs " + tight);
        // around h = ½, where h(1 − h) is not monotone, the peak ¼ stays inside
        Interval top = TightInterval.of(f, k -> new Interval(0.4995, 0.5005));
        assertTrue(top.contains(0.25) && top.lo() >= 0.4995 * 0.5005 - 1e-7 - 1e-9, top.toString());
    }

    @Test
    void everyRoundingChoiceOfEveryIntermediateEndsInsideTheSetOnSmallGraphs() {
        List<Values> graphs = new ArrayList<>();
        for (String name : List.of("example-1", "example-2", "quiz-1.2", "quiz-1.3")) {
            graphs.add(NetworkGraph.build(FixedInstanceReader.read(Path.of("exercises/lecture", name + ".json")))
                    .evaluate());
        }
        SplittableRandom root = new SplittableRandom(5_11_2024L);
        for (int i = 0; i < 40; i++) {
            FixedInstance in = RandomNetworks.draw(i, root.split());
            Values v = NetworkGraph.build(in).evaluate();
            if (AllFinite.of(v)) {
                graphs.add(v);
            }
        }
        int outcomes = 0;
        int targets = 0;
        for (Values exact : graphs) {
            QuantityGraph g = exact.graph();
            HandComputation tight = HandComputation.tightReference(exact, k -> DECIMALS);
            HandComputation plain = HandComputation.reference(exact, k -> DECIMALS);
            for (Quantity q : g.quantities()) {
                if (q.isGiven()) {
                    continue;
                }
                Interval t = tight.reach(q.key());
                Interval p = plain.reach(q.key());
                assertTrue(t.lo() >= p.lo() - slack(p) && t.hi() <= p.hi() + slack(p),
                        g.exercise() + " " + q.key() + ": tight " + t + " is not inside plain " + p);
                List<Quantity> up = g.quantities().stream()
                        .filter(a -> !a.isGiven() && g.ancestors(q.key()).contains(a.key())).toList();
                if (up.size() <= MAX_ANCESTORS) {
                    outcomes += enumerate(exact, up, 0, new HashMap<>(), q, t);
                    targets++;
                }
            }
        }
        assertTrue(targets > 150 && outcomes > 50_000, targets + " targets, " + outcomes + " outcomes");
    }

    /** Every written value of each intermediate in turn: as computed, rounded, or at either end of its window. */
    private static int enumerate(Values exact, List<Quantity> up, int next, Map<String, Double> written,
                                 Quantity target, Interval reach) {
        QuantityGraph g = exact.graph();
        if (next == up.size()) {
            double v = target.formula().eval(k -> written.containsKey(k) ? written.get(k) : g.get(k).given());
            assertTrue(!Double.isFinite(v) || reach.contains(v), g.exercise() + " " + target.key() + " = " + v
                    + " from " + written + " is outside " + reach);
            return 1;
        }
        Quantity a = up.get(next);
        double computed = a.formula().eval(k -> written.containsKey(k) ? written.get(k) : g.get(k).given());
        double half = 0.5 * Math.pow(10, -DECIMALS) * 0.999;
        double x = exact.get(a.key());
        int n = 0;
        for (double choice : new double[] {computed, Numbers.round(computed, DECIMALS), x - half, x + half}) {
            written.put(a.key(), choice);
            n += enumerate(exact, up, next + 1, written, target, reach);
        }
        written.remove(a.key());
        return n;
    }

    private static double slack(Interval i) {
        return 1e-12 * Math.max(1, Math.max(Math.abs(i.lo()), Math.abs(i.hi())));
    }

    @Test
    void theLecturesPrintedValuesKeepTheirVerdicts() {
        HandComputation ex1 = HandComputation.tightReference(values("example-1"), key -> 3);
        assertTrue(ex1.fits("dJ/dw[2]_1,1", -1.744, 3));
        assertTrue(ex1.fits("dJ/dw[1]_1,1", -0.388, 3));
        assertTrue(ex1.fits("dJ/dw[1]_1,1", -0.389, 3));
        assertFalse(ex1.fits("dJ/dw[1]_1,1", -0.385, 3));
        assertFalse(ex1.fits("dJ/dw[1]_1,1", -0.392, 3));
        // plain interval arithmetic reaches −0.387 with two independent h's; no hand computation does
        assertTrue(HandComputation.reference(values("example-1"), key -> 3).fits("dJ/dw[1]_1,1", -0.387, 3));
        assertFalse(ex1.fits("dJ/dw[1]_1,1", -0.387, 3));

        HandComputation ex2 = HandComputation.tightReference(values("example-2"), key -> 3);
        assertTrue(ex2.fits("dJ(3)/dw[1]_1,1", -3.309, 3));
        assertTrue(ex2.fits("dJ(2)/dw[1]_1,1", -3.555, 3));
        assertFalse(ex2.fits("dJ(2)/dw[1]_1,1", -3.540, 3));
    }

    private static Values values(String name) {
        return NetworkGraph.build(FixedInstanceReader.read(Path.of("exercises/lecture", name + ".json"))).evaluate();
    }

    /** Whether every quantity is a finite number (no overflowing exp, no ln 0). */
    private static final class AllFinite {
        static boolean of(Values v) {
            return v.graph().quantities().stream().allMatch(q -> Double.isFinite(v.get(q.key())));
        }
    }
}
