package backpropgrader;

import backpropgrader.engine.Misconception;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The catalogue's names (docs/MARKING.md, a contract) are spelt in one place, the engine's {@link Misconception}:
 * every other main source file names a misconception by its enum constant, so a misspelt name cannot compile.
 */
class MisconceptionNamesTest {

    /** The contract's names, as docs/MARKING.md lists them. */
    static final List<String> CATALOGUE = List.of("sign-error", "no-batch-mean", "missing-half",
            "wrong-activation-derivative", "pre-activation-for-activation", "swapped-indices",
            "updated-weights-in-backprop", "stale-weights", "no-learning-rate");

    static final Path ONE_PLACE = Path.of("src/main/java/backpropgrader/engine/Misconception.java");

    @Test
    void theEnumIsTheCatalogueInItsOrder() {
        assertEquals(CATALOGUE, Arrays.stream(Misconception.values()).map(Misconception::id).toList());
    }

    @Test
    void eachNameIsWrittenAsAStringInExactlyOneMainSourceFile() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
            files = s.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        for (String name : CATALOGUE) {
            List<Path> spelt = new ArrayList<>();
            for (Path f : files) {
                if (Files.readString(f, StandardCharsets.UTF_8).contains("\"" + name + "\"")) {
                    spelt.add(f);
                }
            }
            assertEquals(List.of(ONE_PLACE), spelt, name);
        }
    }
}
