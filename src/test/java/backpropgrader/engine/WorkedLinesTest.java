package backpropgrader.engine;

import backpropgrader.exercise.FixedInstanceReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Worked solutions as data: each file under src/test/resources/worked names a fixed instance and the sheet's
 * decimals, then lines its worked solution must contain, as {@code ./grader solve} prints them (# comments).
 */
class WorkedLinesTest {

    static List<Path> files() throws IOException {
        try (var s = Files.list(Path.of("src/test/resources/worked"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void theWorkedSolutionHasEveryLineListed(Path file) throws IOException {
        String instance = null;
        int decimals = -1;
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("instance: ")) {
                instance = line.substring("instance: ".length());
            } else if (line.startsWith("decimals: ")) {
                decimals = Integer.parseInt(line.substring("decimals: ".length()));
            } else {
                expected.add(line.strip());
            }
        }
        Values v = NetworkGraph.build(FixedInstanceReader.read(Path.of(instance))).evaluate();
        List<String> lines = new ArrayList<>();
        for (WorkedSolution.Section s : WorkedSolution.of(v, decimals)) {
            s.steps().forEach(step -> lines.add(step.line()));
        }
        assertTrue(!expected.isEmpty(), file + " lists no lines");
        for (String e : expected) {
            assertTrue(lines.contains(e), file + ": no line\n" + e + "\nin\n" + String.join("\n", lines));
        }
    }
}
