package backpropgrader.exercise;

import backpropgrader.marking.Asked;
import backpropgrader.marking.Marking;
import backpropgrader.marking.Variant;

import backpropgrader.engine.Quantity;
import backpropgrader.kernel.TreeFiles;
import backpropgrader.engine.Values;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A student's variant never changes silently (docs/ARCHITECTURE.md, qualities): the given numbers and the asked answers of three
 * students per shipped family are pinned in {@code src/test/resources/golden/variants.json}. When a family is
 * changed on purpose, raise its version and rewrite the file with {@code -Dgolden.update=true}.
 */
class GoldenVariantsTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/variants.json");
    static final List<String> STUDENTS = List.of("s0001", "ada.lovelace@uni.example", "12345678");
    static final Course COURSE = new Course("Golden", "golden-2025", new CourseSecret("golden secret ✓", "test"),
            List.of(), Course.DEFAULT_FAMILIES_FOLDER, Marking.DEFAULT, 1, Course.Feedback.ALL, Locale.ENGLISH,
            Path.of(""), "(golden)");

    @Test
    void pinnedStudentsKeepTheirVariants() throws IOException {
        ObjectNode now = current();
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, TreeFiles.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(now) + "\n",
                    StandardCharsets.UTF_8);
        }
        JsonNode pinned = TreeFiles.read(GOLDEN);
        assertEquals(pinned.size(), now.size(), "the same families");
        pinned.fields().forEachRemaining(family -> family.getValue().fields().forEachRemaining(student -> {
            JsonNode got = now.path(family.getKey()).path(student.getKey());
            assertTrue(got.isObject(), family.getKey() + " / " + student.getKey() + " is no longer made");
            student.getValue().fields().forEachRemaining(part -> part.getValue().fields().forEachRemaining(value ->
                    assertEquals(value.getValue(), got.path(part.getKey()).get(value.getKey()), family.getKey() + " / "
                            + student.getKey() + " / " + part.getKey() + " / " + value.getKey() + " changed")));
        }));
    }

    /** Per family and student: the given numbers and the asked answers as the generator makes them now. */
    static ObjectNode current() {
        ObjectNode root = TreeFiles.JSON.createObjectNode();
        for (Family f : TestCourses.bundledFamilies()) {
            ObjectNode family = root.putObject(f.id());
            Variants variants = new Variants(COURSE, f);
            for (String id : STUDENTS) {
                Variant v = variants.of(id);
                Values values = v.reference();
                ObjectNode student = family.putObject(id);
                ObjectNode givens = student.putObject("givens");
                for (Quantity q : v.graph().quantities()) {
                    if (q.isGiven()) {
                        givens.put(q.key(), q.given());
                    }
                }
                ObjectNode answers = student.putObject("answers");
                for (Asked a : v.asked()) {
                    if (a.symbolic()) {
                        answers.put(a.key(), a.expectedExpression());
                    } else {
                        answers.put(a.key(), values.get(a.key()));
                    }
                }
            }
        }
        return root;
    }
}
