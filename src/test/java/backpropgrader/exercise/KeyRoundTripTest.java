package backpropgrader.exercise;

import backpropgrader.engine.FixedInstance;
import backpropgrader.engine.Key;
import backpropgrader.engine.NetworkGraph;
import backpropgrader.engine.Quantity;
import backpropgrader.engine.QuantityGraph;
import backpropgrader.marking.Asked;
import backpropgrader.marking.Variant;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every key the tool emits — each quantity {@code solve} writes for the lecture's fixed instances, each quantity
 * and asked key of a variant of every bundled family — is a {@link Key} that writes itself back unchanged.
 */
class KeyRoundTripTest {

    @Test
    void everyKeyOfTheLecturesInstancesReadsBackUnchanged() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("exercises/lecture"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(4, files.size(), "the lecture's worked examples and quizzes");
        int keys = 0;
        for (Path f : files) {
            FixedInstance in = FixedInstanceReader.read(f);
            keys += roundTrip(NetworkGraph.build(in), List.of());
        }
        assertTrue(keys > 100, keys + " keys");
    }

    @Test
    void everyKeyOfEveryBundledFamilysVariantsReadsBackUnchanged() {
        Course course = TestCourses.course("week9");
        List<Family> families = TestCourses.bundledFamilies();
        assertTrue(families.stream().anyMatch(f -> f.structure() instanceof FamilyStructure.ChainRule));
        for (Family family : families) {
            Variants variants = new Variants(course, family);
            for (String student : List.of("s1", "s2")) {
                Variant v = variants.of(student);
                List<String> asked = new ArrayList<>();
                v.asked().stream().map(Asked::key).forEach(asked::add);
                roundTrip(v.graph(), asked);
            }
        }
    }

    private static int roundTrip(QuantityGraph g, List<String> more) {
        List<String> keys = new ArrayList<>(g.quantities().stream().map(Quantity::key).toList());
        keys.addAll(more);
        for (String k : keys) {
            assertEquals(k, Key.parse(k).toString(), g.exercise());
        }
        return keys.size();
    }
}
