package backpropgrader.grade;

import backpropgrader.kernel.Excerpt;
import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON submission of docs/FORMATS.md: {@code {"student": "s1234", "variant": "K7M2QX9", "answers": {exercise:
 * {key: value}}}} ({@code variant}, the sheet's variant code, is optional). A value
 * is a string or a number (kept as written, trailing zeros included) or null (not answered); anything else is
 * kept as its JSON text and will be marked wrong with a reason, costing that item only.
 *
 * <p>Read as a stream of tokens, never as a tree: numbers are kept as text (a number too large for any type, such
 * as {@code 1e2147483648}, is that item's unreadable answer, not a failure of the file), and reading stops at the
 * first bound of {@link SubmissionLimits} passed, before anything beyond it is kept.
 */
final class JsonSubmissionReader {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Number text is only ever kept as text, so its length is bounded by the value limit, not Jackson's.
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(Integer.MAX_VALUE).build())
            // Jackson's own messages quote at most an excerpt of the student's text, as every message does.
            .errorReportConfiguration(ErrorReportConfiguration.builder().maxErrorTokenLength(Excerpt.CHARACTERS)
                    .maxRawContentLength(Excerpt.CHARACTERS).build())
            .build();

    private final JsonParser p;
    private final String source;

    private JsonSubmissionReader(JsonParser p, String source) {
        this.p = p;
        this.source = source;
    }

    static Submission read(String text, String source, String fileName) throws UnreadableSubmissionException {
        try (JsonParser p = JSON.createParser(text)) {
            return new JsonSubmissionReader(p, source).submission(fileName);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new UnreadableSubmissionException(source + ": " + where + "expected valid JSON, found an error: "
                    + Excerpt.message(e.getOriginalMessage()) + ".", where + JsonProblems.plain(e) + ".");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string in memory cannot fail to be read
        }
    }

    /**
     * The whole document is read before its fields are judged, in the order the tree reader judged them: a
     * syntax error anywhere first, then the student field, then the answers.
     */
    private Submission submission(String fileName) throws IOException, UnreadableSubmissionException {
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_OBJECT) {
            String found = describe(t);
            throw UnreadableSubmissionException.at(source, "$", "the file as a whole",
                    "an object with \"student\" and \"answers\"", found);
        }
        String student = null;
        String variant = null;
        UnreadableSubmissionException studentError = null;
        String answersFound = "nothing";
        Answers answers = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            t = p.nextToken();
            if (field.equals("student")) {
                if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT) {
                    String id = t == JsonToken.VALUE_STRING ? p.getText().strip() : integer(p.getText());
                    student = id.isEmpty() ? null : id;
                } else if (t != JsonToken.VALUE_NULL) {
                    studentError = UnreadableSubmissionException.at(source, "$.student", "the \"student\" entry",
                            "the student id as a string", describe(t));
                }
            } else if (field.equals("variant")) {
                if (t.isScalarValue() && t != JsonToken.VALUE_NULL && !p.getText().isBlank()) {
                    variant = Excerpt.of(p.getText().strip()); // a code that is not one is judged by the grader
                } else {
                    p.skipChildren();
                }
            } else if (field.equals("answers")) {
                if (t == JsonToken.START_OBJECT) {
                    answers = answers();
                } else {
                    answersFound = describe(t);
                }
            } else {
                p.skipChildren();
            }
        }
        if (studentError != null) {
            throw studentError;
        }
        if (answers == null) {
            throw UnreadableSubmissionException.at(source, "$.answers", "the \"answers\" entry",
                    "an object of exercises, each an object of answers", answersFound);
        }
        if (answers.error() != null) {
            throw answers.error();
        }
        return new Submission(source, fileName, student, answers.values(), List.of(), variant);
    }

    /** The answers as read, and the first exercise that was not an object of answers (judged at the end). */
    private record Answers(Map<String, Map<String, String>> values, UnreadableSubmissionException error) {
    }

    private Answers answers() throws IOException, UnreadableSubmissionException {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        UnreadableSubmissionException error = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String exercise = p.currentName();
            String path = "$.answers[\"" + Excerpt.of(exercise) + "\"]";
            if (out.size() == SubmissionLimits.EXERCISES) {
                throw SubmissionLimits.beyond(source, "$.answers", SubmissionLimits.EXERCISES, "exercises");
            }
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                UnreadableSubmissionException e = UnreadableSubmissionException.at(source, path, "the entry \""
                        + Excerpt.of(exercise) + "\" in \"answers\"", "an object of key → value answers", describe(t));
                error = error == null ? e : error;
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                if (values.size() == SubmissionLimits.KEYS_PER_EXERCISE) {
                    throw SubmissionLimits.beyond(source, path, SubmissionLimits.KEYS_PER_EXERCISE, "keys");
                }
                p.nextToken();
                values.put(key, raw(path + "[\"" + Excerpt.of(key) + "\"]"));
            }
            out.put(exercise, values);
        }
        return new Answers(out, error);
    }

    /** The current value as written: strings as they are, numbers with their digits, null for no answer. */
    private String raw(String path) throws IOException, UnreadableSubmissionException {
        String v = switch (p.currentToken()) {
            case VALUE_NULL -> null;
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> integer(p.getText());
            case VALUE_NUMBER_FLOAT -> decimal(p.getText());
            case START_ARRAY, START_OBJECT -> json(path);
            default -> p.getText(); // true, false
        };
        if (v != null && v.length() > SubmissionLimits.VALUE_CHARS) {
            throw SubmissionLimits.tooLong(source, path, v.length());
        }
        return v;
    }

    /** An array or object value as compact JSON text, copied token by token and stopped past the value limit. */
    private String json(String path) throws IOException, UnreadableSubmissionException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            int depth = 0;
            do {
                JsonToken t = p.currentToken();
                switch (t) {
                    case START_ARRAY -> g.writeStartArray();
                    case START_OBJECT -> g.writeStartObject();
                    case END_ARRAY -> g.writeEndArray();
                    case END_OBJECT -> g.writeEndObject();
                    case FIELD_NAME -> g.writeFieldName(p.currentName());
                    case VALUE_STRING -> g.writeString(p.getText());
                    case VALUE_NUMBER_INT -> g.writeNumber(integer(p.getText()));
                    case VALUE_NUMBER_FLOAT -> g.writeNumber(decimal(p.getText()));
                    case VALUE_TRUE, VALUE_FALSE -> g.writeBoolean(t == JsonToken.VALUE_TRUE);
                    default -> g.writeNull();
                }
                depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
                g.flush();
                if (text.getBuffer().length() > SubmissionLimits.VALUE_CHARS) {
                    throw SubmissionLimits.tooLong(source, path, text.getBuffer().length());
                }
            } while (depth > 0 && p.nextToken() != null);
        }
        return text.toString();
    }

    /** An integer as the tree reader gave it: its digits ("-0" is 0). */
    private static String integer(String text) {
        return text.equals("-0") ? "0" : text;
    }

    /**
     * A decimal as the tree reader gave it (exact BigDecimal text: {@code 1.2e-3} is "0.0012", trailing zeros
     * kept); a number too large for a BigDecimal stays as written, for the answer parser to call unreadable.
     */
    private static String decimal(String text) {
        try {
            return new BigDecimal(text).toString();
        } catch (NumberFormatException | ArithmeticException e) {
            return text;
        }
    }

    /** What was found where something else was expected; a container is read past to its end. */
    private String describe(JsonToken t) throws IOException {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_ARRAY -> {
                p.skipChildren();
                yield "an array";
            }
            case START_OBJECT -> {
                p.skipChildren();
                yield "an object";
            }
            case VALUE_NULL -> "null";
            case VALUE_STRING -> "the string " + Excerpt.of(JsonNodeFactory.instance.textNode(p.getText()).toString());
            case VALUE_NUMBER_INT -> "the number " + Excerpt.of(integer(p.getText()));
            case VALUE_NUMBER_FLOAT -> "the number " + Excerpt.of(decimal(p.getText()));
            case VALUE_TRUE, VALUE_FALSE -> "the value " + p.getText();
            default -> "a value " + Excerpt.of(p.getText());
        };
    }
}
