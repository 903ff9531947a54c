package backpropgrader.stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Running out of memory is an internal error (exit 70) with nothing written — never exit 1, which would say
 * "some unreadable, everyone else graded". Shown in a JVM of its own whose heap is far too small for the class
 * list it is given to read.
 */
class OutOfMemoryTest {

    @TempDir
    Path dir;

    @Test
    void anOutOfMemoryWhileReadingExitsWithSeventyAndWritesNothing() throws IOException, InterruptedException {
        GradeFixture fx = new GradeFixture(dir);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("subs/class.csv"), StandardCharsets.UTF_8)) {
            w.write("student,name,example-1-single-sample/J\n");
            for (int i = 0; i < 900_000; i++) {
                w.write("s1,a name of forty characters or so here,0.5\n");
            }
        }
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-cp", System.getProperty("java.class.path"), "backpropgrader.cli.Main", "grade",
                fx.path("subs"), "--roster", fx.path("roster.csv"), "--course", fx.path("course.yaml"), "--out",
                fx.path("graded"))).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run ends");
        String log = Files.readString(dir.resolve("log.txt"));
        assertEquals(70, p.exitValue(), log);
        assertTrue(log.contains("grader: out of memory"), log);
        assertFalse(Files.exists(dir.resolve("graded")), "nothing was written");
        try (var s = Files.list(dir)) {
            assertEquals(List.of(), s.filter(f -> f.getFileName().toString().startsWith(".graded")).toList(),
                    "no staging folder is left behind");
        }
    }
}
