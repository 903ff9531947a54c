package backpropgrader.grade;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * One file never eats the machine: each reader refuses a file past a bound of {@link SubmissionLimits} with a
 * message naming the file, the bound and what was found — and stops there. Each file below has broken text right
 * after the bound, so a reader that went on past it would report that instead.
 */
class SubmissionLimitsTest {

    private static final String BROKEN = " this is not valid in any of the three formats ]]]\"\n";

    @TempDir
    Path dir;

    @Test
    void aFileLargerThanTwoMebibytesIsRefusedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("s05.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(60L << 20); // ten million repeated keys would be this size; its bytes are never read
        }
        String m = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> message(big));
        assertEquals(big + ": the file is 62,914,560 bytes; at most 2 MiB are read for one student's answers.", m);
    }

    @Test
    void aClassWideCsvMayBeLargerThanOneStudentsFile() throws IOException, UnreadableSubmissionException {
        StringBuilder b = new StringBuilder("student,name,e/k\n");
        for (int i = 0; b.length() < (3 << 20); i++) {
            b.append("s").append(i).append(",A student with a long name,1.25\n");
        }
        Path csv = Files.writeString(dir.resolve("class.csv"), b);
        List<Submission> read = SubmissionReader.read(csv);
        assertEquals("1.25", read.get(read.size() - 1).answers().get("e").get("k"));
        Path json = Files.writeString(dir.resolve("s1.json"), "{\"answers\": {}}" + " ".repeat(3 << 20));
        assertEquals(json + ": the file is 3,145,743 bytes; at most 2 MiB are read for one student's answers.",
                message(json));
    }

    @Test
    void jsonStopsAtTheHundredAndFirstExercise() {
        StringBuilder b = new StringBuilder("{\"student\": \"s05\", \"answers\": {");
        for (int i = 0; i <= 100; i++) {
            b.append("\"e").append(i).append("\": {\"k\": 1}, ");
        }
        assertEquals("s05.json: $.answers: more than 100 exercises; at most 100 are read.",
                message(b + BROKEN, "s05.json"));
    }

    @Test
    void jsonStopsAtTheThousandAndFirstKeyOfAnExercise() {
        StringBuilder b = new StringBuilder("{\"answers\": {\"e1\": {");
        for (int i = 0; i <= 1000; i++) {
            b.append("\"k").append(i).append("\": \"1\", ");
        }
        assertEquals("s05.json: $.answers[\"e1\"]: more than 1,000 keys; at most 1,000 are read.",
                message(b + BROKEN, "s05.json"));
    }

    @Test
    void aValueLongerThanTenThousandCharactersIsRefusedInEveryFormat() {
        String v = "1".repeat(10_001);
        assertEquals("s05.json: $.answers[\"e1\"][\"k\"]: a value of 10,001 characters; at most 10,000 are read.",
                message("{\"answers\": {\"e1\": {\"k\": \"" + v + "\"}}}" + BROKEN, "s05.json"));
        // "[" and the number: the copy stops there, before ", 1]"
        assertEquals("s05.json: $.answers[\"e1\"][\"k\"]: a value of 10,002 characters; at most 10,000 are read.",
                message("{\"answers\": {\"e1\": {\"k\": [" + v + ", 1]}}}", "s05.json"));
        assertEquals("s05.txt: line 2: a value of 10,001 characters; at most 10,000 are read.",
                message("[e1]\nk = " + v + "\n" + BROKEN, "s05.txt"));
        assertEquals("s05.csv: line 2, column 2: a value of 10,001 characters; at most 10,000 are read.",
                message("student,e1/k\ns1," + v + "\n" + BROKEN, "s05.csv"));
    }

    @Test
    void textStopsAtTheLineLimitTheExerciseLimitAndTheKeyLimit() {
        assertEquals("s05.txt: line 10001: more than 10,000 lines; at most 10,000 are read.",
                message("# a comment\n".repeat(10_000) + BROKEN, "s05.txt"));
        StringBuilder exercises = new StringBuilder();
        for (int i = 0; i <= 100; i++) {
            exercises.append("[e").append(i).append("]\nk = 1\n");
        }
        assertEquals("s05.txt: line 201: more than 100 exercises; at most 100 are read.",
                message(exercises + BROKEN, "s05.txt"));
        StringBuilder keys = new StringBuilder("[e1]\n");
        for (int i = 0; i <= 1000; i++) {
            keys.append("k").append(i).append(" = 1\n");
        }
        assertEquals("s05.txt: line 1002: more than 1,000 keys in [e1]; at most 1,000 are read.",
                message(keys + BROKEN, "s05.txt"));
    }

    @Test
    void tenThousandLinesWithAFinalNewLineAreStillRead() throws UnreadableSubmissionException {
        String text = "[e1]\nk = 1\n" + "# note\n".repeat(9_998);
        assertEquals("1", SubmissionReader.read(text, "s1.txt", "s1.txt").get(0).answers().get("e1").get("k"));
    }

    @Test
    void aKeyAnsweredAgainAndAgainIsNamedTwentyTimesThenCounted() throws UnreadableSubmissionException {
        String text = "[e1]\n" + "k = 1\n".repeat(1_000);
        List<String> warnings = SubmissionReader.read(text, "s1.txt", "s1.txt").get(0).warnings();
        assertEquals(21, warnings.size());
        assertEquals("s1.txt: 979 more keys are answered again; each time the later value counts.", warnings.get(20));
    }

    @Test
    void csvStopsAtTheRowLimitTheCellLimitAndTheHeaderLimits() {
        StringBuilder rows = new StringBuilder("student,e/k\n");
        for (int i = 0; i <= 100_000; i++) {
            rows.append('s').append(i).append(",1\n");
        }
        assertEquals("class.csv: line 100002: more than 100,000 rows of students; at most 100,000 are read.",
                message(rows + "\"unclosed", "class.csv"));
        assertEquals("class.csv: line 1: more than 10,000 cells; at most 10,000 are read.",
                message("student" + ",e/k".repeat(10_000) + "\n\"unclosed", "class.csv"));
        StringBuilder header = new StringBuilder("student");
        for (int i = 0; i <= 100; i++) {
            header.append(",e").append(i).append("/k");
        }
        assertEquals("class.csv: line 1, column 102: more than 100 exercises; at most 100 are read.",
                message(header + "\n", "class.csv"));
        assertEquals("class.csv: line 1, column 1002: more than 1,000 keys of 'e'; at most 1,000 are read.",
                message("student" + ",e/k".repeat(1_001) + "\n", "class.csv"));
    }

    private static String message(Path file) {
        return assertThrows(UnreadableSubmissionException.class, () -> SubmissionReader.read(file)).getMessage();
    }

    private static String message(String text, String name) {
        return assertThrows(UnreadableSubmissionException.class, () -> SubmissionReader.read(text, name, name))
                .getMessage();
    }
}
