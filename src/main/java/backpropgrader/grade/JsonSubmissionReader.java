package backpropgrader.grade;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON submission of DESIGN.md §5: {@code {"student": "s1234", "variant": "K7M2QX9", "answers": {exercise:
 * {key: value}}}} ({@code variant}, the sheet's variant code, is optional). A value
 * is a string or a number (kept as written, trailing zeros included) or null (not answered); anything else is
 * kept as its JSON text and will be marked wrong with a reason, costing that item only.
 */
final class JsonSubmissionReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private JsonSubmissionReader() {
    }

    static Submission read(String text, String source, String fileName) throws UnreadableSubmissionException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new UnreadableSubmissionException(source + ": " + where + "expected valid JSON, found an error: "
                    + e.getOriginalMessage() + ".");
        }
        if (root == null || !root.isObject()) {
            throw UnreadableSubmissionException.at(source, "$", "an object with \"student\" and \"answers\"",
                    describe(root));
        }
        String student = null;
        JsonNode s = root.get("student");
        if (s != null && !s.isNull()) {
            if (!s.isTextual() && !s.isIntegralNumber()) {
                throw UnreadableSubmissionException.at(source, "$.student", "the student id as a string",
                        describe(s));
            }
            student = s.asText().strip();
            student = student.isEmpty() ? null : student;
        }
        JsonNode answers = root.get("answers");
        if (answers == null || !answers.isObject()) {
            throw UnreadableSubmissionException.at(source, "$.answers",
                    "an object of exercises, each an object of answers", describe(answers));
        }
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> ex : answers.properties()) {
            String path = "$.answers[\"" + ex.getKey() + "\"]";
            if (!ex.getValue().isObject()) {
                throw UnreadableSubmissionException.at(source, path, "an object of key → value answers",
                        describe(ex.getValue()));
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> kv : ex.getValue().properties()) {
                values.put(kv.getKey(), raw(kv.getValue()));
            }
            out.put(ex.getKey(), values);
        }
        JsonNode code = root.get("variant");
        String variant = code != null && code.isValueNode() && !code.isNull() && !code.asText().isBlank()
                ? code.asText().strip() : null; // a code that is not one is judged by the grader, not here
        return new Submission(source, fileName, student, out, List.of(), variant);
    }

    /** A value as written: strings as they are, numbers with their digits, null for no answer. */
    private static String raw(JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return v.asText();
        }
        return v.isNumber() ? v.asText() : v.toString();
    }

    static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        String kind = n.isArray() ? "an array" : n.isObject() ? "an object" : n.isTextual() ? "the string "
                : n.isNumber() ? "the number " : n.isBoolean() ? "the value " : n.isNull() ? "null" : "a value ";
        return n.isContainerNode() || n.isNull() ? kind : kind + n;
    }
}
