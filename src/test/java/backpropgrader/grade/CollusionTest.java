package backpropgrader.grade;

import backpropgrader.marking.Answer;
import backpropgrader.marking.AnswerKey;
import backpropgrader.marking.AnswerParser;

import backpropgrader.engine.FixedInstance;
import backpropgrader.exercise.FixedInstanceReader;
import backpropgrader.engine.NetworkGraph;
import backpropgrader.marking.Asked;
import backpropgrader.marking.Marking;
import backpropgrader.marking.Variant;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Collusion in a large class: copies found among thousands by the index, not by comparing everyone with everyone. */
class CollusionTest {

    private static final List<String> ASKED = List.of("z[1]_1", "z[1]_2", "h[1]_1", "h[1]_2", "yhat_1", "J",
            "dJ/dw[2]_1,1", "dJ/dw[1]_1,1", "w[2]_1,1,new", "w[1]_1,1,new");

    @Test
    void findsTheCopiersInAClassOfThreeThousand() {
        FixedInstance base = FixedInstanceReader.read(Path.of("exercises/lecture/example-1.json"));
        SplittableRandom random = new SplittableRandom(9);
        int n = 3000;
        List<AnswerKey> keys = new ArrayList<>();
        List<Map<String, Double>> reference = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[][][] w = {{{grid(random, 0.1, 1), grid(random, 1, 3)}, {grid(random, 0.5, 2), grid(random, 2, 4)}},
                    {{grid(random, 0.5, 1.5)}, {grid(random, 0.5, 1.5)}}};
            FixedInstance fi = base.withWeights(w, null);
            List<Asked> asked = ASKED.stream().map(k -> Asked.number(k, 1)).toList();
            Variant v = new Variant("s" + i, fi.id(), "f", "1", "t", fi, NetworkGraph.build(fi), asked,
                    Marking.DEFAULT, false);
            keys.add(AnswerKey.of(v));
            reference.add(v.reference().asMap());
        }
        long start = System.nanoTime();
        Collusion c = new Collusion(keys);
        int alsoFlagged = 0;
        for (int i = 0; i < n; i++) {
            // every tenth student copies the student after them, retyped with a decimal comma
            int source = i % 10 == 0 ? (i + 1) % n : i;
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (String k : ASKED) {
                answers.put(k, AnswerParser.parse(String.format("%.3f", reference.get(source).get(k))
                        .replace('.', ',')));
            }
            List<String> flags = c.flags(Collusion.Answers.of("s" + i, Map.of(base.id(), answers)));
            if (i == source) {
                assertEquals(List.of(), flags, "s" + i + " answered their own variant");
            } else {
                assertTrue(flags.contains("collusion:s" + source), "s" + i + ": " + flags);
                alsoFlagged += flags.size() - 1;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // Another variant that happens to share half of the copied numbers is flagged too, as the rule says;
        // with weights on a 0.01 grid that is rare.
        assertTrue(alsoFlagged <= n / 100, alsoFlagged + " further flags");
        assertTrue(seconds < 10, "indexing and checking " + n + " students took " + seconds + " s");
    }

    /**
     * Sheets of 1 to 4 places and some with a relative tolerance give bounds of very different widths; the index
     * must flag exactly what comparing every answer with every other student's key by the rule itself flags.
     */
    @Test
    void flagsWhatComparingWithEveryoneFlagsWhenTheBoundsDifferInWidth() {
        flagsWhatComparingWithEveryoneFlags(5, 100);
    }

    /**
     * On a coarse grid many variants share a key's numbers (the index decides once for all of them), and some
     * answers are correct for more than a crowd of variants: still exactly what comparing with everyone flags.
     */
    @Test
    void flagsWhatComparingWithEveryoneFlagsWhenManyVariantsShareTheirNumbers() {
        flagsWhatComparingWithEveryoneFlags(6, 2);
    }

    /** {@code steps}: grid points per unit of a weight's range (100: a 0.01 grid). */
    private static void flagsWhatComparingWithEveryoneFlags(long seed, int steps) {
        FixedInstance base = FixedInstanceReader.read(Path.of("exercises/lecture/example-1.json"));
        SplittableRandom random = new SplittableRandom(seed);
        int n = 400;
        List<AnswerKey> keys = new ArrayList<>();
        List<Map<String, Double>> reference = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[][][] w = {{{grid(random, 0.1, 1, steps), grid(random, 1, 3, steps)},
                    {grid(random, 0.5, 2, steps), grid(random, 2, 4, steps)}},
                    {{grid(random, 0.5, 1.5, steps)}, {grid(random, 0.5, 1.5, steps)}}};
            FixedInstance fi = base.withWeights(w, null);
            Marking m = new Marking(1 + i % 4, 0, i % 7 == 0 ? 0.02 : 0, 1.0);
            Variant v = new Variant("s" + i, fi.id(), "f", "1", "t", fi, NetworkGraph.build(fi),
                    ASKED.stream().map(k -> Asked.number(k, 1)).toList(), m, false);
            keys.add(AnswerKey.of(v));
            reference.add(v.reference().asMap());
        }
        Collusion c = new Collusion(keys);
        int crowd = Math.max(20, n / 20);
        int flagged = 0;
        int crowded = 0;
        for (int i = 0; i < n; i++) {
            int source = i % 3 == 0 ? (i + 7) % n : i;
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (String k : ASKED) {
                answers.put(k, AnswerParser.parse(String.format(java.util.Locale.ROOT, "%." + (2 + i % 3) + "f",
                        reference.get(source).get(k))));
            }
            List<String> expected = new ArrayList<>();
            Map<String, Integer> fits = new java.util.TreeMap<>();
            int answered = 0;
            for (String k : ASKED) {
                Answer a = answers.get(k);
                answered++;
                if (keys.get(i).accepts(k, a.value(), a.decimals())) {
                    continue;
                }
                List<String> others = new ArrayList<>();
                for (AnswerKey other : keys) {
                    if (other != keys.get(i) && other.accepts(k, a.value(), a.decimals())) {
                        others.add(other.studentId());
                    }
                }
                if (others.size() <= crowd) {
                    others.forEach(o -> fits.merge(o, 1, Integer::sum));
                } else {
                    crowded++;
                }
            }
            for (Map.Entry<String, Integer> f : fits.entrySet()) {
                if (f.getValue() >= 3 && 2 * f.getValue() >= answered) {
                    expected.add("collusion:" + f.getKey());
                }
            }
            assertEquals(expected, c.flags(Collusion.Answers.of("s" + i, Map.of(base.id(), answers))), "s" + i);
            flagged += expected.isEmpty() ? 0 : 1;
        }
        // on the coarse grid most copied numbers are correct for a crowd of variants, and so say nothing
        assertTrue(flagged >= (steps >= 100 ? n / 10 : 5), "copies are flagged: " + flagged + " of " + (n + 2) / 3);
        assertTrue(crowded > 0 || steps >= 100, "some answers are correct for more than a crowd of variants");
    }

    private static double grid(SplittableRandom r, double lo, double hi) {
        return grid(r, lo, hi, 100); // a grid fine enough that variants differ
    }

    private static double grid(SplittableRandom r, double lo, double hi, int steps) {
        return Math.round((lo + r.nextDouble() * (hi - lo)) * steps) / (double) steps;
    }
}
