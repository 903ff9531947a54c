package backpropgrader.stage;

import backpropgrader.lms.LmsRules;
import backpropgrader.stage.SyntheticAnswers.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9, Build 8: every student gets their page through the LMS where it can map them — the unreadable and
 * the not-submitted too — and the export's summary counts what it wrote, file by file, as the files hold it.
 */
class EveryPageThroughTheLmsTest {

    private static final Path WORKSHEET = Path.of("src/test/resources/lms/moodle/Grades-NN101-Backprop 1-42.csv")
            .toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void unreadableAndNotSubmittedStudentsPagesGoIntoMoodlesFeedbackZip() throws IOException {
        GradeFixture fx = new GradeFixture(dir, LmsDownloadGradingTest.roster("moodle-participants.csv"), "");
        fx.submit("Ada Lovelace_101_assignsubmission_file/answers.json",
                SyntheticFiles.json("S1001", fx.answers("S1001", Style.CORRECT)));
        fx.submit("Alan Turing_205_assignsubmission_file/answers.json", "{\"student\": \"S1002\", \"answers\": {");
        assertEquals(1, fx.grade("--worksheet", WORKSHEET.toString()), fx.err + fx.out); // S1002 unreadable
        assertEquals(0, fx.run("export", "--lms", "moodle", fx.path("graded"), "--roster", fx.path("roster.csv"),
                "--worksheet", WORKSHEET.toString()), fx.err + fx.out);
        Path zip = dir.resolve("graded/export/moodle/feedback-files.zip");
        // Ada (graded), Alan (unreadable: his page says what was wrong), Grace and Seán (nothing handed in, found
        // through the worksheet's email addresses).
        assertEquals(Map.of("101", "feedback.html", "205", "feedback.html", "150", "feedback.html", "177",
                "feedback.html"), LmsRules.moodleFeedbackZip(zip));
        assertTrue(fx.out.contains(zip + " — 4 feedback pages\n"), fx.out);
        // Ada's full marks scaled to the worksheet's maximum (20); Alan's grade stays as Moodle had it.
        assertEquals(Map.of("101", 20.0, "205", 12.0),
                LmsRules.moodleWorksheet(dir.resolve("graded/export/moodle/Grades-NN101-Backprop 1-42.csv")));
    }

    @Test
    void aPlainFolderExportCountsTheGradesTheGradebookFileHoldsAndPromisesNoFileItDoesNotSend() throws IOException {
        GradeFixture fx = new GradeFixture(dir);
        for (String id : List.of("s1", "s2", "s3")) {
            fx.submit(id + ".json", SyntheticFiles.json(id, fx.answers(id, Style.CORRECT)));
        }
        assertEquals(0, fx.grade(), fx.err + fx.out);
        String max = fx.student("s1").get("max").asText();
        assertEquals(0, fx.run("export", "--lms", "moodle", fx.path("graded"), "--max-grade", max), fx.err + fx.out);
        Path out = dir.resolve("graded/export/moodle");
        assertTrue(fx.out.contains("Exported 3 of 3 grades for Moodle"), fx.out);
        assertTrue(fx.out.contains(out.resolve("gradebook-import.csv") + " — 3 grades\n"), fx.out);
        assertTrue(fx.out.contains(out.resolve("grading-worksheet.csv") + " — 0 grades\n"), fx.out);
        assertTrue(fx.out.contains(out.resolve("feedback-files.zip") + " — 0 feedback pages\n"), fx.out);
        assertEquals(4, LmsRules.rows(out.resolve("gradebook-import.csv"), ',').size(), "the header and 3 grades");
        String book = Files.readString(out.resolve("gradebook-import.csv"));
        assertFalse(book.contains("attached feedback file"), "the zip holds no page, so no comment promises one");
        assertTrue(book.contains("Score: "), book);
    }
}
