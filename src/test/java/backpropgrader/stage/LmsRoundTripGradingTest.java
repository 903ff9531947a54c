package backpropgrader.stage;

import backpropgrader.stage.SyntheticAnswers.Style;
import backpropgrader.lms.LmsRules;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 5's whole round trip, once per LMS: a bulk download laid out exactly as the LMS names its files, graded,
 * exported, and the export read back with the LMS's own matching rules ({@link LmsRules}) — every student
 * matched, every grade equal to the one in results.json.
 */
class LmsRoundTripGradingTest {

    @TempDir
    Path dir;

    @Test
    void moodleFoldersGradedExportedAndReadBackByParticipantId() throws IOException {
        GradeFixture fx = new GradeFixture(dir, LmsDownloadGradingTest.roster("moodle-participants.csv"),
                "group_work: false\n");
        fx.submit("Ada Lovelace_101_assignsubmission_file/answers.json",
                SyntheticFiles.json("S1001", fx.answers("S1001", Style.CORRECT)));
        fx.submit("Alan Turing_205_assignsubmission_file/answers.txt",
                SyntheticFiles.text("S1002", fx.answers("S1002", Style.SLIP)));
        fx.submit("Grace Hopper_150_assignsubmission_file/answers.json",
                SyntheticFiles.json("S1003", fx.answers("S1003", Style.MISCONCEPTION)));
        assertEquals(0, fx.grade(), fx.err + fx.out);
        assertEquals(0, fx.run("export", "--lms", "moodle", fx.path("graded"), "--max-grade",
                fx.student("S1001").get("max").asText()), fx.err + fx.out);

        Map<String, Double> uploaded = LmsRules.moodleWorksheet(dir.resolve("graded/export/moodle/grading-worksheet.csv"));
        assertEquals(expected(fx, Map.of("S1001", "101", "S1002", "205", "S1003", "150"), 1), uploaded);
    }

    @Test
    void aCanvasZipGradedExportedAndReadBackByUserIdUnderTheAssignmentsId() throws IOException {
        GradeFixture fx = new GradeFixture(dir, LmsDownloadGradingTest.roster("canvas-gradebook.csv"), "");
        Map<String, String> files = new TreeMap<>();
        files.put("lovelaceada_340934_208490284_answers.json",
                SyntheticFiles.json("S1001", fx.answers("S1001", Style.CORRECT)));
        files.put("turingalan_340935_208490301_answers.json",
                SyntheticFiles.json("S1002", fx.answers("S1002", Style.SLIP)));
        files.put("hoppergrace_340936_208490302_answers.json",
                SyntheticFiles.json("S1003", fx.answers("S1003", Style.MISCONCEPTION)));
        Path zip = LmsDownloadGradingTest.zip(dir.resolve("submissions.zip"), files);
        assertEquals(0, fx.run("grade", zip.toString(), "--roster", fx.path("roster.csv"), "--course",
                fx.path("course.yaml"), "--out", fx.path("graded")), fx.err + fx.out);
        assertEquals(0, fx.run("export", "--lms", "canvas", fx.path("graded"), "--lms-file", fx.path("roster.csv"),
                "--title", "Backprop 1"), fx.err + fx.out);

        Map<String, Double> uploaded = LmsRules.canvasImport(dir.resolve("graded/export/canvas/gradebook-import.csv"),
                "4411");
        // The gradebook's Points Possible (20) is the LMS's maximum: scores are scaled to it.
        assertEquals(expected(fx, Map.of("S1001", "340934", "S1002", "340935", "S1003", "340936"), 20), uploaded);
    }

    @Test
    void blackboardAttemptsGradedExportedAndReadBackByUsernameIntoTheColumn() throws IOException {
        GradeFixture fx = new GradeFixture(dir, LmsDownloadGradingTest.roster("blackboard-users.csv"), "");
        attempt(fx, "alovelace", "Ada Lovelace", "S1001", Style.CORRECT);
        attempt(fx, "aturing", "Alan Turing", "S1002", Style.SLIP);
        assertEquals(0, fx.grade(), fx.err + fx.out);
        assertEquals(0, fx.run("export", "--lms", "blackboard", fx.path("graded"), "--lms-file",
                Path.of("src/test/resources/lms/rosters/blackboard-grade-center.txt").toAbsolutePath().toString(),
                "--tabs"), fx.err + fx.out);

        Map<String, Double> uploaded = LmsRules.blackboardUpload(
                dir.resolve("graded/export/blackboard/grade-center-upload.txt"), '\t', "118273");
        assertEquals(expected(fx, Map.of("S1001", "alovelace", "S1002", "aturing"), 20), uploaded);
    }

    /** The LMS identity → the score in results.json, scaled to {@code lmsMax} (1: as it is) and rounded to 2 places. */
    private static Map<String, Double> expected(GradeFixture fx, Map<String, String> lmsIdOf, double lmsMax) {
        Map<String, Double> out = new TreeMap<>();
        lmsIdOf.forEach((id, lms) -> {
            JsonNode s = fx.student(id);
            double score = s.get("score").asDouble();
            double scaled = lmsMax == 1 ? score : score * lmsMax / s.get("max").asDouble();
            out.put(lms, new BigDecimal(Double.toString(scaled)).setScale(2, RoundingMode.HALF_UP).doubleValue());
        });
        return out;
    }

    private static void attempt(GradeFixture fx, String user, String name, String id, Style style) {
        String base = "Backprop 1_" + user + "_attempt_2024-03-01-10-00-00";
        fx.submit(base + ".txt", "Name: " + name + " (" + user + ")\nAssignment: Backprop 1\n\nFiles:\n"
                + "\tOriginal filename: answers.json\n\tFilename: " + base + "_answers.json\n");
        fx.submit(base + "_answers.json", SyntheticFiles.json(id, fx.answers(id, style)));
    }
}
