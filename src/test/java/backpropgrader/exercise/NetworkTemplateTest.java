package backpropgrader.exercise;

import backpropgrader.engine.Expr;
import backpropgrader.engine.FixedInstance;
import backpropgrader.engine.NetworkGraph;
import backpropgrader.engine.NetworkTemplate;
import backpropgrader.engine.Quantity;
import backpropgrader.engine.QuantityGraph;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A template given a drawn instance's numbers is the graph built for that instance, formula for formula. */
class NetworkTemplateTest {

    private static void assertSameGraph(QuantityGraph built, QuantityGraph given) {
        assertEquals(built.exercise(), given.exercise());
        assertEquals(built.singleHiddenLayer(), given.singleHiddenLayer());
        assertEquals(built.quantities(), given.quantities(), "keys, roles, formulas, alternatives and givens");
        assertEquals(built.evaluate().asMap(), given.evaluate().asMap(), "every value, to the last bit");
        assertEquals(built.handReference(3).reach(built.quantities().get(built.quantities().size() - 1).key()),
                given.handReference(3).reach(given.quantities().get(given.quantities().size() - 1).key()));
        // what the template's graphs share between them (their shape's memo) is what a graph of its own computes
        assertEquals(built.mistakePatterns(), given.mistakePatterns());
        for (Quantity q : built.quantities()) {
            assertEquals(built.display(q.key()), given.display(q.key()));
            assertEquals(built.step(q.key()), given.step(q.key()), q.key());
            if (!q.isGiven()) {
                assertEquals(built.displayFormula(q.key()), given.displayFormula(q.key()), q.key());
            }
        }
    }

    /** The bundled families that are networks (at least five). */
    private static List<Family> networkFamilies() {
        List<Family> out = TestCourses.bundledFamilies().stream()
                .filter(f -> f.structure() instanceof FamilyStructure.Network).toList();
        assertTrue(out.size() >= 5, "the bundled network families: " + out.size());
        return out;
    }

    private static NetworkTemplate templateOf(Family f) {
        return new NetworkTemplate(NetworkDraw.probe(f.id(), (FamilyStructure.Network) f.structure(), f.grids()));
    }

    @Test
    void everyBundledNetworkFamilysDrawsGetTheGraphBuildWouldMake() {
        int families = 0;
        for (Family f : networkFamilies()) {
            NetworkTemplate template = templateOf(f);
            Well19937c rng = new Well19937c(42 + ++families);
            for (int i = 0; i < 40; i++) {
                FixedInstance in = NetworkDraw.draw(f, (FamilyStructure.Network) f.structure(), rng);
                assertSameGraph(NetworkGraph.build(in), template.graph(in));
            }
        }
    }

    @Test
    void drawsOfOneShapeShareTheirDisplayedFormulasInEveryBundledFamily() {
        for (Family f : networkFamilies()) {
            NetworkTemplate template = templateOf(f);
            Well19937c rng = new Well19937c(3);
            List<QuantityGraph> graphs = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                graphs.add(template.graph(NetworkDraw.draw(f, (FamilyStructure.Network) f.structure(), rng)));
            }
            assertNotEquals(graphs.get(0).evaluate().asMap(), graphs.get(1).evaluate().asMap(), "other numbers");
            // one formula object per shape met: a family's draws come in one or two shapes (targets that sum to
            // one or not), and each shape's graph is made once; a graph of its own per draw made twelve
            for (Quantity q : graphs.get(0).quantities()) {
                if (q.isGiven()) {
                    continue;
                }
                Set<Expr> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
                graphs.stream().filter(g -> g.has(q.key())).forEach(g -> distinct.add(g.displayFormula(q.key())));
                assertTrue(distinct.size() <= 2, f.id() + " " + q.key() + ": " + distinct.size() + " objects");
            }
        }
    }

    @Test
    void anInstanceOfAnotherNetworkIsBuiltInFull() {
        Family one = VariantsTest.bundled("example-1-single-sample");
        Family batch = VariantsTest.bundled("quiz-1.3-batch-sigmoid");
        FixedInstance other = NetworkDraw.draw(batch, (FamilyStructure.Network) batch.structure(), new Well19937c(7));
        NetworkTemplate template = new NetworkTemplate(NetworkDraw.probe(one.id(),
                (FamilyStructure.Network) one.structure(), one.grids()));
        QuantityGraph g = template.graph(other);
        assertSameGraph(NetworkGraph.build(other), g);
        assertNotEquals(template.graph(NetworkDraw.probe(one.id(), (FamilyStructure.Network) one.structure(),
                one.grids())).quantities().size(), g.quantities().size(), "two networks, two graphs");
    }
}
