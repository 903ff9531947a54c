package backpropgrader.exercise;

import backpropgrader.marking.Variant;

import backpropgrader.engine.Numbers;
import backpropgrader.engine.Quantity;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every shipped family gives 500 students a variant each, with no rejection left unresolved. */
class BundledFamiliesTest {

    static final int STUDENTS = 500;

    @Test
    void everyFamilyGivesFiveHundredStudentsAnAcceptedVariant() {
        Course course = TestCourses.course("week9");
        var families = TestCourses.bundledFamilies();
        assertEquals(7, families.size(), families.stream().map(Family::id).toList().toString());
        for (Family family : families) {
            Variants variants = new Variants(course, family);
            long start = System.nanoTime();
            int draws = 0;
            Map<String, Integer> rejections = new TreeMap<>();
            Set<String> distinct = new HashSet<>();
            for (int i = 1; i <= STUDENTS; i++) {
                Variants.Drawn d = variants.draw(String.format(java.util.Locale.ROOT, "s%04d", i));
                draws += d.draws();
                d.rejections().forEach((k, v) -> rejections.merge(k, v, Integer::sum));
                distinct.add(givens(d.variant()));
                assertEquals(family.asked().size(), d.variant().asked().size());
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            int redrawn = draws - STUDENTS;
            System.out.printf(java.util.Locale.ROOT, "%-26s draws %5d  redraw rate %5.1f%%  distinct %3d/%d  %4d ms  %s%n",
                    family.id(), draws, 100.0 * redrawn / draws, distinct.size(), STUDENTS, ms, rejections);
            assertTrue(distinct.size() > STUDENTS * 0.9, family.id() + ": only " + distinct.size() + " distinct variants");
        }
    }

    /** The given numbers of a variant, as a string: two students with equal strings have the same exercise. */
    static String givens(Variant v) {
        return v.graph().quantities().stream().filter(Quantity::isGiven)
                .map(q -> q.key() + "=" + Numbers.plain(q.given())).collect(Collectors.joining(" "));
    }
}
