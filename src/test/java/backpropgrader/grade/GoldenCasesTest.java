package backpropgrader.grade;

import backpropgrader.marking.ItemResult;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Runs every golden case under src/test/resources/grade: the submissions graded match expected.txt. */
class GoldenCasesTest {

    static List<GoldenCase> cases() throws IOException {
        List<GoldenCase> out = new java.util.ArrayList<>();
        for (Path p : GoldenCase.all()) {
            out.add(GoldenCase.load(p));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gradedAsExpected(GoldenCase c) throws IOException {
        Map<Path, String> before = snapshot(c.folder().resolve("submissions"));
        GradingOutcome out = grade(c);
        assertEquals(before, snapshot(c.folder().resolve("submissions")), "submissions are never modified");
        Map<String, StudentResult> byId = out.students().stream()
                .collect(Collectors.toMap(StudentResult::id, Function.identity()));
        Set<String> covered = new HashSet<>();
        for (Expectation e : c.expected()) {
            StudentResult r = byId.get(e.student());
            assertNotNull(r, e.where() + ": no result for " + e.student() + " among " + byId.keySet());
            if (e.isItem()) {
                checkItems(r, e, c, covered);
                continue;
            }
            switch (e.what()) {
                case "status" -> assertEquals(e.value(), r.status().id(), e.where() + ": " + r.error());
                case "score" -> assertNumber(e, r.score());
                case "max" -> assertNumber(e, r.max());
                case "flags" -> assertEquals(e.value().equals("-") ? List.of() : List.of(e.value().split(",")),
                        r.flags(), e.where());
                case "error" -> assertTrue(r.error() != null && r.error().contains(e.value()),
                        e.where() + ": the error is: " + r.error());
                case "warning" -> assertTrue(r.warnings().stream().anyMatch(w -> w.contains(e.value())),
                        e.where() + ": the warnings are: " + r.warnings());
                default -> {
                    String key = e.what().substring("reason:".length());
                    ItemResult i = item(r, key, e);
                    assertTrue(i.reason().contains(e.value()), e.where() + ": the reason is: " + i.reason());
                }
            }
        }
        for (StudentResult r : out.students()) {
            for (ItemResult i : r.items()) {
                boolean listed = covered.contains(r.id() + " " + i.key()) || covered.contains(r.id() + " *");
                assertTrue(!c.expected().stream().anyMatch(e -> e.student().equals(r.id()) && e.isItem()) || listed,
                        c.name() + ": " + r.id() + " " + i.key() + " is " + i.verdict().id() + " but expected.txt"
                                + " does not say (" + i.reason() + ")");
            }
        }
        assertEquals(json(out), json(grade(c)), "grading twice gives the same results.json");
    }

    private static void checkItems(StudentResult r, Expectation e, GoldenCase c, Set<String> covered) {
        if (e.what().equals("*")) {
            covered.add(r.id() + " *");
            Set<String> listed = c.expected().stream().filter(x -> x.student().equals(r.id()) && x.isItem())
                    .map(Expectation::what).collect(Collectors.toSet());
            for (ItemResult i : r.items()) {
                if (!listed.contains(i.key())) {
                    assertEquals(e.value(), i.verdict().id(), e.where() + ": " + i.key() + ": " + i.reason());
                }
            }
            return;
        }
        ItemResult i = item(r, e.what(), e);
        covered.add(r.id() + " " + i.key());
        assertEquals(e.value(), i.verdict().id(), e.where() + ": " + i.reason());
        assertEquals(e.misconception(), i.misconception(), e.where() + ": " + i.reason());
    }

    /** A number, or "-" for none. */
    private static void assertNumber(Expectation e, Double actual) {
        if (e.value().equals("-")) {
            assertEquals(null, actual, e.where());
        } else {
            assertNotNull(actual, e.where());
            assertEquals(Double.parseDouble(e.value()), actual, 1e-9, e.where());
        }
    }

    private static ItemResult item(StudentResult r, String key, Expectation e) {
        return r.items().stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseGet(() -> fail(e.where() + ": no item " + key + "; " + r.status().id() + " " + r.error()));
    }

    static GradingOutcome grade(GoldenCase c) {
        return new Grading(c.roster(), id -> c.variants().get(id)).run(c.folder().resolve("submissions"));
    }

    /** Every file in the folder with its bytes and modification time. */
    private static Map<Path, String> snapshot(Path folder) throws IOException {
        try (var files = java.nio.file.Files.walk(folder)) {
            Map<Path, String> out = new java.util.TreeMap<>();
            for (Path p : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                out.put(p, java.util.Arrays.toString(java.nio.file.Files.readAllBytes(p)) + "@"
                        + java.nio.file.Files.getLastModifiedTime(p));
            }
            return out;
        }
    }

    private static String json(GradingOutcome out) throws IOException {
        StringWriter w = new StringWriter();
        ResultsJson.write(out, new ResultsJson.Provenance("test", "golden"), w);
        return w.toString();
    }
}
