package backpropgrader.exercise;

import backpropgrader.kernel.BadInputException;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Typed reads from a YAML/JSON tree for the family and course readers, each failure a whole sentence naming the
 * file, the field (as a path such as {@code constraints.max_abs_z} or {@code structure.layers[1]}) and what was
 * expected and found.
 */
final class Fields {

    final String source;

    Fields(String source) {
        this.source = source;
    }

    BadInputException error(String path, String expected, Object found) {
        return BadInputException.at(source, path, expected, found);
    }

    BadInputException problem(String path, String sentence) {
        return new BadInputException(source + ": " + path + ": " + sentence);
    }

    static String at(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    JsonNode object(JsonNode n, String path) {
        if (n == null || !n.isObject()) {
            throw error(path.isEmpty() ? "the top level" : path, "a mapping of fields", describe(n));
        }
        return n;
    }

    /** Rejects fields this reader does not know (a typo would otherwise be ignored silently). */
    void only(JsonNode obj, String path, String... known) {
        List<String> names = Arrays.asList(known);
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) obj::fields) {
            if (!names.contains(e.getKey())) {
                throw problem(at(path, e.getKey()), "unknown field; the fields here are " + String.join(", ", names) + ".");
            }
        }
    }

    JsonNode required(JsonNode obj, String field, String path) {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull()) {
            throw problem(at(path, field), "this field is missing and has no default.");
        }
        return n;
    }

    boolean has(JsonNode obj, String field) {
        return obj.hasNonNull(field);
    }

    String text(JsonNode n, String path) {
        if (n.isTextual() && !n.asText().isBlank()) {
            return n.asText();
        }
        if (n.isNumber()) {
            return n.asText();
        }
        throw error(path, "a non-empty text", describe(n));
    }

    boolean bool(JsonNode n, String path) {
        if (!n.isBoolean()) {
            throw error(path, "true or false", describe(n));
        }
        return n.asBoolean();
    }

    int integer(JsonNode n, String path, int min, int max) {
        if (!n.isIntegralNumber() || n.asLong() < min || n.asLong() > max) {
            throw error(path, "a whole number from " + min + " to " + max, describe(n));
        }
        return n.asInt();
    }

    BigDecimal decimal(JsonNode n, String path) {
        if (!n.isNumber() || !Double.isFinite(n.asDouble())) {
            throw error(path, "a number", describe(n));
        }
        return n.isIntegralNumber() ? new BigDecimal(n.bigIntegerValue()) : BigDecimal.valueOf(n.asDouble());
    }

    double number(JsonNode n, String path, double min, double max) {
        double v = decimal(n, path).doubleValue();
        if (v < min || v > max) {
            throw error(path, "a number from " + plain(min) + " to " + plain(max), describe(n));
        }
        return v;
    }

    JsonNode array(JsonNode n, String path) {
        if (n == null || !n.isArray()) {
            throw error(path, "a list", describe(n));
        }
        return n;
    }

    /** A list of texts; a single text is read as a list of one. */
    List<String> texts(JsonNode n, String path) {
        List<String> out = new ArrayList<>();
        if (n.isTextual()) {
            out.add(text(n, path));
            return out;
        }
        array(n, path);
        for (int i = 0; i < n.size(); i++) {
            out.add(text(n.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    static String describe(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isTextual()) {
            return "\"" + n.asText() + "\"";
        }
        if (n.isArray()) {
            return "a list of " + n.size();
        }
        if (n.isObject()) {
            return "a mapping";
        }
        return n.asText();
    }

    private static String plain(double v) {
        return v == Double.MAX_VALUE ? "any size" : backpropgrader.engine.Numbers.plain(v);
    }
}
