package backpropgrader.stage;

import backpropgrader.kernel.TreeFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-in cannot go stale (docs/FORMATS.md): the file the sheet's form saves is named for the student and the
 * assignment, and grade takes it as theirs from that name alone; the blank templates beside the sheet have other
 * names, and one handed back untouched is flagged for the instructor and explained to the student.
 */
class HandInTest {

    @TempDir
    Path dir;

    @Test
    void theFileTheSheetSavesIsTheStudentsByItsNameAlone() throws IOException {
        GradeFixture fx = new GradeFixture(dir);
        assertEquals(0, fx.generate(), fx.err);
        String sheet = Files.readString(dir.resolve("handout/students/s1/sheet.html"));
        assertTrue(sheet.contains("data-file=\"s1-grade-test-answers.json\""), "the name the form saves under");
        ObjectNode saved = (ObjectNode) TreeFiles.JSON.readTree(SyntheticFiles.json("s1",
                fx.answers("s1", SyntheticAnswers.Style.CORRECT)));
        saved.remove("student"); // the name alone must say whose it is
        fx.submit("s1-grade-test-answers.json", saved.toString());
        assertFalse(Files.readString(dir.resolve("subs/s1-grade-test-answers.json")).contains("\"student\""));
        assertEquals(0, fx.grade(), fx.err + fx.out);
        JsonNode s1 = fx.student("s1");
        assertEquals("graded", s1.get("status").asText());
        assertEquals(s1.get("max").asDouble(), s1.get("score").asDouble());
        assertEquals(0, s1.get("flags").size());
        assertEquals(0, s1.get("warnings").size(), s1.get("warnings").toString());
    }

    @Test
    void theBlankTemplateHandedBackIsFlaggedAndExplained() throws IOException {
        GradeFixture fx = new GradeFixture(dir);
        assertEquals(0, fx.generate(), fx.err);
        assertFalse(Files.exists(dir.resolve("handout/students/s2/answers.json")), "no template under the old name");
        fx.submit("s2.json", Files.readString(dir.resolve("handout/students/s2/answers-blank.json")));
        fx.submit("s3.txt", Files.readString(dir.resolve("handout/students/s3/answers-blank.txt")));
        assertEquals(0, fx.grade(), fx.err + fx.out);
        for (String id : List.of("s2", "s3")) {
            JsonNode s = fx.student(id);
            assertEquals("graded", s.get("status").asText());
            assertEquals(0, s.get("score").asDouble());
            assertEquals("[\"blank\"]", s.get("flags").toString());
            assertTrue(s.get("warnings").get(0).asText().contains("nothing in this file is answered"), s.toString());
            String feedback = Files.readString(dir.resolve("graded/feedback/" + id + ".html"));
            assertTrue(feedback.contains("the file to hand in is the one your sheet&#39;s Save answers button saves"),
                    "the student is told");
        }
        String report = Files.readString(dir.resolve("graded/report.html"));
        assertTrue(report.contains("most likely the blank template handed back"), "the report explains the flag");
    }
}
