package backpropgrader.stage;

import backpropgrader.grade.Handin;
import backpropgrader.grade.Late;
import backpropgrader.grade.Lateness;
import backpropgrader.grade.Status;
import backpropgrader.grade.StudentResult;

import backpropgrader.exercise.Deadline;
import backpropgrader.stage.SyntheticAnswers.Style;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Late work: attempt times against the (extended) due date, started days counted, the penalty capped. */
class LateWorkTest {

    @TempDir
    Path dir;

    @Test
    void blackboardAttemptTimesAreComparedWithEachStudentsDueDate() throws IOException {
        String roster = LmsDownloadGradingTest.roster("blackboard-users.csv")
                + "\"Hopper\",\"Grace\",\"ghopper\",\"S1003\",\"grace@uni.example\"\n";
        GradeFixture fx = new GradeFixture(dir, roster, """
                due: 2024-03-04 12:00
                extensions: {S1002: 2024-03-06 12:00}
                late_penalty: {per_day: 10, max: 35%}
                """);
        attempt(fx, "alovelace", "Ada Lovelace", "2024-03-05-09-00-00", "S1001"); // 21 hours late: one day
        attempt(fx, "aturing", "Alan Turing", "2024-03-05-13-00-00", "S1002"); // within the extension
        attempt(fx, "ghopper", "Grace Hopper", "2024-03-09-13-00-00", "S1003"); // five days and an hour: capped
        assertEquals(0, fx.grade(), fx.err + fx.out);

        JsonNode ada = fx.student("S1001");
        double max = ada.get("max").asDouble();
        assertTrue(ada.get("late").asBoolean());
        assertEquals(1, ada.get("days_late").asInt());
        assertEquals(0.1 * max, ada.get("penalty").asDouble(), 1e-9);
        assertEquals(0.9 * max, ada.get("score").asDouble(), 1e-9);
        assertEquals("alovelace", ada.get("lms").get("blackboard.username").asText());
        JsonNode alan = fx.student("S1002");
        assertFalse(alan.get("late").asBoolean());
        assertEquals(max, alan.get("score").asDouble());
        JsonNode grace = fx.student("S1003");
        assertEquals(6, grace.get("days_late").asInt());
        assertEquals(0.35 * max, grace.get("penalty").asDouble(), 1e-9, "capped at max");
        String feedback = Files.readString(dir.resolve("graded/feedback/S1003.html"));
        assertTrue(feedback.contains("Handed in 2024-03-09 13:00, 6 days after the due date 2024-03-04 12:00."),
                feedback);
    }

    @Test
    void aLateMarkerWithoutATimeIsNotHeldAgainstAStudentWithAnExtension() {
        Deadline d = new Deadline(LocalDateTime.of(2024, 3, 4, 12, 0), Map.of("s2",
                LocalDateTime.of(2024, 3, 8, 12, 0)), new Deadline.Penalty(5, 10, 100));
        Handin canvasLate = new Handin("canvas", Map.of(), true, null);
        StudentResult r = new StudentResult("s2", "B", Status.GRADED, 20.0, 20.0, null, List.of(), List.of(), "f",
                List.of());
        StudentResult kept = Lateness.apply(r, d, canvasLate);
        assertFalse(kept.late().late());
        assertEquals(20.0, kept.score());
        assertTrue(kept.late().note().contains("extends s2's due date to 2024-03-08 12:00"), kept.late().note());
        StudentResult other = Lateness.apply(new StudentResult("s1", "A", Status.GRADED, 20.0, 20.0, null, List.of(),
                List.of(), "f", List.of()), d, canvasLate);
        assertTrue(other.late().late());
        assertNull(other.late().days());
        assertEquals(15.0, other.late().percent(), "flat 5% and one day's 10%");
        assertEquals(17.0, other.score());
        assertEquals(Late.NONE, Lateness.apply(r, d, null).late(), "no download, nothing known: on time");
    }

