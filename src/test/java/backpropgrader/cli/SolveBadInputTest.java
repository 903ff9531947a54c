package backpropgrader.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code solve} on bad fixed instances, end to end: exit 65 and one line on stderr naming the file, the JSON path
 * (or line) and what was expected and found; a file that does not exist is a usage error (64).
 */
class SolveBadInputTest {

    private static final String GOOD = """
            {"id": "t", "network": {"layers": [2, 2, 1], "activations": ["sigmoid", "identity"], "bias": false},
             "loss": "squared-error", "learning_rate": 0.1,
             "weights": [[[0.5, 2.3], [1.5, 3]], [[1], [1]]],
             "x": [[1, 0.5]], "y": [[4]]}
            """;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        wrong shape             | bad.json  | [[1], [1]]]           | [[1], [1], [1]]]      | $.weights[1]: expected 2 rows, one per node of layer 1 (w[2]_n,m is row n, column m), found 3.
        unknown activation      | bad.json  | "identity"]           | "linear"]             | $.network.activations[1]: expected identity, sigmoid, tanh, relu or softmax, found "linear".
        softmax in hidden layer | bad.json  | ["sigmoid",           | ["softmax",           | $.network.activations[0]: expected softmax only in the output layer (layer 2), found softmax in hidden layer 1.
        NaN in YAML             | bad.yaml  | "y": [[4]]            | "y": [[.nan]]         | $.y[0][0] (line 4, column 26): expected a finite number, found .nan.
        missing field           | bad.json  | "x": [[1, 0.5]],      | ''                    | $.x: expected the inputs, one row per training sample, found nothing (the field is missing).
        non-numeric weight      | bad.json  | [[0.5, 2.3],          | [[0.5, "2,3"],        | $.weights[0][0][1]: expected a number, found "2,3".
        invalid JSON            | bad.json  | "learning_rate": 0.1, | "learning_rate": 0.1  | line 3, column 2: not valid JSON: Unexpected character ('"' (code 34)): was expecting comma to separate Object entries.
        2000 nodes in a layer   | bad.json  | [2, 2, 1]             | [2000, 2000, 1]       | $.network.layers[0]: expected at most 64 nodes in a layer, found 2000.
        1000 steps              | bad.json  | "learning_rate": 0.1, | "learning_rate": 0.1, "steps": 1000, | $.steps: expected at most 100 gradient-descent steps, found 1000.
        """)
    void aBadFileExits65WithTheFileThePlaceAndWhatWasExpectedAndFound(String what, String name, String from,
                                                                        String to, String message) throws IOException {
        String text = GOOD.replace(from, to);
        assertTrue(!text.equals(GOOD), "the edit applies: " + what);
        Path file = Files.writeString(dir.resolve(name), text);
        Cli r = Cli.run("solve", file.toString());
        assertEquals(65, r.code(), r.toString());
        assertEquals("grader: " + file + ": " + message + "\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void anEmptyFileExits65() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.json"), "");
        Cli r = Cli.run("solve", "--format", "json", file.toString());
        assertEquals(65, r.code());
        assertEquals("grader: " + file + ": expected JSON content, found an empty file.\n", r.err());
    }

    @Test
    void aBadFileAmongGoodOnesIsReportedAndTheGoodOnesAreStillSolved() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), GOOD.replace("\"sigmoid\"", "\"sigmod\""));
        Path good = Files.writeString(dir.resolve("good.json"), GOOD);
        Cli r = Cli.run("solve", "--format", "json", bad.toString(), good.toString());
        assertEquals(65, r.code());
        assertTrue(r.err().startsWith("grader: " + bad + ": $.network.activations[0]: expected"), r.err());
        assertTrue(r.out().startsWith("{\"exercise\":\"t\""), r.out());
    }

    @Test
    void aFileThatDoesNotExistIsAUsageError() {
        Path missing = dir.resolve("nope.json");
        Cli r = Cli.run("solve", missing.toString());
        assertEquals(64, r.code());
        assertEquals("grader: " + missing + ": no such file (FILE).\n", r.err());
    }
}
