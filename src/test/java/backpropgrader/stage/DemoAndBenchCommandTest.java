package backpropgrader.stage;

import backpropgrader.kernel.TreeFiles;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ./grader demo} and {@code ./grader bench}, end to end in a temporary folder. */
class DemoAndBenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void theDemoGradesItsClassAsDesignedAndNamesPagesThatExist() throws IOException {
        GradeFixture fx = new GradeFixture(dir);
        Path demo = dir.resolve("demo");
        assertEquals(0, fx.run("demo", "--out", demo.toString()), fx.err + fx.out);
        assertTrue(fx.out.contains(": 26 graded, 3 not submitted, 1 unreadable, 1 unknown student."), fx.out);
        assertTrue(fx.out.contains("The 1 unreadable file (a broken JSON file) and the 1 unknown student"), fx.out);
        Matcher m = Pattern.compile("  (/\\S+\\.html) — ").matcher(fx.out);
        int pages = 0;
        while (m.find()) {
            assertTrue(Files.isRegularFile(Path.of(m.group(1))), m.group(1));
            pages++;
        }
        assertEquals(2, pages, "report.html and one feedback page, as absolute paths: " + fx.out);
        assertTrue(Files.isRegularFile(demo.resolve("handout/students/s01/sheet.html")), "generate ran");

        assertEquals(0, fx.run("demo", "--out", demo.toString()), "a second demo replaces the first: " + fx.err);
        JsonNode results = TreeFiles.read(demo.resolve("graded/results.json"));
        List<String> named = results.findValuesAsText("misconception").stream().filter(s -> !s.equals("null"))
                .distinct().sorted().toList();
        assertTrue(named.size() >= 6, "the class shows the catalogue: " + named);
        assertTrue(results.toString().contains("\"flags\":[\"collusion:s02\"]"), "the copy is flagged");
        assertTrue(results.toString().contains("\"override\":\"Misread a weight"), "the override applies");
    }

    @Test
    void theDemoLeavesAFolderItDidNotMakeAlone() throws IOException {
        GradeFixture fx = new GradeFixture(dir);
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertEquals(64, fx.run("demo", "--out", dir.toString()));
        assertTrue(fx.err.contains("already exists and was not made by the demo; give --force"), fx.err);
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
    }

    @Test
    void theBenchGradesASyntheticClassAndReportsSpeedAndHeap() throws IOException {
        GradeFixture fx = new GradeFixture(dir);
        assertEquals(0, fx.run("bench", "--students", "100", "--keep", dir.resolve("bench").toString()), fx.err);
        assertTrue(fx.out.matches("(?s)100 students \\(\\d+ items\\) graded with feedback in \\d+\\.\\d\\d s wall,"
                + " \\d+\\.\\d\\d s CPU: \\d+ students/s, \\d+ items/s; peak heap \\d+ MB \\(max heap \\d+ MB\\);"
                + " 90 graded, 5 unreadable, 5 not submitted, 5 flagged\n.*"), fx.out);
        assertTrue(Files.readString(dir.resolve("bench/course.yaml")).lines().noneMatch(l -> l.startsWith("families")),
                "the course's default assignment");
        try (var pages = Files.list(dir.resolve("bench/graded/feedback"))) {
            assertEquals(100, pages.count());
        }
        assertEquals(7, TreeFiles.read(dir.resolve("bench/graded/results.json")).get("families").size(),
                "every bundled family");
    }
}
