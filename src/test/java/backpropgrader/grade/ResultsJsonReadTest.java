package backpropgrader.grade;

import backpropgrader.kernel.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * results.json as the export reads it: what grade writes reads back the same; unknown fields ignored, the used
 * ones checked with their JSON path.
 */
class ResultsJsonReadTest {

    @TempDir
    Path dir;

    @Test
    void whatGradeWritesReadsBackTheSame() throws IOException {
        GradingOutcome written = new GradingOutcome(List.of(
                new StudentResult("s1", "Ada", Status.GRADED, 17.5, 20.0, null, List.of("collusion:s2"), List.of(),
                        "s1.json", List.of(), Map.of("moodle.participant", "101"),
                        new Late(true, 2, 10, 1.75, "Handed in late.")),
                new StudentResult("s2", "", Status.UNREADABLE, null, 20.0, "s2.json: broken.", List.of(), List.of(),
                        "s2.json", List.of())), List.of(), Map.of());
        MarkedResults m = read(ResultsWritersTest.json(written));
        assertEquals("week9", m.title());
        assertEquals(List.of(new MarkedResults.Result("s1", "Ada", "", Status.GRADED, 17.5, 20.0,
                List.of("collusion:s2"), Map.of("moodle.participant", "101"), true), new MarkedResults.Result("s2", "",
                "", Status.UNREADABLE, null, 20.0, List.of(), Map.of(), false)), m.students());
    }

    @Test
    void readsTheContractFieldsAndIgnoresOthers() throws IOException {
        MarkedResults m = read("{\"tool\": \"backprop-grader\", \"assignment\": \"a-1\", \"extra\": [1, {}],"
                + " \"students\": [{\"id\": \"S1\", \"status\": \"graded\", \"score\": 3.5, \"max\": 4, \"error\": null,"
                + " \"flags\": [\"collusion:S2\"], \"items\": [], \"novel\": {\"x\": 1},"
                + " \"lms\": {\"moodle\": {\"participant\": 101}, \"canvas.user_id\": \"77\", \"blackboard.username\": null},"
                + " \"late\": {\"days\": 2}},"
                + " {\"id\": \"S2\", \"name\": \"Alan\", \"status\": \"not-submitted\", \"score\": null, \"max\": 4}]}");
        assertEquals("a-1", m.title());
        MarkedResults.Result s1 = m.students().get(0);
        assertEquals(List.of("collusion:S2"), s1.flags());
        assertEquals(Map.of("moodle.participant", "101", "canvas.user_id", "77"), s1.lms());
        assertEquals(List.of(3.5, 4.0, true, true), List.of(s1.score(), s1.max(), s1.late(), s1.graded()));
        MarkedResults.Result s2 = m.students().get(1);
        assertEquals(List.of("Alan", "", false, false), List.of(s2.name(), s2.email(), s2.late(), s2.graded()));
        assertNull(s2.score());
    }

    @Test
    void aTitleIsPreferredToTheAssignmentId() throws IOException {
        assertEquals("Backprop 1", read("{\"title\": \"Backprop 1\", \"assignment\": \"a-1\", \"students\": []}").title());
        assertNull(read("{\"students\": []}").title());
    }

    @Test
    void badFieldsAreNamedByTheirJsonPath() {
        assertMessage("$.students: expected an array of students, found nothing.", "{\"student\": []}");
        assertMessage("$: expected an object with a \"students\" array, found [1].", "[1]");
        assertMessage("$.students[0].id: expected a non-empty string, found \" \".",
                "{\"students\": [{\"id\": \" \", \"status\": \"graded\"}]}");
        assertMessage("$.students[0].status: expected one of graded, unreadable, not-submitted, unknown-student,"
                + " found \"done\".", "{\"students\": [{\"id\": \"S1\", \"status\": \"done\"}]}");
        assertMessage("$.students[0].max: expected a number ≥ 0 (the student is graded), found nothing.",
                "{\"students\": [{\"id\": \"S1\", \"status\": \"graded\", \"score\": 1}]}");
        assertMessage("$.students[0].flags[0]: expected a string, found 7.",
                "{\"students\": [{\"id\": \"S1\", \"status\": \"unreadable\", \"flags\": [7]}]}");
        assertMessage("$.students[0].lms.canvas.user_id: expected a string or a number, found [1].",
                "{\"students\": [{\"id\": \"S1\", \"status\": \"unreadable\", \"lms\": {\"canvas\": {\"user_id\": [1]}}}]}");
        assertMessage("$.students[1].id: the id 'S1' is already at $.students[0]; expected each student once.",
                "{\"students\": [{\"id\": \"S1\", \"status\": \"not-submitted\"}, {\"id\": \"S1\", \"status\": \"not-submitted\"}]}");
    }

    private void assertMessage(String expected, String json) {
        BadInputException e = assertThrows(BadInputException.class, () -> read(json));
        assertEquals(dir.resolve("results.json") + ": " + expected, e.getMessage());
    }

    private MarkedResults read(String json) throws IOException {
        return ResultsJson.read(Files.writeString(dir.resolve("results.json"), json));
    }
}
