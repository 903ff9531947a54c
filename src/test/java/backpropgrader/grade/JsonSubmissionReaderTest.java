package backpropgrader.grade;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON hand-in read as a stream: values exactly as the tree reader gave them, numbers too large for any type
 * kept as written (for the answer parser to call unreadable), and problems judged in the tree reader's order.
 */
class JsonSubmissionReaderTest {

    @ParameterizedTest(name = "{0} is kept as {1}")
    @CsvSource(delimiter = '|', value = {
        "1.250      | 1.250",
        "1.2e-3     | 0.0012",
        "-0         | 0",
        "-0.0       | 0.0",
        "-1.7440    | -1.7440",
        "1e5        | 1E+5",
        "-1e400     | -1E+400",
        "12345678901234567890123 | 12345678901234567890123",
        "'\"−1,744\"' | −1,744",
        "true       | true",
        "'[1.50, \"a\\\"b\\u0001é\", {\"x\": 1E+2, \"y\": null}, true]'"
                + " | '[1.50,\"a\\\"b\\u0001é\",{\"x\":1E+2,\"y\":null},true]'"})
    void valuesAreKeptAsTheTreeReaderGaveThem(String json, String kept) throws UnreadableSubmissionException {
        assertEquals(kept, value(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e2147483648", "1e-2147483648", "9e99999999999999999999", "-1e-99999999999"})
    void aNumberTooLargeForAnyTypeIsKeptAsWrittenAndTheFileIsRead(String number)
            throws UnreadableSubmissionException {
        assertEquals(number, value(number));
    }

    @Test
    void aFiveThousandDigitIntegerIsAValueLikeAnyOther() throws UnreadableSubmissionException {
        String digits = "7".repeat(5000);
        assertEquals(digits, value(digits));
    }

    @Test
    void anEightyByteHandInWithAnOverflowingNumberIsReadWhole() throws UnreadableSubmissionException {
        String text = "{\"student\":\"s3\",\"answers\":{\"lecture-example-1\":{\"J\":1e2147483648,\"z[1]_1\":1.25}}}";
        Submission s = JsonSubmissionReader.read(text, "s3.json", "s3.json");
        assertEquals(Map.of("lecture-example-1", Map.of("J", "1e2147483648", "z[1]_1", "1.25")), s.answers());
        assertEquals("s3", s.student());
    }

    @Test
    void problemsAreJudgedInTheTreeReadersOrder() {
        assertEquals("f.json: $.student: expected the student id as a string, found the number 1.5.",
                message("{\"answers\": {\"e\": []}, \"student\": 1.5}"));
        assertEquals("f.json: $.answers[\"e\"]: expected an object of key → value answers, found an array.",
                message("{\"answers\": {\"e\": [1], \"f\": \"x\"}, \"student\": \"s1\"}"));
        assertEquals("f.json: $.answers: expected an object of exercises, each an object of answers, found the"
                + " string \"none\".", message("{\"answers\": \"none\"}"));
        assertEquals("f.json: $.answers: expected an object of exercises, each an object of answers, found nothing.",
                message("{\"student\": \"s1\"}"));
        assertEquals("f.json: $: expected an object with \"student\" and \"answers\", found an array.",
                message("[1, 2]"));
        assertTrue(message("{\"student\": 1.5, \"answers\": {\"e\": {}}").contains("line 1, column 38: expected"
                + " valid JSON"), "a syntax error anywhere comes first");
        assertTrue(message("{\"answers\": {}, \"answers\": {}}").contains("Duplicate field 'answers'"));
    }

    private static String value(String json) throws UnreadableSubmissionException {
        return JsonSubmissionReader.read("{\"answers\": {\"e\": {\"k\": " + json + "}}}", "f.json", "f.json")
                .answers().get("e").get("k");
    }

    private static String message(String text) {
        return assertThrows(UnreadableSubmissionException.class,
                () -> JsonSubmissionReader.read(text, "f.json", "f.json")).getMessage();
    }
}
