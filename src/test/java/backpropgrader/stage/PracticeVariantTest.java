package backpropgrader.stage;

import backpropgrader.engine.Misconception;

import backpropgrader.engine.Quantity;
import backpropgrader.engine.Values;
import backpropgrader.exercise.Course;
import backpropgrader.exercise.CourseReader;
import backpropgrader.exercise.Family;
import backpropgrader.exercise.FamilyCatalog;
import backpropgrader.exercise.TestCourses;
import backpropgrader.exercise.Variants;
import backpropgrader.marking.Marker;
import backpropgrader.marking.Variant;
import backpropgrader.web.PracticeVariant;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A practice variant survives the trip into the page: rebuilt from its JSON by the engine's own builders, it has
 * the same quantities with the same values bit for bit, and the marker gives the same items for the same answers,
 * for every bundled family. And practice draws are a family's own draws, but not any student's: the same family
 * and course give other numbers than the graded ones.
 */
class PracticeVariantTest {

    @Test
    void aDecodedVariantIsTheDrawnOneForEveryFamily() {
        Course course = CourseReader.readWithoutSecret(null);
        for (Family f : FamilyCatalog.load(course)) {
            Variants maker = new Variants(course, f);
            Well19937c rng = new Well19937c(99);
            for (int i = 0; i < 20; i++) {
                Variants.Practice p = maker.practice(rng, "practice-" + i);
                Variant drawn = p.variant();
                Variant decoded = PracticeVariant.decode(PracticeVariant.encode(drawn, p.templates()));
                Values a = drawn.reference();
                Values b = decoded.reference();
                assertEquals(a.asMap().keySet(), b.asMap().keySet(), f.id());
                for (Quantity q : drawn.graph().quantities()) {
                    assertEquals(Double.doubleToRawLongBits(a.get(q.key())), Double.doubleToRawLongBits(b.get(q.key())),
                            f.id() + " " + q.key());
                    assertEquals(drawn.graph().display(q.key()), decoded.graph().display(q.key()));
                }
                assertEquals(drawn.asked(), decoded.asked());
                assertEquals(drawn.marking(), decoded.marking());
                assertEquals(drawn.functions(), decoded.functions(), f.id());
                for (SyntheticAnswers.Style s : SyntheticAnswers.Style.values()) {
                    Map<String, String> typed = SyntheticAnswers.of(drawn, s, Misconception.SIGN_ERROR);
                    assertEquals(Marker.mark(drawn, typed).items(), Marker.mark(decoded, typed).items(), f.id() + " " + s);
                }
            }
        }
    }

    @Test
    void practiceNumbersAreNotTheGradedOnes() {
        Course course = TestCourses.course("week9");
        Family f = FamilyCatalog.load(course).get(0);
        Variants maker = new Variants(course, f);
        Variant graded = maker.of("practice-001");
        Variant practice = maker.practice(new Well19937c(1), "practice-001").variant();
        assertNotEquals(graded.reference().asMap(), practice.reference().asMap());
    }
}
