package backpropgrader.exercise;

import backpropgrader.kernel.BadInputException;
import backpropgrader.engine.FixedInstance;
import backpropgrader.engine.Loss;
import backpropgrader.engine.NetworkGraph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Fixed-instance files, good and bad: every bad one is refused with one whole sentence naming the file, the
 * JSON path and what was expected and found.
 */
class FixedInstanceReaderTest {

    /** A valid instance with a hidden layer and two samples; each bad case edits one thing in it. */
    static final String GOOD = """
            {"id": "t", "network": {"layers": [2, 2, 1], "activations": ["sigmoid", "identity"], "bias": false},
             "loss": "squared-error", "learning_rate": 0.1, "steps": 1,
             "weights": [[[0.5, 2.3], [1.5, 3]], [[1], [1]]],
             "x": [[1, 0.5], [2, 1]], "y": [[4], [3]]}
            """;

    @TempDir
    Path dir;

    @Test
    void aGoodFileIsReadWithWeightsIndexedAsTheLectureNumbersThem() throws IOException {
        FixedInstance in = FixedInstanceReader.read(write("good.json", GOOD));
        assertArrayEquals(new int[] {2, 2, 1}, in.layers());
        assertEquals(1.5, in.weights()[0][1][0], "w[1]_2,1 is weights[0][1][0]");
        assertEquals(2.3, in.weights()[0][0][1], "w[1]_1,2 is weights[0][0][1]");
        assertEquals(Loss.Reduction.MEAN, in.reduction());
        assertEquals(2, in.samples());
    }

