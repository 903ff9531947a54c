package backpropgrader.cli;

import backpropgrader.kernel.TreeFiles;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code lecture} end to end, in-process: the JSON report's structure and the text report's summary. */
class LectureCommandTest {

    @Test
    void jsonHasOneCheckPerPrintedNumberWithTheDesignsFields() throws IOException {
        Cli r = Cli.run("lecture", "--format", "json");
        assertEquals(0, r.code(), r.toString());
        assertEquals(1, r.out().strip().split("\n").length, "one JSON document");
        JsonNode root = TreeFiles.JSON.readTree(r.out());
        assertEquals(Set.of("checks"), names(root));
        JsonNode checks = root.get("checks");
        assertEquals(36, checks.size());
        List<String> errata = new ArrayList<>();
        for (JsonNode c : checks) {
            assertEquals(Set.of("exercise", "key", "printed", "computed", "verdict", "note"), names(c));
            assertTrue(c.get("printed").isTextual() && c.get("computed").isDouble(), c.toString());
            assertTrue(Set.of("ok", "erratum").contains(c.get("verdict").asText()), c.toString());
            if (c.get("verdict").asText().equals("erratum")) {
                errata.add(c.get("exercise").asText() + " " + c.get("key").asText() + " " + c.get("note").asText());
            } else {
                assertTrue(c.get("note").isNull(), c.toString());
            }
        }
        assertEquals(List.of(
                "lecture-example-1 z[1]_2@2 null",
                "lecture-example-1 h[1]_2@2 carried from z[1]_2@2",
                "lecture-example-1 yhat_1@2 carried from z[1]_2@2",
                "lecture-example-1 J@2 carried from z[1]_2@2",
                "lecture-example-2 w[1]_1,1,new null"), errata);
        JsonNode first = checks.get(0);
        assertEquals("lecture-example-1", first.get("exercise").asText());
        assertEquals("z[1]_1", first.get("key").asText());
        assertEquals("1.25", first.get("printed").asText());
        assertEquals(1.25, first.get("computed").asDouble());
    }

    @Test
    void textSaysHowManyNumbersWereCheckedAndGivesTheCorrectValueOfEachErratum() {
        Cli r = Cli.run("lecture");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("36 printed numbers checked, 5 errata."), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("erratum") && l.contains("z[1]_2@2")
                && l.contains("printed 2.806") && l.contains("(correct: 3.806)")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("J@2") && l.contains("carried from z[1]_2@2")), r.out());
    }

    private static Set<String> names(JsonNode o) {
        Set<String> s = new LinkedHashSet<>();
        o.fieldNames().forEachRemaining(s::add);
        return s;
    }
}
