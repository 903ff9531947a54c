package backpropgrader.exercise;

import backpropgrader.engine.NetworkGraph;
import backpropgrader.engine.Numbers;
import backpropgrader.engine.Values;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The lecture's printed numbers against the engine and the hand-computation model: which are reproduced, which
 * are hand rounding (ok), which are errata and which errata are carried from which. Verdicts are never stored:
 * changing a printed string changes them.
 */
class LectureTest {

    /** Printed values whose last digit differs from the exact value's rounding, yet a hand computation reaches. */
    private static final Map<String, String> HAND_ROUNDED = Map.of(
            "lecture-example-1 dJ/dw[2]_1,1", "-1.744",    // exact −1.7447
            "lecture-example-1 dJ/dw[2]_2,1", "-2.196",    // exact −2.19547
            "lecture-example-1 dJ/dw[1]_1,1", "-0.388",    // exact −0.38855
            "lecture-example-2 J(1)", "3.221",             // exact 3.2204
            "lecture-example-2 dJ(2)/dw[2]_1,1", "-3.229", // exact −3.2279
            "lecture-example-2 dJ(2)/dw[1]_1,1", "-3.555", // exact −3.5600
            "lecture-example-2 dJ(3)/dw[2]_1,1", "-5.516", // exact −5.5167
            "lecture-example-2 dJ(3)/dw[1]_1,1", "-3.309"); // exact −3.3041

    /** The lecture's errata, with the note each must carry (null: an erratum of its own). */
    private static final Map<String, String> ERRATA = errata();

