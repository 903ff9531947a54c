package backpropgrader.grade;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The golden cases lecture-example-N-printed hand in exactly what the lecture prints (as bundled in
 * exercises/lecture/), so that their expected verdicts are the lecture's own answers marked.
 */
class LecturePrintedAnswersTest {

    @ParameterizedTest
    @ValueSource(strings = {"example-1", "example-2"})
    void theGoldenSubmissionIsWhatTheLecturePrints(String example) throws IOException, UnreadableSubmissionException {
        Path file = Path.of("src/test/resources/grade/lecture-" + example + "-printed/submissions/lecturer.txt");
        Submission s = TextSubmissionReader.read(Files.readString(file, StandardCharsets.UTF_8), file.toString(),
                "lecturer.txt");
        Map<String, String> printed = new LinkedHashMap<>(GoldenCase.printed(example));
        assertEquals(printed, s.answers().get("lecture-" + example));
    }
}
