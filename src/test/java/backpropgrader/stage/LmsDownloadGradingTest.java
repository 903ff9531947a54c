package backpropgrader.stage;

import backpropgrader.stage.SyntheticAnswers.Style;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Moodle and Canvas bulk downloads graded as they come, the LMS identities carried into results.json. */
class LmsDownloadGradingTest {

    @TempDir
    Path dir;

    static String roster(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/lms/rosters", name), StandardCharsets.UTF_8);
    }

    @Test
    void aMoodleFolderDownloadIsGradedWithParticipantIdsAndOnlineText() throws IOException {
        // The sample class list has tutorial groups; this assignment is individual work.
        GradeFixture fx = new GradeFixture(dir, roster("moodle-participants.csv"), "group_work: false\n");
        fx.submit("Ada Lovelace_101_assignsubmission_file/answers.json",
                SyntheticFiles.json("S1001", fx.answers("S1001", Style.CORRECT)));
        String typed = SyntheticFiles.text("S1002", fx.answers("S1002", Style.COMMA_MINUS));
        fx.submit("Alan Turing_205_assignsubmission_onlinetext/onlinetext.html", "<p>" + typed.replace("<", "&lt;")
                .replace("\n", "</p>\n<p>") + "</p>");
        fx.submit("Grace Hopper_150_assignsubmission_file/answers.txt",
                SyntheticFiles.text("S1001", fx.answers("S1003", Style.CORRECT)));
        fx.submit("Nobody Known_999_assignsubmission_file/answers.json",
                SyntheticFiles.json("zz9", fx.answers("S1001", Style.CORRECT)));
        assertEquals(1, fx.grade(), fx.err + fx.out);

        JsonNode ada = fx.student("S1001");
        assertEquals("graded", ada.get("status").asText());
        assertEquals(ada.get("max").asDouble(), ada.get("score").asDouble());
        assertEquals("101", ada.get("lms").get("moodle.participant").asText());
        assertEquals(fx.path("subs") + "/Ada Lovelace_101_assignsubmission_file/answers.json",
                ada.get("source").asText(), "sources name the download's entry");
        JsonNode alan = fx.student("S1002");
        assertEquals(alan.get("max").asDouble(), alan.get("score").asDouble(), "online text typed with commas");
        assertEquals("205", alan.get("lms").get("moodle.participant").asText());
        JsonNode grace = fx.student("S1003");
        assertEquals(grace.get("max").asDouble(), grace.get("score").asDouble(), "the LMS says whose it is");
        assertTrue(grace.get("warnings").toString().contains("answers.txt: its student field names someone else; the"
                + " LMS download says it is this student's, and that counts."), grace.get("warnings").toString());
        assertFalse(grace.get("warnings").toString().contains("S1001"), "her page names no other student");
        assertEquals("not-submitted", fx.student("S1004").get("status").asText());
        assertEquals("unknown-student", fx.student("zz9").get("status").asText());
        assertFalse(fx.results().get("warnings").toString().isEmpty());
    }

    @Test
    void aCanvasZipIsGradedWithUserIdsAndItsLateMarkerCostsTheCoursePenalty() throws IOException {
        GradeFixture fx = new GradeFixture(dir, roster("canvas-gradebook.csv"),
                "due: 2024-03-04 12:00\nlate_penalty: {per_day: 10%, max: 50%}\n");
        Map<String, String> files = new TreeMap<>();
        files.put("lovelaceada_340934_208490284_answers.json",
                SyntheticFiles.json("S1001", fx.answers("S1001", Style.CORRECT)));
        files.put("turingalan_LATE_340935_208490301_answers.json",
                SyntheticFiles.json("S1002", fx.answers("S1002", Style.CORRECT)));
        files.put("hoppergrace_340936_text.html", "<p>" + SyntheticFiles.text("S1003", fx.answers("S1003",
                Style.PRECISE)).replace("\n", "<br>") + "</p>");
        Path zip = zip(dir.resolve("submissions.zip"), files);
        assertEquals(0, fx.run("grade", zip.toString(), "--roster", fx.path("roster.csv"), "--course",
                fx.path("course.yaml"), "--out", fx.path("graded")), fx.err + fx.out);

        JsonNode ada = fx.student("S1001");
        assertEquals("340934", ada.get("lms").get("canvas.user_id").asText());
        assertEquals("208490284", ada.get("lms").get("canvas.file_id").asText());
        assertEquals(zip + "/lovelaceada_340934_208490284_answers.json", ada.get("source").asText(),
                "the zip's entry, not the folder it was unpacked into");
        assertFalse(ada.get("late").asBoolean());
        JsonNode alan = fx.student("S1002");
        double max = alan.get("max").asDouble();
        assertTrue(alan.get("late").asBoolean());
        assertTrue(alan.get("days_late").isNull(), "Canvas gives no time");
        assertEquals(0.1 * max, alan.get("penalty").asDouble(), 1e-9, "one day's 10%");
        assertEquals(0.9 * max, alan.get("score").asDouble(), 1e-9);
        assertTrue(alan.get("warnings").isEmpty());
        JsonNode grace = fx.student("S1003");
        assertEquals(grace.get("max").asDouble(), grace.get("score").asDouble(), "a text entry, more decimals");
        assertEquals("340936", grace.get("lms").get("canvas.user_id").asText());
    }

    @Test
    void aBlindMarkedMoodleDownloadIsGradedByTheStudentFieldAndKeepsTheParticipantId() throws IOException {
        GradeFixture fx = new GradeFixture(dir, roster("moodle-participants.csv"), "");
        fx.submit("Participant_101_assignsubmission_file/answers.json",
                SyntheticFiles.json("S1004", fx.answers("S1004", Style.CORRECT)));
        assertEquals(0, fx.grade(), fx.err + fx.out);
        JsonNode sean = fx.student("S1004");
        assertEquals(sean.get("max").asDouble(), sean.get("score").asDouble());
        assertEquals("101", sean.get("lms").get("moodle.participant").asText(), "the export needs it");
        assertTrue(fx.results().get("warnings").get(0).asText().contains("the download is blind-marked"),
                fx.results().get("warnings").toString());
    }

    static Path zip(Path zip, Map<String, String> files) throws IOException {
        try (OutputStream f = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(f,
                StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : files.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }
}
