package backpropgrader.engine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

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
                throw new BadInputException(source + ": the file is empty.");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new BadInputException(source + ": " + where + "not valid " + (isYaml(source) ? "YAML" : "JSON")
                    + ": " + e.getOriginalMessage() + ".", e);
        }
    }
}
