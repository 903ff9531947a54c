package backpropgrader.cli;

import backpropgrader.exercise.FixedInstanceReader;
import backpropgrader.engine.NetworkGraph;
import backpropgrader.kernel.TreeFiles;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code solve} end to end, in-process: the lecture's worked steps as text, and JSON lines with every key. */
class SolveCommandTest {

    private static final String EXAMPLE_1 = "exercises/lecture/example-1.json";
    private static final String EXAMPLE_2 = "exercises/lecture/example-2.json";

    @TempDir
    Path dir;

    @Test
    void textShowsTheLecturesLinesFormulaNumbersAndResult() {
        Cli r = Cli.run("solve", EXAMPLE_1);
        assertEquals(0, r.code(), r.toString());
        for (String line : List.of(
                "  z[1]_1 = w[1]_1,1·x_1 + w[1]_2,1·x_2 = 0.5 × 1 + 1.5 × 0.5 = 1.250",
                "  h_1 = 1/(1 + exp(−z[1]_1)) = 1/(1 + exp(−1.250)) = 0.777",
                "  J = ½·(ŷ_1 − y_1)² = ½ × (1.755 − 4)² = 2.520; ≈ 2.5191, shown 2.519; from the rounded inputs 2.520",
                "  ∂J/∂w[2]_1,1 = (ŷ_1 − y_1)·h_1 = (1.755 − 4) × 0.777 = −1.744; ≈ −1.7447, shown −1.745; from the"
                        + " rounded inputs −1.744",
                "  w[2]_1,1,new = w[2]_1,1 − λ·∂J/∂w[2]_1,1 = 1 − 0.1 × (−1.744) = 1.174",
                "  ∂J/∂w[1]_2,1 = (ŷ_1 − y_1)·w[2]_1,1·h_1·(1 − h_1)·x_2 = (1.755 − 4) × 1 × 0.777 × (1 − 0.777)"
                        + " × 0.5 = −0.194",
                "  w[1]_1,2,new = w[1]_1,2 − λ·∂J/∂w[1]_1,2 = 2.3 − 0.1 × (−0.048) = 2.305",
                "  z[1]_2@2 = w[1]_1,2,new·x_1 + w[1]_2,2,new·x_2 = 2.305 × 1 + 3.002 × 0.5 = 3.806")) {
            assertTrue(r.out().contains(line + "\n"), "missing line:\n" + line + "\nin\n" + r.out());
        }
    }

    @Test
    void textFollowsTheLecturesSteps() {
        List<String> titles = new ArrayList<>();
        for (String line : Cli.run("solve", EXAMPLE_1).out().split("\n")) {
            if (!line.isBlank() && !line.startsWith(" ") && !line.startsWith("lecture-")) {
                titles.add(line);
            }
        }
        assertEquals(List.of("Given", "Forward pass", "Cost", "Output-layer gradients", "Hidden-layer gradients",
                "Update weights", "Forward pass (round 2, after the update)", "Cost (round 2, after the update)"), titles);
    }

    @Test
    void textWritesABatchGradientAsTheLectureDoes() {
        Cli r = Cli.run("solve", EXAMPLE_2);
        assertTrue(r.out().contains("  ∂J/∂w[2]_1,1 = (∂J(1)/∂w[2]_1,1 + ∂J(2)/∂w[2]_1,1 + ∂J(3)/∂w[2]_1,1)/3"
                + " = (−1.173 − 3.229 − 5.516)/3 = −3.306\n"), r.out());
    }

    @Test
    void decimalsChangeTheShownPrecision() {
        Cli r = Cli.run("solve", "--decimals", "4", EXAMPLE_1);
        assertTrue(r.out().contains("  ∂J/∂w[2]_1,1 = (ŷ_1 − y_1)·h_1 = (1.7554 − 4) × 0.7773 = −1.7447\n"), r.out());
    }

    @Test
    void jsonIsOneObjectPerLineInTheOrderOfTheFiles() throws IOException {
        Cli r = Cli.run("solve", "--format", "json", EXAMPLE_2, EXAMPLE_1);
        assertEquals(0, r.code(), r.toString());
        String[] lines = r.out().split("\n");
        assertEquals(2, lines.length);
        assertEquals("lecture-example-2", TreeFiles.JSON.readTree(lines[0]).get("exercise").asText());
        assertEquals("lecture-example-1", TreeFiles.JSON.readTree(lines[1]).get("exercise").asText());
    }

