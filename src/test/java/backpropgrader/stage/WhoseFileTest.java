package backpropgrader.stage;

import backpropgrader.stage.SyntheticAnswers.Style;
import com.fasterxml.jackson.databind.JsonNode;
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
 * Issue 9's mistakes of identity and secret, each made as an instructor or a student makes it, and what grade
 * does now: the right student, or a clear stop.
 */
class WhoseFileTest {

    private static final String STOP = " submissions were made for variants of no student of this course: is this"
            + " the course secret and assignment id used for generate? (--skip-variant-check grades anyway)";

    @TempDir
    Path dir;

    @Test
    void aWrongSecretStopsWithExit65BeforeWritingAnythingWhenTheFilesCarryCodes() throws IOException {
        GradeFixture fx = new GradeFixture(dir);
        for (String id : List.of("s1", "s2", "s3")) { // what the sheet's form saved, with the right secret
            fx.submit(id + "-grade-test-answers.json", fx.saved(id, fx.code(id), fx.answers(id, Style.CORRECT)));
        }
        changeOneWordOfTheSecret(fx);
        assertEquals(65, fx.grade(), fx.out);
        assertEquals("grader: 3 of 3" + STOP + "\n", fx.err);
        assertFalse(Files.exists(dir.resolve("graded")), "nothing is written");

        assertEquals(1, fx.grade("--skip-variant-check"), fx.err);
        assertEquals("graded", fx.student("s1").get("status").asText(), "--skip-variant-check grades anyway");
        assertEquals(3, fx.results().get("attention").size(), "each file listed: its code is no student's");
    }

    @Test
    void aWrongSecretStopsTooWhenTheFilesWereTypedByHandWithoutACode() throws IOException {
        GradeFixture fx = new GradeFixture(dir);
        for (String id : List.of("s1", "s2", "s3")) {
            fx.submit(id + ".txt", SyntheticFiles.text(id, fx.answers(id, Style.CORRECT)));
        }
        changeOneWordOfTheSecret(fx);
        assertEquals(65, fx.grade(), fx.out);
        assertEquals("grader: 3 of 3" + STOP + "\n", fx.err);
        assertFalse(Files.exists(dir.resolve("graded")));
    }

    @Test
    void copiesOfAClassmatesAnswersNeverStopTheClass() throws IOException {
        GradeFixture fx = new GradeFixture(dir);
        for (String id : List.of("s1", "s2", "s3")) { // two of three copied s1: their numbers fit s1's variant
            fx.submit(id + ".txt", SyntheticFiles.text(id, fx.answers("s1", Style.CORRECT)));
        }
        assertEquals(0, fx.grade(), fx.err + fx.out);
        assertEquals("[\"collusion:s1\"]", fx.student("s2").get("flags").toString());
    }

    @Test
    void aMistypedStudentIdIsOverruledByTheVariantCodeAndListedUnderNeedsAttention() throws IOException {
        GradeFixture fx = oliverAndAnother();
        // Oliver typed 230041707 (another student's id) into the student field of his own file 230041077.json.
        fx.submit("230041077.json", fx.saved("230041707", fx.code("230041077"),
                fx.answers("230041077", Style.CORRECT)));
        assertEquals(1, fx.grade(), fx.err + fx.out);

        JsonNode oliver = fx.student("230041077");
        assertEquals("graded", oliver.get("status").asText());
        assertEquals(oliver.get("max").asDouble(), oliver.get("score").asDouble(), "his own answers, his own marks");
        assertEquals("[]", oliver.get("flags").toString());
        JsonNode other = fx.student("230041707");
        assertEquals("not-submitted", other.get("status").asText(), "who handed nothing in stays not-submitted");
        assertEquals("[]", other.get("flags").toString());
        JsonNode a = fx.results().get("attention").get(0);
        assertEquals(fx.path("subs/230041077.json"), a.get("file").asText());
        assertEquals("230041077", a.get("student").asText());
        assertEquals("{\"field\":\"230041707\",\"file_name\":\"230041077\",\"code\":\"230041077\",\"fit\":null}",
                a.get("said").toString());
        assertEquals("graded as 230041077: its variant code is 230041077's, as the file name says.",
                a.get("decision").asText());
        assertTrue(fx.out.contains("1 file needs attention: whose it is was not certain"), fx.out);
        assertFalse(oliver.get("warnings").toString().contains("230041707"), "his page names no other student");
        assertFalse(Files.readString(dir.resolve("graded/feedback/230041077.html")).contains("230041707"));
    }

    @Test
    void withoutACodeTheFitOfTheNumbersDecidesTheMistypedId() throws IOException {
        GradeFixture fx = oliverAndAnother();
        fx.submit("230041077.txt", SyntheticFiles.text("230041707", fx.answers("230041077", Style.SLIP)));
        assertEquals(1, fx.grade(), fx.err + fx.out);
        assertEquals("graded", fx.student("230041077").get("status").asText());
        assertEquals("not-submitted", fx.student("230041707").get("status").asText());
        assertEquals("[]", fx.student("230041707").get("flags").toString());
        JsonNode said = fx.results().get("attention").get(0).get("said");
        assertEquals("230041077", said.get("fit").asText(), "a slip carried through still fits his own variant");
        assertTrue(said.get("code").isNull());
    }

    @Test
    void whenNothingConfirmsEitherClaimTheFieldIsKeptAndTheFileListed() throws IOException {
        GradeFixture fx = oliverAndAnother();
        fx.submit("230041077.txt", "student = 230041707\n[example-1-single-sample]\nJ = 12\n");
        assertEquals(1, fx.grade(), fx.err + fx.out);
        assertEquals("graded", fx.student("230041707").get("status").asText());
        assertTrue(fx.results().get("attention").get(0).get("decision").asText().startsWith("graded as 230041707:"
                + " it has no variant code and its numbers fit neither variant better"));
    }

    @Test
    void claimsThatAgreeWithAnotherStudentsCodeAreCopyingNotMislabelling() throws IOException {
        GradeFixture fx = new GradeFixture(dir);
        fx.submit("s1.json", fx.saved("s1", fx.code("s1"), fx.answers("s1", Style.CORRECT)));
        // s2 took s1's saved file and put their own id into it: the code still says s1's sheet.
        fx.submit("s2.json", fx.saved("s2", fx.code("s1"), fx.answers("s1", Style.CORRECT)));
        assertEquals(0, fx.grade(), fx.err + fx.out);
        JsonNode s2 = fx.student("s2");
        assertEquals("graded", s2.get("status").asText(), "graded as the claimed student");
        assertEquals("[\"collusion:s1\"]", s2.get("flags").toString());
        assertEquals("[]", fx.student("s1").get("flags").toString());
        assertEquals(fx.student("s1").get("max").asDouble(), fx.student("s1").get("score").asDouble());
        assertEquals(0, fx.results().get("attention").size());
    }

    private GradeFixture oliverAndAnother() throws IOException {
        return new GradeFixture(dir, "id,name,email\n230041077,Oliver Brown,o@uni.example\n"
                + "230041707,Priya Shah,p@uni.example\n230041999,Sam Lee,s@uni.example\n", "");
    }

    private static void changeOneWordOfTheSecret(GradeFixture fx) throws IOException {
        Path course = fx.dir.resolve("course.yaml");
        Files.writeString(course, Files.readString(course).replace("grading fixture secret", "grading fixture secrets"));
    }
}
