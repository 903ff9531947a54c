package backpropgrader.stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/ARCHITECTURE.md, qualities: the same inputs give byte-identical outputs in separate processes, whatever the default locale. */
class DeterminismTest {

    @TempDir
    Path dir;

    @Test
    void aGermanJvmInAnotherProcessWritesTheSameBytes() throws IOException, InterruptedException {
        GenerateFixture fx = new GenerateFixture(dir);
        // Half the class in groups (group work: one variant per group), half with their own variants.
        StringBuilder roster = new StringBuilder("id,name,email,group\n");
        for (int i = 1; i <= 12; i++) {
            roster.append(String.format(java.util.Locale.ROOT, "s%03d,Student %d,s%d@uni.example,%s%n", i, i, i,
                    i <= 6 ? "Équipe " + (i + 1) / 2 : ""));
        }
        fx.roster(roster.toString());
        java.nio.file.Files.writeString(dir.resolve("course.yaml"), java.nio.file.Files.readString(
                dir.resolve("course.yaml")) + "group_work: true\n");
        assertEquals(0, fx.generate(), fx.err);

        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(javaBin.toString(), "-Duser.language=de", "-Duser.country=DE",
                "-Dfile.encoding=ISO-8859-1", "-cp", classpath, "backpropgrader.cli.Main", "generate",
                "--roster", dir.resolve("roster.csv").toString(), "--out", dir.resolve("out-de").toString(),
                "--course", dir.resolve("course.yaml").toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("de.log").toFile())
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the second process finished");
        assertEquals(0, p.exitValue(), java.nio.file.Files.readString(dir.resolve("de.log"), StandardCharsets.ISO_8859_1));

        Map<String, String> first = GenerateFixture.tree(dir.resolve("out"));
        Map<String, String> second = GenerateFixture.tree(dir.resolve("out-de"));
        assertEquals(first.keySet(), second.keySet());
        assertEquals(12 * (3 + 7 + 1), first.size());
        first.forEach((k, v) -> assertEquals(v, second.get(k), k + " differs between the two runs"));
        assertTrue(first.get("instructor/keys/s001/quiz-1.2-relu.json").contains("\"group\": \"Équipe 1\""));
        assertTrue(classpath.contains(File.pathSeparator) || classpath.endsWith(".jar"));
    }
}