    @Test
    void theSameInstanceInYamlReadsTheSame() throws IOException {
        FixedInstance json = FixedInstanceReader.read(write("good.json", GOOD));
        FixedInstance yaml = FixedInstanceReader.read(write("good.yaml", """
                id: t
                network: {layers: [2, 2, 1], activations: [sigmoid, identity], bias: false}
                loss: squared-error
                learning_rate: 0.1
                steps: 1
                weights:
                  - [[0.5, 2.3], [1.5, 3]]
                  - [[1], [1]]
                x: [[1, 0.5], [2, 1]]
                y: [[4], [3]]
                """));
        assertEquals(NetworkGraph.build(json).evaluate().asMap(), NetworkGraph.build(yaml).evaluate().asMap());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        too many weight rows         | "weights": [[[0.5, 2.3], [1.5, 3]], | "weights": [[[0.5, 2.3], [1.5, 3], [1, 1]], | $.weights[0]: expected 2 rows, one per node of layer 0 (w[1]_n,m is row n, column m), found 3.
        a weight row too long        | [[1], [1]]]                         | [[1, 2], [1]]]                              | $.weights[1][0]: expected 1 number (w[2]_1,1, one per node of layer 2), found 2.
        a weight matrix missing      | , [[1], [1]]]                       | ]                                           | $.weights: expected 2 weight matrices, one per layer after the input, found 1.
        an input row too short       | "x": [[1, 0.5], [2, 1]]             | "x": [[1, 0.5], [2]]                        | $.x[1]: expected 2 numbers (x_1(2) to x_2(2)), found 1.
        fewer targets than inputs    | "y": [[4], [3]]                     | "y": [[4]]                                  | $.y: expected 2 rows, one per training sample, as many as $.x has, found 1.
        activations miscounted       | ["sigmoid", "identity"]             | ["sigmoid"]                                 | $.network.activations: expected 2 activations, one per layer after the input (layers has 3), found 1.
        a layer of no nodes          | [2, 2, 1]                           | [2, 0, 1]                                   | $.network.layers[1]: expected a whole number from 1 to 10000, found 0.
        unknown activation           | "sigmoid", "identity"               | "sigmod", "identity"                        | $.network.activations[0]: expected identity, sigmoid, tanh, relu or softmax, found "sigmod".
        softmax in a hidden layer    | "sigmoid", "identity"               | "softmax", "identity"                       | $.network.activations[0]: expected softmax only in the output layer (layer 2), found softmax in hidden layer 1.
        a non-numeric weight         | [1.5, 3]]                           | [1.5, "three"]]                             | $.weights[0][1][1]: expected a number, found "three".
        a weight that is an array    | [1.5, 3]]                           | [1.5, [3]]]                                 | $.weights[0][1][1]: expected a number, found an array of 1.
        missing loss                 | "loss": "squared-error",            | ''                                          | $.loss: expected squared-error, binary-cross-entropy or cross-entropy, found nothing (the field is missing).
        unknown loss                 | "squared-error"                     | "mse"                                       | $.loss: expected squared-error, binary-cross-entropy or cross-entropy, found "mse".
        missing network              | "network": {"layers": [2, 2, 1], "activations": ["sigmoid", "identity"], "bias": false}, | '' | $.network: expected the network: an object with layers, activations and bias, found nothing (the field is missing).
        missing weights              | "weights": [[[0.5, 2.3], [1.5, 3]], [[1], [1]]], | ''                 | $.weights: expected one weight matrix per layer after the input, found nothing (the field is missing).
        missing learning rate        | "learning_rate": 0.1,               | ''                                          | $.learning_rate: expected the learning rate λ, found nothing (the field is missing).
        a null id                    | "id": "t"                           | "id": null                                  | $.id: expected the exercise's id, a non-empty string, found null.
        a negative learning rate     | "learning_rate": 0.1                | "learning_rate": -0.1                       | $.learning_rate: expected a positive number, found −0.1.
        bias without biases          | "bias": false                       | "bias": true                                | $.biases: expected one bias vector per layer after the input (bias is true), found nothing (the field is missing).
        bias that is a string        | "bias": false                       | "bias": "no"                                | $.network.bias: expected true or false, found "no".
        negative steps               | "steps": 1                          | "steps": -1                                 | $.steps: expected a whole number from 0 to 10000, found -1.
        a target outside 0..1        | "squared-error"                     | "binary-cross-entropy"                      | $.y[0][0]: expected a target between 0 and 1 for binary-cross-entropy, found 4.
        """)
    void aBadFieldIsNamedWithItsPathAndWhatWasExpectedAndFound(String what, String from, String to, String message)
            throws IOException {
        String text = GOOD.replace(from, to);
        assertEquals(false, text.equals(GOOD), "the edit applies: " + what);
        Path file = write("bad.json", text);
        BadInputException e = assertThrows(BadInputException.class, () -> FixedInstanceReader.read(file));
        assertEquals(file + ": " + message, e.getMessage());
    }

    @Test
    void yamlNotANumberIsNamedWithItsPathAndLine() throws IOException {
        Path file = write("nan.yaml", """
                id: t
                network: {layers: [1, 1], activations: [identity]}
                loss: squared-error
                learning_rate: 0.1
                weights: [[[.nan]]]
                x: [[1]]
                y: [[1]]
                """);
        BadInputException e = assertThrows(BadInputException.class, () -> FixedInstanceReader.read(file));
        assertEquals(file + ": $.weights[0][0][0] (line 5, column 13): expected a finite number, found .nan.",
                e.getMessage());
    }

    @Test
    void yamlInfinityIsRefusedLikeNotANumber() throws IOException {
        Path file = write("inf.yaml", GOOD.replace("\"learning_rate\": 0.1", "\"learning_rate\": -.inf"));
        BadInputException e = assertThrows(BadInputException.class, () -> FixedInstanceReader.read(file));
        assertEquals(file + ": $.learning_rate (line 2, column 44): expected a finite number, found -.inf.",
                e.getMessage());
    }

    @Test
    void invalidJsonIsNamedWithItsLineAndColumn() throws IOException {
        Path file = write("broken.json", GOOD.replace("\"steps\": 1,", "\"steps\": 1"));
        BadInputException e = assertThrows(BadInputException.class, () -> FixedInstanceReader.read(file));
        assertEquals(file + ": line 3, column 2: not valid JSON: Unexpected character ('\"' (code 34)): was"
                + " expecting comma to separate Object entries.", e.getMessage());
    }

    @Test
    void anEmptyFileSaysSo() throws IOException {
        for (String name : new String[] {"empty.json", "empty.yaml"}) {
            Path file = write(name, "");
            BadInputException e = assertThrows(BadInputException.class, () -> FixedInstanceReader.read(file));
            assertEquals(file + ": expected " + (name.endsWith("yaml") ? "YAML" : "JSON")
                    + " content, found an empty file.", e.getMessage());
        }
    }

    @Test
    void aFileThatIsNotAnObjectSaysWhatItIs() throws IOException {
        Path file = write("list.json", "[1, 2]");
        BadInputException e = assertThrows(BadInputException.class, () -> FixedInstanceReader.read(file));
        assertEquals(file + ": $: expected an object, found an array of 2.", e.getMessage());
    }

    @Test
    void aNetworkBeyondTheLimitsIsRefusedNamingTheFieldTheLimitAndWhatWasFound() throws IOException {
        assertEquals(": $.network.layers[1]: expected at most 64 nodes in a layer, found 2000.",
                refusal(GOOD.replace("[2, 2, 1]", "[2, 2000, 1]")));
        assertEquals(": $.network.layers: expected at most 8 layers (the input layer included), found 9 layers.",
                refusal(GOOD.replace("[2, 2, 1]", "[2, 2, 2, 2, 2, 2, 2, 2, 1]")));
        assertEquals(": $.network.layers: expected a network of at most 10000 weights, found 28672 weights.",
                refusal(GOOD.replace("[2, 2, 1]", "[64, 64, 64, 64, 64, 64, 64, 64]")
                        .replace("\"activations\": [\"sigmoid\", \"identity\"]",
                                "\"activations\": [" + "\"sigmoid\", ".repeat(6) + "\"identity\"]")));
        assertEquals(": $.steps: expected at most 100 gradient-descent steps, found 101.",
                refusal(GOOD.replace("\"steps\": 1", "\"steps\": 101")));
        StringBuilder x = new StringBuilder("[[1, 0.5]");
        StringBuilder y = new StringBuilder("[[4]");
        for (int t = 1; t <= 1000; t++) {
            x.append(", [1, 0.5]");
            y.append(", [4]");
        }
        assertEquals(": $.x: expected at most 1000 training samples, found 1001.",
                refusal(GOOD.replace("[[1, 0.5], [2, 1]]", x + "]").replace("[[4], [3]]", y + "]")));
    }

    @Test
    void aTwoThousandByTwoThousandInstanceIsRefusedBeforeItsWeightsAreRead() throws IOException {
        StringBuilder w = new StringBuilder("[[");
        for (int n = 0; n < 2000; n++) {
            w.append(n == 0 ? "" : ",").append("[").append("0.5,".repeat(1999)).append("0.5]");
        }
        String huge = GOOD.replace("[2, 2, 1]", "[2000, 2000, 1]").replace("[[[0.5, 2.3], [1.5, 3]], [[1], [1]]]",
                w + "]]");
        assertEquals(": $.network.layers[0]: expected at most 64 nodes in a layer, found 2000.", refusal(huge));
    }

    private String refusal(String text) throws IOException {
        Path file = write("big.json", text);
        String m = assertThrows(BadInputException.class, () -> FixedInstanceReader.read(file)).getMessage();
        assertEquals(file.toString(), m.substring(0, file.toString().length()), m);
        return m.substring(file.toString().length());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
