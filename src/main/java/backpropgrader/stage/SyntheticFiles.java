package backpropgrader.stage;

import backpropgrader.kernel.TreeFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.util.Map;

/** A synthetic student's answers written as the two submission formats of docs/FORMATS.md. */
public final class SyntheticFiles {

    private SyntheticFiles() {
    }

    /** What the sheet's form saves: {@code {"student": …, "answers": {exercise: {key: value}}}}. */
    static String json(String student, Map<String, Map<String, String>> answers) {
        ObjectNode root = TreeFiles.JSON.createObjectNode();
        root.put("student", student);
        ObjectNode all = root.putObject("answers");
        answers.forEach((exercise, keys) -> {
            ObjectNode e = all.putObject(exercise);
            keys.forEach(e::put);
        });
        try {
            return TreeFiles.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plain-text form: {@code student = id}, then {@code [exercise]} headers and {@code key = value} lines. */
    static String text(String student, Map<String, Map<String, String>> answers) {
        StringBuilder b = new StringBuilder("student = ").append(student).append('\n');
        answers.forEach((exercise, keys) -> {
            b.append('\n').append('[').append(exercise).append("]\n");
            keys.forEach((k, v) -> b.append(k).append(" = ").append(v).append('\n'));
        });
        return b.toString();
    }
}
