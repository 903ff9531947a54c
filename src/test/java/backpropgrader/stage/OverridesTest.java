package backpropgrader.stage;

import backpropgrader.stage.SyntheticAnswers.Style;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Instructor overrides: applied after marking on every regrade, shown in the results; bad lines named. */
class OverridesTest {

    private static final String EX = "example-1-single-sample";

    @TempDir
    Path dir;
    GradeFixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new GradeFixture(dir);
        fx.submit("s2.txt", SyntheticFiles.text("s2", fx.answers("s2", Style.SLIP)));
        fx.submit("s1.json", SyntheticFiles.json("s1", fx.answers("s1", Style.CORRECT)));
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    @Test
    void aYamlOverrideSetsTheVerdictPointsAndReasonAndTheScoreIsAddedUpAgain() throws IOException {
        assertEquals(0, fx.grade(), fx.err);
        JsonNode before = fx.student("s2");
        assertEquals("wrong", GradeFixture.item(before, EX, "z[1]_1").get("verdict").asText());
        Files.writeString(dir.resolve("overrides.yaml"), """
                # accepted after the tutorial
                - student: s2
                  exercise: example-1-single-sample
                  key: "z[1]_1"
                  verdict: correct
                  reason: "Misread w from the board; accepted."
                - student: s1
                  exercise: example-1-single-sample
                  key: J
                  points: 0.25
                  reason: Copied J from a neighbour's sheet.
                """);
        assertEquals(0, fx.grade("--force", "--overrides", fx.path("overrides.yaml")), fx.err);
        JsonNode s2 = fx.student("s2");
        JsonNode z = GradeFixture.item(s2, EX, "z[1]_1");
        assertEquals("correct", z.get("verdict").asText());
        assertEquals(1, z.get("points").asDouble());
        assertEquals("Misread w from the board; accepted.", z.get("override").asText());
        assertEquals("Before your instructor's adjustment: " + lowerFirst(GradeFixture.item(before, EX, "z[1]_1")
                .get("reason").asText()), z.get("reason").asText(), "the grader's sentence, as it was before");
        assertEquals("adjusted", z.get("reason_kind").asText());
        assertEquals(GradeFixture.item(before, EX, "z[1]_1").get("reason_kind").asText(),
                z.get("reason_before").asText());
        assertEquals(before.get("score").asDouble() + 1, s2.get("score").asDouble(), 1e-9);
        JsonNode j = GradeFixture.item(fx.student("s1"), EX, "J");
        assertEquals("correct", j.get("verdict").asText(), "points alone keep the verdict");
        assertEquals(0.25, j.get("points").asDouble());
        assertEquals(fx.student("s1").get("max").asDouble() - 0.75, fx.student("s1").get("score").asDouble(), 1e-9);
        assertTrue(Files.readString(dir.resolve("graded/items.csv")).contains(",Copied J from a neighbour's sheet.\n"));
    }

    @Test
    void aCsvOverrideFileWorksTheSame() throws IOException {
        Files.writeString(dir.resolve("overrides.csv"), "student,exercise,key,points,verdict,reason\n"
                + "s2,example-1-single-sample,z[1]_1,,follow-through,\"Slip, carried: credit as follow-through\"\n");
        assertEquals(0, fx.grade("--overrides", fx.path("overrides.csv")), fx.err);
        JsonNode z = GradeFixture.item(fx.student("s2"), EX, "z[1]_1");
        assertEquals("follow-through", z.get("verdict").asText());
        assertEquals(1, z.get("points").asDouble(), "follow-through earns the course's credit (full by default)");
        assertEquals("Slip, carried: credit as follow-through", z.get("override").asText());
    }

    @Test
    void unknownStudentsExercisesAndKeysAreErrorsNamingTheLine() throws IOException {
        expectError("student,exercise,key,points,verdict,reason\ns1,example-1-single-sample,J,1,,ok\n"
                + "s7,example-1-single-sample,J,1,,ok\n", "overrides.csv: line 3: the student 's7' is not on the"
                + " roster; expected the id of a roster student.");
        expectError("student,exercise,key,points,verdict,reason\ns1,example-9,J,1,,ok\n", "overrides.csv: line 2:"
                + " the exercise 'example-9' is not in this assignment; expected one of example-1-single-sample,"
                + " quiz-1.1-chain-rule.");
        expectError("student,exercise,key,points,verdict,reason\ns1,example-1-single-sample,z[3]_1,1,,ok\n",
                "overrides.csv: line 2: the key 'z[3]_1' is not asked in example-1-single-sample; expected one of"
                        + " z[1]_1, z[1]_2,");
        expectError("student,exercise,key,points,verdict,reason\ns1,example-1-single-sample,J,3,,ok\n",
                "overrides.csv: line 2: points: expected a number from 0 to 1 (what J is worth), found 3.");
        expectError("student,exercise,key,points,verdict,reason\ns1,example-1-single-sample,J,,right,ok\n",
                "overrides.csv: line 2: verdict: expected correct, follow-through, wrong or missing, found 'right'.");
        Files.writeString(dir.resolve("overrides.yaml"), "- student: s1\n  exercise: example-1-single-sample\n"
                + "  key: J\n  points: 1\n  reason: ok\n- student: s1\n  exercise: example-1-single-sample\n"
                + "  key: J\n  verdict: wrong\n  reason: again\n");
        assertEquals(65, fx.grade("--overrides", fx.path("overrides.yaml")));
        assertTrue(fx.err.contains("overrides.yaml: line 6: s1 example-1-single-sample J is overridden already ("
                + fx.path("overrides.yaml") + ": line 1)"), fx.err);
    }

    private void expectError(String csv, String message) throws IOException {
        Files.writeString(dir.resolve("overrides.csv"), csv);
        assertEquals(65, fx.grade("--overrides", fx.path("overrides.csv")), fx.out);
        assertTrue(fx.err.contains(message), fx.err);
        assertTrue(!Files.exists(dir.resolve("graded")), "nothing is graded with a bad overrides file");
    }
}
