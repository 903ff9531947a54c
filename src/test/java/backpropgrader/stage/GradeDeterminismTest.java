package backpropgrader.stage;

import backpropgrader.stage.SyntheticAnswers.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/ARCHITECTURE.md, qualities: two grade runs in separate processes, one with a German default locale, write the same bytes. */
class GradeDeterminismTest {

    @TempDir
    Path dir;

    @Test
    void aGermanJvmInAnotherProcessWritesTheSameOutputFolder() throws IOException, InterruptedException {
        StringBuilder roster = new StringBuilder("id,name,email\n");
        for (int i = 1; i <= 8; i++) {
            roster.append("s").append(i).append(",Stüdent ").append(i).append(",s").append(i).append("@uni.example\n");
        }
        GradeFixture fx = new GradeFixture(dir, roster.toString(), "locale: de-DE\n");
        fx.submit("s1.json", SyntheticFiles.json("s1", fx.answers("s1", Style.CORRECT)));
        fx.submit("s2.txt", SyntheticFiles.text("s2", fx.answers("s2", Style.SLIP)));
        fx.submit("s3.json", SyntheticFiles.json("s3", fx.answers("s3", Style.COMMA_MINUS)));
        fx.submit("s4.json", SyntheticFiles.json("s4", fx.answers("s4", Style.MISCONCEPTION)));
        fx.submit("s5.json", SyntheticFiles.json("s5", fx.answers("s6", Style.CORRECT))); // copied
        fx.submit("s7.json", "{\"student\": \"s7\", \"answers\": ");
        fx.submit("x1.txt", SyntheticFiles.text("x1", fx.answers("s1", Style.PRECISE)));
        Files.writeString(dir.resolve("overrides.csv"), "student,exercise,key,points,verdict,reason\n"
                + "s2,example-1-single-sample,z[1]_1,0.5,,\"Half marks: a slip, not a misunderstanding\"\n");
        assertEquals(1, fx.grade("--overrides", fx.path("overrides.csv")), fx.err);

        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Duser.language=de", "-Duser.country=DE",
                "-Dfile.encoding=ISO-8859-1", "-cp", classpath, "backpropgrader.cli.Main", "grade", fx.path("subs"),
                "--roster", fx.path("roster.csv"), "--course", fx.path("course.yaml"), "--out", fx.path("graded-de"),
                "--overrides", fx.path("overrides.csv")));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("de.log").toFile())
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the second process finished");
        assertEquals(1, p.exitValue(), Files.readString(dir.resolve("de.log"), StandardCharsets.ISO_8859_1));

        Map<String, byte[]> first = tree(dir.resolve("graded"));
        Map<String, byte[]> second = tree(dir.resolve("graded-de"));
        assertEquals(first.keySet(), second.keySet());
        assertEquals(8 + 5, first.size(), "a page per roster student, results.json, grades.csv, items.csv, report.html,"
                + " report.csv");
        first.forEach((k, v) -> assertEquals(new String(v, StandardCharsets.UTF_8),
                new String(second.get(k), StandardCharsets.UTF_8), k + " differs between the two runs"));
        String results = new String(first.get("results.json"), StandardCharsets.UTF_8);
        assertTrue(results.contains("\"override\":\"Half marks: a slip, not a misunderstanding\""), "overrides apply");
    }

    private static Map<String, byte[]> tree(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
