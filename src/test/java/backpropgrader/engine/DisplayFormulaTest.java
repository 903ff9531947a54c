package backpropgrader.engine;

import backpropgrader.exercise.FixedInstanceReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A formula as the lecture writes it with some error terms kept as references (somebody's own answers, which the
 * steps after them carry on from): compared with writing every formula out again from the definition, for every
 * node and every error term kept, on the lecture's networks and on random deep ones; where the kept term is not
 * written out in a formula, the formula is the one shared by every world.
 */
class DisplayFormulaTest {

    @Test
    void keepingAnErrorTermChangesExactlyTheFormulasThatWriteItOut() {
        int changed = 0;
        int shared = 0;
        SplittableRandom root = new SplittableRandom(5_2026L);
        List<QuantityGraph> graphs = new java.util.ArrayList<>();
        for (String name : List.of("example-1", "quiz-1.2", "example-2", "quiz-1.3")) {
            graphs.add(NetworkGraph.build(FixedInstanceReader.read(Path.of("exercises/lecture", name + ".json"))));
        }
        for (int i = 0; i < 30; i++) {
            graphs.add(NetworkGraph.build(RandomNetworks.draw(i, root.split())));
        }
        for (QuantityGraph g : graphs) {
            for (Quantity kept : g.quantities()) {
                if (kept.role() != Quantity.Role.ERROR_TERM) {
                    continue;
                }
                for (Quantity q : g.quantities()) {
                    if (q.isGiven()) {
                        continue;
                    }
                    Expr got = g.displayFormula(q.key(), Set.of(kept.key()));
                    assertEquals(writtenOut(g, q.key(), Set.of(kept.key())), got, q.key() + " keeping " + kept.key());
                    if (got.equals(g.displayFormula(q.key()))) {
                        assertSame(g.displayFormula(q.key()), got, q.key() + " keeping " + kept.key());
                        shared++;
                    } else {
                        changed++;
                    }
                }
            }
        }
        assertTrue(changed > 100 && shared > 1000, "changed " + changed + ", shared " + shared);
    }

    /** The definition: error terms written out in place unless kept or longer than six symbols, recursively. */
    private static Expr writtenOut(QuantityGraph g, String key, Set<String> kept) {
        return g.get(key).formula().substitute(k -> writtenOutInPlace(g, k) && !kept.contains(k)
                ? writtenOut(g, k, kept) : null);
    }

    private static boolean writtenOutInPlace(QuantityGraph g, String key) {
        if (g.get(key).role() != Quantity.Role.ERROR_TERM) {
            return false;
        }
        Set<String> refs = new HashSet<>();
        g.displayFormula(key).collectRefs(refs);
        return refs.size() <= 6;
    }
}
