package backpropgrader.stage;

import backpropgrader.lms.LmsRules;
import backpropgrader.stage.SyntheticAnswers.Style;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14.3, "no student decides another student's mark": each attack built as a student would, and the class
 * graded exactly as without it — the classmate's own file counts, nothing is exported for a stolen identity.
 */
class ImpersonationTest {

    @TempDir
    Path dir;

    @Test
    void aFileWhoseStudentFieldNamesAClassmateNeverReplacesTheClassmatesOwnFile() throws IOException {
        GradeFixture fx = new GradeFixture(dir);
        fx.submit("s1.json", fx.saved("s1", fx.code("s1"), fx.answers("s1", Style.CORRECT)));
        fx.submit("s2.json", fx.saved("s2", fx.code("s2"), fx.answers("s2", Style.CORRECT)));
        assertEquals(0, fx.grade(), fx.err + fx.out);
        JsonNode before = fx.results().get("students");

        // s3 hands in zeros claiming to be s2: once under a name that says nothing, once as "s3.json" with s2's
        // code copied from a glimpse of s2's sheet.
        fx.submit("answers.json", "{\"student\": \"s2\", \"answers\": {\"example-1-single-sample\": {\"J\": 0,"
                + " \"z[1]_1\": 0}}}");
        fx.submit("s3.json", fx.saved("s2", fx.code("s2"), Map.of("example-1-single-sample", Map.of("J", "0"))));
        assertEquals(1, fx.grade("--force"), fx.err + fx.out);
        JsonNode s2 = fx.student("s2");
        assertEquals(before.get(1).get("score"), s2.get("score"), "s2's own file counts");
        assertEquals(fx.path("subs/s2.json"), s2.get("source").asText());
        assertEquals(before.get(0).toString(), fx.student("s1").toString(), "the rest of the class as before");
        assertEquals("not-submitted", fx.student("s3").get("status").asText());
        List<String> decisions = decisions(fx);
        assertEquals(2, decisions.size(), decisions.toString());
        assertTrue(decisions.stream().allMatch(d -> d.equals("not marked: s2 handed in their own file, "
                + fx.path("subs/s2.json") + ", which counts.")), decisions.toString());
        assertFalse(s2.get("warnings").toString().contains("answers.json"), "s2's page does not name the attack");
    }

    @Test
    void aStrayClassWideCsvAmongPerStudentFilesDecidesNobodysMarks() throws IOException {
        GradeFixture fx = new GradeFixture(dir);
        fx.submit("s1.json", SyntheticFiles.json("s1", fx.answers("s1", Style.CORRECT)));
        fx.submit("s2.txt", SyntheticFiles.text("s2", fx.answers("s2", Style.SLIP)));
        assertEquals(0, fx.grade(), fx.err + fx.out);
        JsonNode before = fx.results().get("students");

        fx.submit("s3.csv", "student,example-1-single-sample/J\ns1,0\ns2,0\ns3,0\n");
        assertEquals(1, fx.grade("--force"), fx.err + fx.out);
        JsonNode s3 = fx.student("s3");
        assertEquals("unreadable", s3.get("status").asText());
        assertEquals(fx.path("subs/s3.csv") + ": a class-wide table (.csv) among per-student files is not read, so"
                + " that no file decides another student's marks; hand in a .json or .txt file of answers, or give"
                + " the table itself as SUBMISSIONS.", s3.get("error").asText());
        JsonNode now = fx.results().get("students");
        assertEquals(before.get(0), now.get(0), "s1 exactly as without it");
        assertEquals(before.get(1), now.get(1), "s2 exactly as without it");
        assertEquals(fx.student("s1").get("max").asDouble(), fx.student("s1").get("score").asDouble());
    }

    @Test
    void aMoodleProfileRenamedToAClassmatesNameTakesNothingOfTheirs() throws IOException {
        GradeFixture fx = new GradeFixture(dir, LmsDownloadGradingTest.roster("moodle-participants.csv"),
                "group_work: false\n");
        fx.submit("Ada Lovelace_101_assignsubmission_file/answers.json",
                fx.saved("S1001", fx.code("S1001"), fx.answers("S1001", Style.CORRECT)));
        // Alan (participant 205) renamed his profile to "Ada Lovelace": the download names his folder so.
        fx.submit("Ada Lovelace_205_assignsubmission_file/answers.json",
                fx.saved("S1001", fx.code("S1002"), fx.answers("S1002", Style.CORRECT)));
        assertEquals(1, fx.grade(), fx.err + fx.out);
        JsonNode ada = fx.student("S1001");
        assertEquals(ada.get("max").asDouble(), ada.get("score").asDouble());
        assertEquals("101", ada.get("lms").get("moodle.participant").asText(), "her grade goes to her account");
        assertEquals("not-submitted", fx.student("S1002").get("status").asText());
        JsonNode a = attention(fx, "Ada Lovelace_205");
        assertTrue(a.get("student").isNull());
        assertEquals("S1002", a.get("said").get("code").asText());
        assertEquals("not graded, and nothing is exported for it: the download matched it to S1001 by the display"
                + " name alone, and neither its variant code nor its numbers confirm that.", a.get("decision").asText());

        String max = ada.get("max").asText();
        assertEquals(0, fx.run("export", "--lms", "moodle", fx.path("graded"), "--max-grade", max), fx.err + fx.out);
        Path out = dir.resolve("graded/export/moodle");
        assertEquals(Map.of("101", ada.get("score").asDouble()),
                LmsRules.moodleWorksheet(out.resolve("grading-worksheet.csv")), "nothing for participant 205");
        assertNull(LmsRules.moodleFeedbackZip(out.resolve("feedback-files.zip")).get("205"));
    }

    @Test
    void aRenamedCanvasProfileWithAPlainRosterIsNotGradedAsTheClassmate() throws IOException {
        GradeFixture fx = new GradeFixture(dir, "id,name,email\nS1001,Ada Lovelace,a@x\nS1002,Alan Turing,b@x\n", "");
        Map<String, String> files = new TreeMap<>();
        // Alan (Canvas user 340935) renamed himself "Lovelace, Ada"; Ada handed in nothing.
        files.put("lovelaceada_340935_208490301_answers.json", SyntheticFiles.json("S1001",
                fx.answers("S1002", Style.CORRECT)));
        Path zip = LmsDownloadGradingTest.zip(dir.resolve("submissions.zip"), files);
        assertEquals(1, fx.run("grade", zip.toString(), "--roster", fx.path("roster.csv"), "--course",
                fx.path("course.yaml"), "--out", fx.path("graded")), fx.err + fx.out);
        assertEquals("not-submitted", fx.student("S1001").get("status").asText(), "nobody takes Ada's slot");
        assertTrue(fx.student("S1001").get("lms").toString().equals("{}"), "no Canvas id of Alan's goes to Ada");
        assertTrue(attention(fx, "lovelaceada_340935").get("decision").asText().startsWith("not graded, and nothing"
                + " is exported for it: the download matched it to S1001 by the display name alone"));
    }

    private static List<String> decisions(GradeFixture fx) {
        List<String> out = new java.util.ArrayList<>();
        fx.results().get("attention").forEach(a -> out.add(a.get("decision").asText()));
        return out;
    }

    private static JsonNode attention(GradeFixture fx, String file) {
        for (JsonNode a : fx.results().get("attention")) {
            if (a.get("file").asText().contains(file)) {
                return a;
            }
        }
        throw new AssertionError("no attention entry for " + file + ": " + fx.results().get("attention"));
    }
}
