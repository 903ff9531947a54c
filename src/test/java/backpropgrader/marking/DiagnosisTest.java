package backpropgrader.marking;

import backpropgrader.engine.FixedInstance;
import backpropgrader.engine.Misconception;
import backpropgrader.engine.MistakePattern;
import backpropgrader.engine.NetworkGraph;
import backpropgrader.engine.Numbers;
import backpropgrader.engine.QuantityGraph;
import backpropgrader.exercise.FixedInstanceReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The explanations the whole-path diagnosis searches, and its bound. */
class DiagnosisTest {

    private static Variant example1(int steps) {
        FixedInstance fi = FixedInstanceReader.read(Path.of("exercises/lecture/example-1.json"));
        fi = new FixedInstance(fi.id(), fi.title(), fi.layers(), fi.activations(), fi.bias(), fi.loss(),
                fi.reduction(), fi.learningRate(), steps, fi.weights(), fi.biases(), fi.x(), fi.y());
        QuantityGraph g = NetworkGraph.build(fi);
        List<Asked> asked = g.quantities().stream().filter(q -> !q.isGiven()).map(q -> Asked.number(q.key(), 1))
                .toList();
        return new Variant("s1", fi.id(), "family", "1", fi.title(), fi, g, asked, Marking.DEFAULT, false);
    }

    @Test
    void aPatternIsOneMisconceptionThroughoutOneLectureStep() {
        List<MistakePattern> patterns = example1(2).graph().mistakePatterns();
        MistakePattern sign = patterns.stream().filter(p -> p.misconception() == Misconception.SIGN_ERROR)
                .findFirst().orElseThrow();
        assertEquals("Update weights", sign.step());
        assertEquals(List.of("w[2]_1,1,new", "w[2]_2,1,new", "w[1]_1,1,new", "w[1]_2,1,new", "w[1]_1,2,new",
                "w[1]_2,2,new"), sign.nodes());
        assertEquals(2, patterns.stream().filter(p -> p.misconception() == Misconception.SIGN_ERROR).count(),
                "one per step: the updates of rounds 1 and 2");
        assertTrue(patterns.stream().anyMatch(p -> p.misconception() == Misconception.STALE_WEIGHTS
                && p.nodes().contains("z[2]_1@2") && p.nodes().contains("z[1]_1@2")), patterns.toString());
    }

    @Test
    void answersWithoutSlipsNeedNoSearch() {
        Variant v = example1(1);
        Map<String, String> right = new LinkedHashMap<>();
        v.asked().forEach(a -> right.put(a.key(), Numbers.fixed(v.reference().get(a.key()), 3)));
        assertEquals(Verdict.CORRECT, Marker.mark(v, right).items().get(0).verdict());
        Work w = work(v, right);
        assertEquals(1, w.explanations().size());
        assertTrue(w.explanations().get(0).patterns().isEmpty());
    }

    @Test
    void anythingAtAllIsExplainedWithinTheBound() {
        Variant v = example1(2);
        SplittableRandom rng = new SplittableRandom(3);
        for (int n = 0; n < 20; n++) {
            Map<String, String> noise = new LinkedHashMap<>();
            v.asked().forEach(a -> noise.put(a.key(), Numbers.fixed(rng.nextDouble(-3, 3), 3)));
            Work w = work(v, noise);
            int least = w.explanations().get(0).cost();
            for (Diagnosis.Explanation e : w.explanations()) {
                assertTrue(e.patterns().size() <= 2, "at most two patterns");
                assertEquals(least, e.cost(), "only the cheapest are kept");
            }
            assertTrue(least <= Diagnosis.Explanation.own(w).cost());
        }
    }

    private static Work work(Variant v, Map<String, String> typed) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        v.asked().forEach(a -> answers.put(a.key(), AnswerParser.parse(typed.get(a.key()))));
        return Marker.work(v, answers);
    }
}
