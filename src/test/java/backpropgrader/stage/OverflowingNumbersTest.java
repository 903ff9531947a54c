package backpropgrader.stage;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Students as adversaries, numbers that overflow: valid JSON numbers and typed values too large (or too small)
 * for any type cost the item they are in — its answer is unreadable, in plain words — and nothing else: the rest
 * of the file is marked and the class is graded as without them (also from inside a Moodle zip).
 */
class OverflowingNumbersTest {

    static final List<String> NUMBERS = List.of("1e2147483648", "1e-2147483648", "-1e400", "9e99999999999999999999",
            "9".repeat(5000));

    @TempDir
    Path dir;

    @Test
    void overflowingJsonNumbersAreThoseItemsUnreadableAnswersAndTheRestIsMarked() throws IOException {
        HostileClass c = new HostileClass(dir);
        c.clean.submit("s3.json", SyntheticFiles.json("s3", c.clean.answers("s3", SyntheticAnswers.Style.CORRECT)));
        Map<String, Map<String, String>> typed = c.hostile.answers("s3", SyntheticAnswers.Style.CORRECT);
        String exercise = typed.keySet().iterator().next();
        List<String> keys = new ArrayList<>(typed.get(exercise).keySet());
        StringBuilder json = new StringBuilder("{\"student\": \"s3\", \"answers\": {\"" + exercise + "\": {");
        for (int i = 0; i < keys.size(); i++) {
            String value = i < NUMBERS.size() ? NUMBERS.get(i) : "\"" + typed.get(exercise).get(keys.get(i)) + "\"";
            json.append(i == 0 ? "" : ", ").append('"').append(keys.get(i)).append("\": ").append(value);
        }
        c.hostile.submit("s3.json", json + "}}}");

        assertEquals(0, c.grade(), c.hostile.err + c.hostile.out);
        c.assertClassmatesUnchanged();
        JsonNode s3 = c.hostile.student("s3");
        assertEquals("graded", s3.get("status").asText());
        List<String> reasons = List.of("'1e2147483648' is too large a number to read",
                "'1e-2147483648' is too small a number to read", "'-1E+400' is too large a number to read",
                "'9e99999999999999999999' is too large a number to read",
                "the value is 5000 characters long; at most 200 are read");
        for (int i = 0; i < NUMBERS.size(); i++) {
            JsonNode item = GradeFixture.item(s3, exercise, keys.get(i));
            assertEquals("wrong", item.get("verdict").asText(), item.toString());
            assertTrue(item.get("reason").asText().contains(reasons.get(i)), item.toString());
        }
        JsonNode others = GradeFixture.item(s3, exercise, keys.get(NUMBERS.size()));
        assertEquals("correct", others.get("verdict").asText(), "the rest of the file is marked: " + others);
    }

    @Test
    void theLargestAndSmallestNumbersThatDoExistAreMarkedWithoutAnInternalError() throws IOException {
        HostileClass c = new HostileClass(dir);
        c.clean.submit("s3.json", SyntheticFiles.json("s3", c.clean.answers("s3", SyntheticAnswers.Style.CORRECT)));
        Map<String, Map<String, String>> typed = c.hostile.answers("s3", SyntheticAnswers.Style.CORRECT);
        List<String> extremes = List.of("1.7976931348623157e308", "-1.7976931348623157E+308", "4.9e-324", "-0e-400",
                "1e-400", "1e300*1e10", "10^400", "0.000000000000000000000000000000000000001");
        int n = 0;
        for (Map<String, String> keys : typed.values()) {
            for (Map.Entry<String, String> k : keys.entrySet()) {
                k.setValue(extremes.get(n++ % extremes.size()));
            }
        }
        c.hostile.submit("s3.json", SyntheticFiles.json("s3", typed));
        assertEquals(0, c.grade(), c.hostile.err + c.hostile.out);
        c.assertClassmatesUnchanged();
        JsonNode s3 = c.hostile.student("s3");
        assertEquals("graded", s3.get("status").asText(), s3.toString());
        // Nothing typed is right. The one credit is h[1]_2 = 0: exactly what σ gives for the student's own
        // z[1]_2 = −1.8e308, and a value their own earlier answer produces is never trivial (docs/MARKING.md).
        double points = 0;
        for (JsonNode item : s3.get("items")) {
            assertNotEquals("correct", item.get("verdict").asText(), item.toString());
            points += item.get("points").asDouble();
        }
        assertEquals(points, s3.get("score").asDouble(), s3.toString());
        assertEquals(1.0, points, s3.toString());
        assertEquals("follow-through", GradeFixture.item(s3, "example-1-single-sample", "h[1]_2").get("verdict")
                .asText(), s3.toString());
    }