    private static Map<String, String> errata() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("lecture-example-1 z[1]_2@2", null); // 2.305 × 1 + 3.002 × 0.5 = 3.806, printed 2.806
        m.put("lecture-example-1 h[1]_2@2", "carried from z[1]_2@2");
        m.put("lecture-example-1 yhat_1@2", "carried from z[1]_2@2");
        m.put("lecture-example-1 J@2", "carried from z[1]_2@2");
        m.put("lecture-example-2 w[1]_1,1,new", null); // the lecture starts from 1 instead of w[1]_1,1 = 0.5
        return m;
    }

    @Test
    void printedNumbersAreTheEnginesValuesRoundedExceptTheErrataAndTheHandRoundedOnes() {
        Set<String> differing = new TreeSet<>();
        int printed = 0;
        for (LectureExercise ex : LectureExercise.bundled()) {
            Values v = NetworkGraph.build(ex.instance()).evaluate();
            for (Map.Entry<String, String> p : ex.printed().entrySet()) {
                printed++;
                String rounded = Numbers.fixed(v.get(p.getKey()), Numbers.decimalsOf(p.getValue()));
                if (!rounded.equals(p.getValue().replace('-', '−'))) {
                    differing.add(ex.instance().id() + " " + p.getKey());
                }
            }
        }
        Set<String> expected = new TreeSet<>(HAND_ROUNDED.keySet());
        expected.addAll(ERRATA.keySet());
        assertEquals(36, printed, "every number Examples 1 and 2 print");
        assertEquals(expected, differing);
    }

    @Test
    void theErrataAreFoundExactlyAndEverythingElseIsOk() {
        Map<String, String> errata = new LinkedHashMap<>();
        List<String> ok = new ArrayList<>();
        for (LectureExercise ex : LectureExercise.bundled()) {
            for (LectureCheck.Check c : LectureCheck.check(ex)) {
                String id = c.exercise() + " " + c.key();
                if (c.isErratum()) {
                    errata.put(id, c.note());
                } else {
                    assertEquals("ok", c.verdict(), id);
                    assertNull(c.note(), id);
                    ok.add(id);
                }
            }
        }
        assertEquals(ERRATA, errata);
        assertEquals(31, ok.size());
        HAND_ROUNDED.keySet().forEach(k -> assertFalse(errata.containsKey(k), k + " is hand rounding, not an erratum"));
    }

    @Test
    void theErrataComeWithTheCorrectValue() {
        Map<String, LectureCheck.Check> ex1 = checks(exercise("lecture-example-1"));
        assertEquals("3.806", Numbers.fixed(ex1.get("z[1]_2@2").computed(), 3));
        assertEquals("0.978", Numbers.fixed(ex1.get("h[1]_2@2").computed(), 3));
        assertEquals("2.116", Numbers.fixed(ex1.get("yhat_1@2").computed(), 3));
        assertEquals("1.775", Numbers.fixed(ex1.get("J@2").computed(), 3));
        assertEquals("3.453", Numbers.fixed(checks(exercise("lecture-example-2")).get("w[1]_1,1,new").computed(), 3));
    }

    @Test
    void movingAHandRoundedValueOutOfItsReachableSetMakesItAnErratum() {
        LectureExercise ex = exercise("lecture-example-1");
        assertEquals("ok", verdict(ex, "dJ/dw[1]_1,1", "-0.388"));
        assertEquals("ok", verdict(ex, "dJ/dw[1]_1,1", "-0.389"));
        // the lecture prints z[1]_2 as "3.8": at that precision a hand computation reaches [−0.392, −0.386]
        assertEquals("ok", verdict(ex, "dJ/dw[1]_1,1", "-0.392"));
        assertEquals("erratum", verdict(ex, "dJ/dw[1]_1,1", "-0.385"));
        assertEquals("erratum", verdict(ex, "dJ/dw[1]_1,1", "-0.393"));
        assertEquals("erratum", verdict(ex, "J", "2.53"));
        assertEquals("erratum", verdict(exercise("lecture-example-2"), "dJ(2)/dw[1]_1,1", "-3.540"));
    }

    @Test
    void anErratumOfItsOwnHasNoNoteAndItsConsistentChildrenAreCarried() {
        LectureExercise moved = exercise("lecture-example-1").withPrinted("h[1]_1", "0.787");
        Map<String, LectureCheck.Check> c = checks(moved);
        assertEquals("erratum", c.get("h[1]_1").verdict());
        assertNull(c.get("h[1]_1").note());
        // ŷ_1 printed 1.755 does not follow from h_1 = 0.787 (that gives 1.765) and is what the data give: ok
        assertEquals("ok", c.get("yhat_1").verdict());
    }

    @Test
    void correctingTheRootErratumMakesItsFirstChildAnErratumOfItsOwnAndCarriesTheRestFromThere() {
        Map<String, LectureCheck.Check> c = checks(exercise("lecture-example-1").withPrinted("z[1]_2@2", "3.806"));
        assertEquals("ok", c.get("z[1]_2@2").verdict());
        assertEquals("erratum", c.get("h[1]_2@2").verdict()); // 0.943 is not f(3.806) = 0.978
        assertNull(c.get("h[1]_2@2").note());
        assertEquals("carried from h[1]_2@2", c.get("yhat_1@2").note());
        assertEquals("carried from h[1]_2@2", c.get("J@2").note());
    }

    @Test
    void correctingTheWholeChainLeavesOnlyExampleTwosErratum() {
        LectureExercise ex1 = exercise("lecture-example-1").withPrinted("z[1]_2@2", "3.806")
                .withPrinted("h[1]_2@2", "0.978").withPrinted("yhat_1@2", "2.116").withPrinted("J@2", "1.775");
        assertFalse(LectureCheck.check(ex1).stream().anyMatch(LectureCheck.Check::isErratum));
        LectureExercise ex2 = exercise("lecture-example-2").withPrinted("w[1]_1,1,new", "3.453");
        assertFalse(LectureCheck.check(ex2).stream().anyMatch(LectureCheck.Check::isErratum));
    }

    @Test
    void theLectureFilesHoldPrintedStringsAndNoVerdicts() throws IOException {
        for (String name : List.of("example-1", "example-2", "quiz-1.2", "quiz-1.3")) {
            String text = Files.readString(Path.of("exercises/lecture", name + ".json"));
            assertFalse(text.contains("erratum") || text.contains("verdict") || text.contains("carried"), name);
        }
    }

    private static String verdict(LectureExercise ex, String key, String printed) {
        return checks(ex.withPrinted(key, printed)).get(key).verdict();
    }

    private static Map<String, LectureCheck.Check> checks(LectureExercise ex) {
        Map<String, LectureCheck.Check> m = new LinkedHashMap<>();
        LectureCheck.check(ex).forEach(c -> m.put(c.key(), c));
        return m;
    }

    private static LectureExercise exercise(String id) {
        return LectureExercise.bundled().stream().filter(e -> e.instance().id().equals(id)).findFirst().orElseThrow();
    }
}
