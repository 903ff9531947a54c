package backpropgrader.kernel;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a JSON or YAML file (chosen by its extension) into a tree, with errors that name the file and line. */
public final class TreeFiles {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final ObjectMapper YAML = new YAMLMapper();

    private TreeFiles() {
    }

    public static boolean isYaml(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    public static JsonNode read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file.");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read: " + e.getMessage() + ".", e);
        }
    }

    public static JsonNode read(InputStream in, String source) throws IOException {
        try {
            JsonNode node = (isYaml(source) ? YAML : JSON).readTree(in);
            if (node == null || node.isMissingNode()) {
                throw new BadInputException(source + ": expected " + (isYaml(source) ? "YAML" : "JSON")
                        + " content, found an empty file.");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String line = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            Matcher special = NON_FINITE.matcher(String.valueOf(e.getOriginalMessage()));
            if (special.matches() && e.getProcessor() instanceof JsonParser p) {
                // YAML's .nan and .inf are valid YAML that Jackson cannot turn into a number: say where they are
                JsonLocation start = p.currentTokenLocation();
                throw new BadInputException(source + ": " + path(p.getParsingContext()) + " (line " + start.getLineNr()
                        + ", column " + start.getColumnNr() + "): expected a finite number, found " + special.group(1)
                        + ".", e);
            }
            throw new BadInputException(source + ": " + (line.isEmpty() ? "" : line + ": ") + "not valid "
                    + (isYaml(source) ? "YAML" : "JSON") + ": " + Excerpt.withoutSource(e.getOriginalMessage())
                    + ".", e);
        }
    }

    private static final Pattern NON_FINITE =
            Pattern.compile("Malformed numeric value '([-+]?\\.(?:nan|NaN|NAN|inf|Inf|INF))'.*", Pattern.DOTALL);

    /** The JSON path of a parser's position: $.weights[0][1]. */
    private static String path(JsonStreamContext c) {
        if (c == null || c.inRoot()) {
            return "$";
        }
        String parent = path(c.getParent());
        return c.inArray() ? parent + "[" + c.getCurrentIndex() + "]" : parent + "." + c.getCurrentName();
    }
}