    @Test
    void anEightyByteHandInInsideAMoodleZipNoLongerStopsTheClass() throws IOException {
        GradeFixture fx = new GradeFixture(dir, LmsDownloadGradingTest.roster("moodle-participants.csv"),
                "group_work: false\n");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("Ada Lovelace_101_assignsubmission_file/answers.json",
                SyntheticFiles.json("S1001", fx.answers("S1001", SyntheticAnswers.Style.CORRECT)));
        // The download matches by display name here, so the hand-in's other numbers must confirm whose it is:
        // a whole hand-in with the overflowing number as a JSON number (not a string) in place of J.
        Map<String, Map<String, String>> typed = fx.answers("S1002", SyntheticAnswers.Style.CORRECT);
        typed.get("example-1-single-sample").put("J", "1e2147483648");
        String handIn = SyntheticFiles.json("S1002", typed).replaceFirst("\"J\"(\\s*):(\\s*)\"1e2147483648\"",
                "\"J\"$1:$21e2147483648");
        assertTrue(handIn.matches("(?s).*\"J\"\\s*:\\s*1e2147483648.*"), handIn);
        files.put("Alan Turing_205_assignsubmission_file/answers.json", handIn);
        Path zip = LmsDownloadGradingTest.zip(dir.resolve("download.zip"), files);
        assertEquals(0, fx.run("grade", zip.toString(), "--roster", fx.path("roster.csv"), "--course",
                fx.path("course.yaml"), "--out", fx.path("graded")), fx.err + fx.out);
        JsonNode ada = fx.student("S1001");
        assertEquals(ada.get("max").asDouble(), ada.get("score").asDouble());
        JsonNode j = GradeFixture.item(fx.student("S1002"), "example-1-single-sample", "J");
        assertTrue(j.get("reason").asText().contains("'1e2147483648' is too large a number to read"), j.toString());
    }

    @Test
    void aTypedValueWithAHugeExponentCostsThatItemOnly() throws IOException {
        HostileClass c = new HostileClass(dir);
        c.clean.submit("s3.txt", SyntheticFiles.text("s3", c.clean.answers("s3", SyntheticAnswers.Style.CORRECT)));
        Map<String, Map<String, String>> typed = c.hostile.answers("s3", SyntheticAnswers.Style.CORRECT);
        String exercise = typed.keySet().iterator().next();
        String key = typed.get(exercise).keySet().iterator().next();
        typed.get(exercise).put(key, "0e99999999999");
        c.hostile.submit("s3.txt", SyntheticFiles.text("s3", typed));

        assertEquals(0, c.grade(), c.hostile.err + c.hostile.out);
        c.assertClassmatesUnchanged();
        JsonNode s3 = c.hostile.student("s3");
        JsonNode item = GradeFixture.item(s3, exercise, key);
        assertTrue(item.get("reason").asText().contains("'0e99999999999' has too large an exponent to read"),
                item.toString());
        long correct = 0;
        for (JsonNode i : s3.get("items")) {
            correct += i.get("verdict").asText().equals("correct") ? 1 : 0;
        }
        assertEquals(s3.get("items").size() - 1, correct, "every other item is marked: " + s3);
    }
}
