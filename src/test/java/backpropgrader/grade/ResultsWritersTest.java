package backpropgrader.grade;

import backpropgrader.kernel.TreeFiles;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** results.json, grades.csv and items.csv: the contract's shape, exact formatting, and determinism. */
class ResultsWritersTest {

    private static GradingOutcome outcome(String name) throws IOException {
        return GoldenCasesTest.grade(GoldenCase.load(Path.of("src/test/resources/grade", name)));
    }

    @Test
    void resultsJsonHasTheContractFieldsInOrder() throws IOException {
        JsonNode root = TreeFiles.JSON.readTree(json(outcome("tolerances")));
        assertEquals(List.of("tool", "version", "assignment", "families", "warnings", "attention", "students"),
                names(root));
        assertEquals("1", root.path("families").path("family-example-1").asText());
        JsonNode s1 = root.path("students").get(0);
        assertEquals(List.of("id", "name", "status", "score", "max", "error", "flags", "items", "source", "warnings",
                "lms", "late", "days_late", "penalty"), names(s1));
        assertEquals(false, s1.path("late").asBoolean(true));
        assertEquals(0, s1.path("penalty").asInt(-1));
        assertEquals("graded", s1.path("status").asText());
        assertTrue(s1.path("score").isIntegralNumber(), "whole scores are written without .0: " + s1.path("score"));
        assertTrue(s1.path("error").isNull());
        JsonNode item = s1.path("items").get(0);
        assertEquals(List.of("exercise", "key", "submitted", "expected", "verdict", "misconception", "points", "max",
                "reason", "reason_kind", "override"), names(item));
        assertTrue(item.path("override").isNull());
        assertEquals("-0.395", item.path("submitted").asText());
        assertEquals(-0.38854778682407276, item.path("expected").asDouble(), 0);
        assertEquals("correct", item.path("verdict").asText());
        assertTrue(item.path("misconception").isNull());
    }

    @Test
    void eachItemCarriesItsReasonsKindAndFieldsBesideTheSentence() throws IOException {
        JsonNode gaming = TreeFiles.JSON.readTree(json(outcome("follow-through-gaming")));
        JsonNode s1 = student(gaming, "s1");
        JsonNode j = item(s1, "J");
        assertEquals(List.of("exercise", "key", "submitted", "expected", "verdict", "misconception", "points", "max",
                "reason", "reason_kind", "reason_from", "reason_from_typed", "reason_trivial_in", "reason_trivial",
                "reason_given", "override"), names(j));
        assertEquals("no-follow-through", j.path("reason_kind").asText());
        assertEquals("[\"yhat_1\"]", j.path("reason_from").toString());
        assertEquals("[\"4\"]", j.path("reason_from_typed").toString(), "as typed");
        assertEquals("earlier", j.path("reason_trivial_in").asText());
        assertEquals("given", j.path("reason_trivial").asText());
        assertEquals("y_1", j.path("reason_given").asText());
        assertTrue(j.path("reason").asText().startsWith("Wrong, and no follow-through: this is what your earlier"
                + " answer ŷ_1 = 4 gives"), "the sentence stays, in full");
        JsonNode carried = item(student(gaming, "s4"), "h[1]_1");
        assertEquals("follow-through", carried.path("reason_kind").asText());
        assertEquals("[\"z[1]_1\"]", carried.path("reason_from").toString());

        JsonNode mistakes = TreeFiles.JSON.readTree(json(outcome("misconceptions-example-1")));
        JsonNode half = item(student(mistakes, "half2"), "dJ/dw[2]_1,1");
        assertEquals("misconception", half.path("reason_kind").asText());
        assertEquals("missing-half", half.path("misconception").asText());
        assertEquals("dJ/dz[2]_1", half.path("reason_node").asText());
        assertFalse(half.path("reason_node_asked").asBoolean(true));
        assertTrue(half.path("reason_value").isDouble(), "a number: " + half.path("reason_value"));
        assertEquals(-3.490076376674363, half.path("reason_value").asDouble(), 1e-9);
        assertTrue(half.path("reason_gives").isNull(), "a plain number, not an expression");

        JsonNode typed = TreeFiles.JSON.readTree(json(outcome("typed-numbers")));
        List<String> kinds = new ArrayList<>();
        typed.path("students").forEach(s -> s.path("items").forEach(i -> kinds.add(i.path("reason_kind").asText())));
        assertTrue(kinds.contains("unreadable") && kinds.contains("rounding") && !kinds.contains(""), kinds.toString());
    }

    private static JsonNode student(JsonNode root, String id) {
        for (JsonNode s : root.path("students")) {
            if (s.path("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no student " + id);
    }

    private static JsonNode item(JsonNode student, String key) {
        for (JsonNode i : student.path("items")) {
            if (i.path("key").asText().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no item " + key + " for " + student.path("id"));
    }

    @Test
    void gradesAndItemsCsvAreRealCsvWithFixedNumbers() throws IOException {
        GradingOutcome o = outcome("follow-through-gaming");
        StringWriter grades = new StringWriter();
        ResultsCsv.writeGrades(o, grades);
        List<String> lines = grades.toString().lines().toList();
        assertEquals("id,name,score,max,percentage,status", lines.get(0));
        assertEquals("s4,Student s4,1.5,5,30.0,graded", lines.get(4));
        StringWriter items = new StringWriter();
        ResultsCsv.writeItems(o, items);
        String text = items.toString();
        assertTrue(text.startsWith("id,exercise,key,submitted,expected,verdict,misconception,points,max,reason,override\n"));
        assertTrue(text.contains("s4,lecture-example-1,h[1]_1,0.881,0.7772998611746911,follow-through,,0.5,1,"),
                text);
        assertTrue(text.contains(",\"dJ/dw[2]_1,1\","), "a key with a comma is quoted");
    }

    @Test
    void outputsDoNotDependOnTheDefaultLocale() throws IOException {
        Locale before = Locale.getDefault();
        List<String> runs = new ArrayList<>();
        try {
            for (Locale l : new Locale[] {Locale.ROOT, Locale.GERMANY, new Locale("ar", "EG"), Locale.FRANCE}) {
                Locale.setDefault(l);
                GradingOutcome o = outcome("typed-numbers");
                StringWriter w = new StringWriter();
                ResultsCsv.writeGrades(o, w);
                ResultsCsv.writeItems(o, w);
                runs.add(json(o) + w);
            }
        } finally {
            Locale.setDefault(before);
        }
        runs.forEach(r -> assertEquals(runs.get(0), r));
        assertTrue(runs.get(0).contains("\"score\" : 11,") || runs.get(0).contains("\"score\": 11,")
                || runs.get(0).contains("\"score\" : 11"), runs.get(0).substring(0, 400));
    }

    static String json(GradingOutcome o) throws IOException {
        StringWriter w = new StringWriter();
        ResultsJson.write(o, new ResultsJson.Provenance("0.1.0", "week9"), w);
        return w.toString();
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
