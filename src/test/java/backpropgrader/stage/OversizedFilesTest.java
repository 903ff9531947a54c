package backpropgrader.stage;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.time.Duration;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Students as adversaries, files made to eat the machine: a hand-in far larger than any real one, or one within the
 * size bound but with a million keys answered again, is unreadable — that file only, with the bound named — and
 * the class is graded as without it, quickly.
 */
class OversizedFilesTest {

    @TempDir
    Path dir;

    @Test
    void hugeHandInsAreUnreadableOneByOneAndTheClassIsGradedAsWithoutThem() throws IOException {
        HostileClass c = new HostileClass(dir);
        StringBuilder unknown = new StringBuilder("{\"student\": \"s3\", \"answers\": {");
        for (int i = 0; unknown.length() < (22 << 20); i++) {
            unknown.append("\"no-such-exercise-").append(i).append("\": {\"k\": 1}, ");
        }
        c.hostile.submit("s3.json", unknown.append("\"last\": {}}}").toString());
        c.hostile.submit("s3-answers.txt", "[example-1-single-sample]\n" + "J = 1\n".repeat(300_000));
        StringBuilder exercises = new StringBuilder("[e]\n" + "k = 1\n".repeat(1_000));
        for (int i = 0; i < 1_000; i++) {
            exercises.append("[f").append(i).append("]\n");
        }
        c.hostile.submit("stranger.txt", exercises.toString());

        int code = assertTimeoutPreemptively(Duration.ofSeconds(60), c::grade);
        assertEquals(1, code, c.hostile.err + c.hostile.out);
        c.assertClassmatesUnchanged();
        JsonNode s3 = c.hostile.student("s3");
        assertEquals("unreadable", s3.get("status").asText());
        String all = s3.toString();
        assertTrue(all.contains("s3.json: the file is 23,068,"), all);
        assertTrue(all.contains("at most 2 MiB are read for one student's answers."), all);
        assertTrue(all.contains("s3-answers.txt: line 10001: more than 10,000 lines; at most 10,000 are read."), all);
        JsonNode stranger = c.hostile.student("stranger");
        assertTrue(stranger.get("error").asText().endsWith("stranger.txt: line 1101: more than 100 exercises; at most"
                + " 100 are read."), stranger.toString());
    }
}
