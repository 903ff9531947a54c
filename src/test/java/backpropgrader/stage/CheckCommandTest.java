package backpropgrader.stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckCommandTest {

    @TempDir
    Path dir;
    GenerateFixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new GenerateFixture(dir);
    }

    @Test
    void aValidFamilyIsReportedWithItsRedrawRatesAndAPreview() {
        int code = fx.run("check", "--samples", "50", "--preview", dir.resolve("preview").toString(),
                "exercises/quiz-1.2-relu.yaml");
        assertEquals(0, code, fx.err);
        assertTrue(fx.out.startsWith("exercises/quiz-1.2-relu.yaml: family quiz-1.2-relu v1 is valid: network 1-1-1"
                + " (relu, identity), squared-error (mean), 1 sample, 1 step, λ 0.1; 8 asked keys, 8 points.\n"
                + "  50 sample students: 50 distinct variants; "), fx.out);
        assertTrue(fx.out.contains("Redraws per constraint (share of all draws):\n"), fx.out);
        assertTrue(fx.out.contains("\n    relu_active "), fx.out);
        assertTrue(Files.isRegularFile(dir.resolve("preview/quiz-1.2-relu.html")));
        assertTrue(Files.isRegularFile(dir.resolve("preview/quiz-1.2-relu-solutions.html")));
    }

    @Test
    void anImpossibleFamilyFailsNamingTheConstraintAndTheDraws() throws IOException {
        Path f = dir.resolve("saturated.yaml");
        Files.writeString(f, """
                id: saturated
                version: 1
                kind: network
                structure: {layers: [1, 1, 1], activations: [sigmoid, identity], loss: squared-error, learning_rate: 0.1}
                grids: {weights: [5, 6], inputs: [1, 2], targets: 1}
                constraints: {max_abs_z: 3, max_draws: 200}
                asked: ["z[1]_1", J]
                """);
        assertEquals(65, fx.run("check", "--preview", dir.resolve("p").toString(), f.toString()));
        assertEquals("grader: " + f + ": constraints: no variant for student sample-001 met the constraints after 200"
                + " draws; they failed max_abs_z (200 of 200 draws). Widen the grids or relax these constraints (or raise"
                + " constraints.max_draws).\n", fx.err);
    }

    @Test
    void anInvalidFamilyNamesTheField() throws IOException {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "id: bad\nversion: 1\nkind: network\nstructure: {layers: [2, two, 1]}\ngrids: {}\nasked: [J]\n");
        assertEquals(65, fx.run("check", f.toString()));
        assertEquals("grader: " + f + ": structure.layers[1]: expected a whole number from 1 to 20, found \"two\".\n", fx.err);
    }

    @Test
    void everyBundledFamilyPassesItsOwnCheck() {
        Path folder = Path.of("exercises");
        String[] args = {"check", "--samples", "20", "--preview", dir.resolve("preview").toString(),
                folder.resolve("quiz-1.1-chain-rule.yaml").toString(), folder.resolve("example-1-single-sample.yaml").toString(),
                folder.resolve("quiz-1.2-relu.yaml").toString(), folder.resolve("example-2-batch-tanh.yaml").toString(),
                folder.resolve("quiz-1.3-batch-sigmoid.yaml").toString(),
                folder.resolve("section-2-multi-label.yaml").toString(), folder.resolve("section-2-multi-class.yaml").toString()};
        assertEquals(0, fx.run(args), fx.err);
        assertEquals(7, fx.out.lines().filter(l -> l.contains(" is valid: ")).count(), fx.out);
    }
}
