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
                "reason", "override"), names(item));
        assertTrue(item.path("override").isNull());
        assertEquals("-0.395", item.path("submitted").asText());
        assertEquals(-0.38854778682407276, item.path("expected").asDouble(), 0);
        assertEquals("correct", item.path("verdict").asText());
        assertTrue(item.path("misconception").isNull());
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