    /**
     * Issue 9: Moodle's worksheet holds each submission's time in {@code Last modified (submission)}, as an English
     * or a German site writes it; with it, the late policy applies to a Moodle download too.
     */
    @Test
    void moodlesWorksheetTimesInEnglishAndGermanApplyTheLatePolicy() throws IOException {
        for (String worksheet : List.of("Grades-NN101-Backprop 1-42.csv", "Bewertungen-NN101-Backprop 1-42.csv")) {
            Path here = Files.createDirectories(dir.resolve(worksheet.substring(0, 5)));
            GradeFixture fx = new GradeFixture(here, LmsDownloadGradingTest.roster("moodle-participants.csv"), """
                    group_work: false
                    due: 2024-03-04 12:00
                    late_penalty: {per_day: 10}
                    timezone: Europe/London
                    """);
            fx.submit("Ada Lovelace_101_assignsubmission_file/answers.json",
                    SyntheticFiles.json("S1001", fx.answers("S1001", Style.CORRECT))); // 10:22: on time
            fx.submit("Alan Turing_205_assignsubmission_file/answers.json",
                    SyntheticFiles.json("S1002", fx.answers("S1002", Style.CORRECT))); // 20:10: a day late
            Path ws = Path.of("src/test/resources/lms/moodle", worksheet).toAbsolutePath();
            assertEquals(0, fx.grade("--worksheet", ws.toString()), fx.err + fx.out);
            JsonNode ada = fx.student("S1001");
            assertFalse(ada.get("late").asBoolean(), worksheet);
            assertEquals(ada.get("max").asDouble(), ada.get("score").asDouble());
            JsonNode alan = fx.student("S1002");
            assertTrue(alan.get("late").asBoolean(), worksheet);
            assertEquals(1, alan.get("days_late").asInt());
            assertEquals(0.9 * alan.get("max").asDouble(), alan.get("score").asDouble(), 1e-9, "the penalty applied");
            assertTrue(Files.readString(here.resolve("graded/feedback/S1002.html")).contains("Handed in"
                    + " 2024-03-04 20:10, 1 day after the due date 2024-03-04 12:00."), worksheet);
        }
    }

    @Test
    void aDueDateWithASourceWithoutTimesSaysNoLatenessCouldBeJudged() throws IOException {
        GradeFixture fx = new GradeFixture(dir, "id,name,email\ns1,Ada,a@x\n", "due: 2024-03-04 12:00\n"
                + "late_penalty: {per_day: 10}\n");
        fx.submit("s1.json", SyntheticFiles.json("s1", fx.answers("s1", Style.CORRECT)));
        assertEquals(0, fx.grade(), fx.err + fx.out);
        String note = "The course file sets a due date, but no lateness could be judged for 1 of the graded"
                + " submissions (s1): a folder of files carries no hand-in times.";
        assertTrue(fx.out.contains("note: " + note), fx.out);
        assertTrue(Files.readString(dir.resolve("graded/report.html")).contains(note), "the report says it too");
        assertFalse(fx.student("s1").get("late").asBoolean());
    }

    /** The course's time zone counts real hours: 24½ hours on the clock over the spring change are 23½. */
    @Test
    void daysLateAreCountedInTheCoursesTimeZoneAcrossASummerTimeChange() {
        LocalDateTime due = LocalDateTime.of(2024, 3, 30, 12, 0);
        Handin h = new Handin("blackboard", Map.of(), false, LocalDateTime.of(2024, 3, 31, 12, 30));
        StudentResult r = new StudentResult("s1", "A", Status.GRADED, 20.0, 20.0, null, List.of(), List.of(), "f",
                List.of());
        Deadline london = new Deadline(due, Map.of(), new Deadline.Penalty(0, 10, 100), java.time.ZoneId.of(
                "Europe/London"));
        assertEquals(1, Lateness.apply(r, london, h).late().days(), "23.5 hours: one started day");
        Deadline utc = new Deadline(due, Map.of(), new Deadline.Penalty(0, 10, 100), java.time.ZoneId.of("UTC"));
        assertEquals(2, Lateness.apply(r, utc, h).late().days(), "24.5 hours where there is no summer time");
    }

    private static void attempt(GradeFixture fx, String user, String name, String time, String id) {
        String base = "Backprop 1_" + user + "_attempt_" + time;
        fx.submit(base + ".txt", "Name: " + name + " (" + user + ")\nAssignment: Backprop 1\n\nFiles:\n"
                + "\tOriginal filename: answers.json\n\tFilename: " + base + "_answers.json\n");
        fx.submit(base + "_answers.json", SyntheticFiles.json(id, fx.answers(id, Style.CORRECT)));
    }
}
