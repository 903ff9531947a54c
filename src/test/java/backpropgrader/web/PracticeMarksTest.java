package backpropgrader.web;

import backpropgrader.engine.FixedInstance;
import backpropgrader.engine.Misconception;
import backpropgrader.engine.NetworkGraph;
import backpropgrader.engine.Numbers;
import backpropgrader.engine.QuantityGraph;
import backpropgrader.engine.Values;
import backpropgrader.exercise.FixedInstanceReader;
import backpropgrader.marking.Asked;
import backpropgrader.marking.Marking;
import backpropgrader.marking.Variant;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The practice page's Check says what the feedback page says: hints in words, worked steps on the student's path. */
class PracticeMarksTest {

    private static final Variant V = example1();

    private static Variant example1() {
        FixedInstance fi = FixedInstanceReader.read(Path.of("exercises/lecture/example-1.json"));
        QuantityGraph g = NetworkGraph.build(fi);
        List<Asked> asked = g.quantities().stream().filter(q -> !q.isGiven()).map(q -> Asked.number(q.key(), 3))
                .toList();
        return new Variant("s1", fi.id(), "family", "1", fi.title(), fi, g, asked, Marking.DEFAULT, false);
    }

    /** Every asked value written correctly at 3 places. */
    private static Map<String, String> correct() {
        Values ref = V.reference();
        Map<String, String> typed = new LinkedHashMap<>();
        V.asked().forEach(a -> typed.put(a.key(), Numbers.fixed(ref.get(a.key()), 3)));
        return typed;
    }

    @Test
    void aMisconceptionsHintIsWordsWithoutTheCataloguesBackquotes() {
        Map<String, String> typed = correct();
        String key = "w[2]_1,1,new";
        double signError = V.graph().get(key).alternatives().get(Misconception.SIGN_ERROR).eval(V.reference()::get);
        typed.put(key, Numbers.fixed(signError, 3));
        String json = PracticeMarks.mark(V, typed);
        assertTrue(json.contains("\"misconception\":\"sign-error\""), "the sign error is named");
        assertTrue(json.contains("\"hint\":\"Gradient descent steps against the gradient: w_new = w_old"), "its hint");
        assertFalse(json.contains("`"), "no backquote reaches the page");
    }

    @Test
    void theWorkedSolutionCarriesOnFromTheStudentsOwnValue() {
        Map<String, String> typed = correct();
        double z = V.reference().get("z[1]_1") + 0.3;
        typed.put("z[1]_1", Numbers.fixed(z, 3));
        typed.put("h[1]_1", Numbers.fixed(1 / (1 + Math.exp(-Double.parseDouble(Numbers.fixed(z, 3)))), 3));
        String json = PracticeMarks.mark(V, typed);
        assertTrue(json.contains("\"own\":true"), "follow-through applied");
        int step = json.indexOf("\"key\":\"h[1]_1\",\"line\":");
        String line = json.substring(step, json.indexOf("\",", step + 25));
        assertTrue(line.contains("exp(−" + Numbers.fixed(z, 3) + ")"), "the next step carries on from the student's z: "
                + line);
    }
}