    @Test
    void jsonHasEveryKeyOfTheDesignWithTheEnginesValues() throws IOException {
        JsonNode o = TreeFiles.JSON.readTree(Cli.run("solve", "--format", "json", EXAMPLE_1).out());
        assertEquals(Set.of("exercise", "values"), fieldNames(o));
        assertEquals(designKeys(new int[] {2, 2, 1}, 1, 1, false), fieldNames(o.get("values")));
        Map<String, Double> engine = NetworkGraph.build(FixedInstanceReader.read(Path.of(EXAMPLE_1))).evaluate().asMap();
        engine.forEach((k, v) -> assertEquals(v, o.get("values").get(k).doubleValue(), k));
        assertEquals(-1.7447128182028593, o.get("values").get("dJ/dw[2]_1,1").doubleValue());
        assertEquals(4.0, o.get("values").get("y_1").doubleValue());
        assertEquals(0.1, o.get("values").get("lambda").doubleValue());
    }

    @Test
    void yamlInputWithBiasesSamplesAndStepsGivesEveryKey() throws IOException {
        Path file = Files.writeString(dir.resolve("net.yaml"), """
                id: yaml-net
                network: {layers: [2, 3, 2], activations: [tanh, sigmoid], bias: true}
                loss: binary-cross-entropy
                learning_rate: 0.5
                steps: 2
                weights:
                  - [[0.1, -0.2, 0.3], [0.4, 0.5, -0.6]]
                  - [[0.7, -0.8], [0.9, 1.0], [-1.1, 1.2]]
                biases: [[0.1, 0.2, 0.3], [-0.1, 0.1]]
                x: [[1, 2], [0.5, -1], [0, 1]]
                y: [[1, 0], [0, 1], [0.5, 0.5]]
                """);
        Cli r = Cli.run("solve", "--format", "json", file.toString());
        assertEquals(0, r.code(), r.toString());
        JsonNode o = TreeFiles.JSON.readTree(r.out());
        assertEquals("yaml-net", o.get("exercise").asText());
        assertEquals(designKeys(new int[] {2, 3, 2}, 3, 2, true), fieldNames(o.get("values")));
        assertEquals(0.2, o.get("values").get("b[1]_2").doubleValue());
        assertTrue(Cli.run("solve", file.toString()).out().contains("b[2]_2,new@2 = b[2]_2,new − λ·∂J/∂b[2]_2@2"));
    }

    /** docs/KEYS.md's keys for a network, spelled here from the table, not by the engine's Keys. */
    private static Set<String> designKeys(int[] layers, int samples, int steps, boolean bias) {
        int depth = layers.length - 1;
        Set<String> keys = new LinkedHashSet<>();
        List<String> ts = new ArrayList<>();
        for (int t = 1; t <= samples; t++) {
            ts.add(samples == 1 ? "" : "(" + t + ")");
        }
        for (int l = 1; l <= depth; l++) {
            for (int m = 1; m <= layers[l]; m++) {
                for (int n = 1; n <= layers[l - 1]; n++) {
                    keys.add("w[" + l + "]_" + n + "," + m);
                }
                if (bias) {
                    keys.add("b[" + l + "]_" + m);
                }
            }
        }
        for (String t : ts) {
            for (int n = 1; n <= layers[0]; n++) {
                keys.add("x_" + n + t);
            }
            for (int k = 1; k <= layers[depth]; k++) {
                keys.add("y_" + k + t);
            }
        }
        keys.add("lambda");
        for (int it = 1; it <= steps + 1; it++) {
            String at = it == 1 ? "" : "@" + it;
            for (String t : ts) {
                for (int l = 1; l <= depth; l++) {
                    for (int m = 1; m <= layers[l]; m++) {
                        keys.add("z[" + l + "]_" + m + t + at);
                        keys.add(l < depth ? "h[" + l + "]_" + m + t + at : "yhat_" + m + t + at);
                    }
                }
                if (samples > 1) {
                    keys.add("J" + t + at);
                }
            }
            keys.add("J" + at);
            if (it > steps) {
                break;
            }
            for (int l = 1; l <= depth; l++) {
                for (int m = 1; m <= layers[l]; m++) {
                    for (String t : ts) { // error terms per sample only: the batch has no δ of its own
                        keys.add("dJ" + t + "/dz[" + l + "]_" + m + at);
                    }
                    for (int n = 1; n <= layers[l - 1]; n++) {
                        for (String t : ts) {
                            keys.add("dJ" + t + "/dw[" + l + "]_" + n + "," + m + at);
                        }
                        keys.add("dJ/dw[" + l + "]_" + n + "," + m + at);
                        keys.add("w[" + l + "]_" + n + "," + m + ",new" + at);
                    }
                    if (bias) {
                        for (String t : ts) {
                            keys.add("dJ" + t + "/db[" + l + "]_" + m + at);
                        }
                        keys.add("dJ/db[" + l + "]_" + m + at);
                        keys.add("b[" + l + "]_" + m + ",new" + at);
                    }
                }
            }
        }
        return keys;
    }

    private static Set<String> fieldNames(JsonNode o) {
        Set<String> names = new LinkedHashSet<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
