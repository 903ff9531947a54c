package backpropgrader.stage;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Students as adversaries, amplification: a hand-in of long unknown keys, exercises and values (nearly 2 MB) is
 * echoed only as short excerpts — in warnings, the report, the feedback page and on the console — so the outputs
 * grow by a small fraction of it, never many times its size; results.json keeps the raw answer (bounded by the
 * reader's value limit).
 */
class BoundedEchoTest {

    @TempDir
    Path dir;

    @Test
    void longKeysExercisesAndValuesAreQuotedAsShortExcerptsOnly() throws IOException {
        HostileClass c = new HostileClass(dir);
        Map<String, Map<String, String>> typed = c.clean.answers("s3", SyntheticAnswers.Style.CORRECT);
        c.clean.submit("s3.json", SyntheticFiles.json("s3", typed));
        String exercise = typed.keySet().iterator().next();
        String asked = typed.get(exercise).keySet().iterator().next();
        String longValue = "7".repeat(9_000);
        typed.get(exercise).put(asked, longValue);
        for (int i = 0; i < 900; i++) {
            typed.get(exercise).put("k" + "x".repeat(1_500) + i, "1");
        }
        for (int i = 0; i < 50; i++) {
            typed.put("e" + "x".repeat(3_000) + i, Map.of("k", "1"));
        }
        c.hostile.submit("s3.json", SyntheticFiles.json("s3", typed));
        long handIn = Files.size(c.hostile.dir.resolve("subs/s3.json"));
        assertTrue(handIn > 1_500_000 && handIn < 2_000_000, handIn + " bytes");

        assertEquals(0, c.grade(), c.hostile.err + c.hostile.out);
        c.assertClassmatesUnchanged();
        String run = "x".repeat(61);
        for (String file : new String[] {"report.html", "feedback/s3.html", "results.json", "grades.csv"}) {
            String clean = HostileClass.read(c.clean, "graded/" + file);
            String hostile = HostileClass.read(c.hostile, "graded/" + file);
            assertFalse(hostile.contains(run), file + " quotes more than an excerpt");
            assertTrue(hostile.length() - clean.length() < 100_000, file + " grew by "
                    + (hostile.length() - clean.length()) + " characters for a " + handIn + "-byte hand-in");
        }
        assertFalse((c.hostile.out + c.hostile.err).contains(run), "the console quotes an excerpt only");
        String feedback = HostileClass.read(c.hostile, "graded/feedback/s3.html");
        assertTrue(feedback.contains("7".repeat(200) + "…") && !feedback.contains("7".repeat(201)),
                "the student sees as much of their answer as the marker reads, no more");
        JsonNode item = GradeFixture.item(c.hostile.student("s3"), exercise, asked);
        assertEquals(longValue, item.get("submitted").asText(), "results.json keeps the raw answer");
        assertTrue(c.hostile.student("s3").get("warnings").toString().contains("880 more keys are not asked on this"
                + " sheet; their answers were not marked."), c.hostile.student("s3").get("warnings").toString());
    }
}
