package backpropgrader.grade;

import backpropgrader.kernel.BadInputException;
import backpropgrader.kernel.TreeFiles;
import backpropgrader.marking.ItemResult;
import backpropgrader.marking.Reason;
import backpropgrader.marking.ReasonFields;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes and reads {@code results.json}: the one place its field names are spelled. Writes it exactly as
 * docs/FORMATS.md "Results" shows it, plus provenance (tool, version, assignment, family versions), per-item
 * {@code reason} (and its {@code reason_kind} and fields), and per-student {@code name}, {@code source} and
 * {@code warnings}, the LMS identities ({@code lms}), lateness ({@code late}, {@code days_late}, and the
 * {@code penalty} in points already taken off {@code score}), per-item instructor {@code override} reasons, and
 * the top-level {@code attention}: files whose owner was not certain ({@link Attention}). Each item is written on
 * one line (a class of 10,000 has a quarter of a million). Deterministic: fields in a fixed order, students
 * sorted, numbers as Java writes doubles (locale-independent; whole numbers without ".0"), {@code "\n"} line ends, no
 * timestamps.
 *
 * <p>Reads it as an export needs it ({@link #read}): as a tree, so fields it does not know are ignored (docs/FORMATS.md:
 * consumers do), the fields it uses checked, with messages that name the file, the JSON path, what was
 * expected and what was found.
 */
public final class ResultsJson {

    /** What produced the results: never the secret. */
    public record Provenance(String toolVersion, String assignment) {
    }

    // The names of the top-level and per-student fields; the export reads some of them. Per-item names are written
    // in item() alone: nothing reads an item back.
    static final String TOOL = "tool";
    static final String VERSION = "version";
    static final String TITLE = "title"; // read when present (an instructor may add it); not written
    static final String ASSIGNMENT = "assignment";
    static final String FAMILIES = "families";
    static final String WARNINGS = "warnings";
    static final String ATTENTION = "attention";
    static final String STUDENTS = "students";
    static final String ID = "id";
    static final String NAME = "name";
    static final String EMAIL = "email"; // read when present; not written
    static final String STATUS = "status";
    static final String SCORE = "score";
    static final String MAX = "max";
    static final String ERROR = "error";
    static final String FLAGS = "flags";
    static final String ITEMS = "items";
    static final String SOURCE = "source";
    static final String LMS = "lms";
    static final String LATE = "late";
    static final String DAYS_LATE = "days_late";
    static final String PENALTY = "penalty";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET) // the caller's writer stays open
            .build();

    private ResultsJson() {
    }

    public static void write(GradingOutcome outcome, Provenance provenance, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            DefaultIndenter nl = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(nl).withArrayIndenter(nl));
            g.writeStartObject();
            g.writeStringField(TOOL, "backprop-grader");
            g.writeStringField(VERSION, provenance.toolVersion());
            g.writeStringField(ASSIGNMENT, provenance.assignment());
            g.writeObjectFieldStart(FAMILIES);
            for (Map.Entry<String, String> f : outcome.families().entrySet()) {
                g.writeStringField(f.getKey(), f.getValue());
            }
            g.writeEndObject();
            strings(g, WARNINGS, outcome.warnings());
            g.writeArrayFieldStart(ATTENTION);
            for (Attention a : outcome.attention()) {
                attention(g, a);
            }
            g.writeEndArray();
            g.writeArrayFieldStart(STUDENTS);
            List<StudentResult> students = outcome.students();
            for (int from = 0; from < students.size(); from += AHEAD) {
                List<StudentResult> some = students.subList(from, Math.min(students.size(), from + AHEAD));
                List<List<String>> items = some.parallelStream().map(ResultsJson::itemLines).toList();
                for (int i = 0; i < some.size(); i++) {
                    student(g, some.get(i), items.get(i));
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /**
     * How many students' item lines are made at once, on every core, before they are written in order: the items
     * are nine tenths of the file (300 MB for 10,000 students), and one thread writing them took 4 s while the
     * other core had finished the report.
     */
    private static final int AHEAD = 256;

    /** A student's items, each as one line of compact JSON (a third of the size of the indented form). */
    private static List<String> itemLines(StudentResult s) {
        List<String> lines = new ArrayList<>(s.items().size());
        StringWriter line = new StringWriter();
        try {
            for (ItemResult i : s.items()) {
                line.getBuffer().setLength(0);
                try (JsonGenerator c = FACTORY.createGenerator(line)) {
                    item(c, i);
                }
                lines.add(line.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return lines;
    }

    private static void student(JsonGenerator g, StudentResult s, List<String> items) throws IOException {
        g.writeStartObject();
        g.writeStringField(ID, s.id());
        g.writeStringField(NAME, s.name());
        g.writeStringField(STATUS, s.status().id());
        number(g, SCORE, s.score());
        number(g, MAX, s.max());
        g.writeStringField(ERROR, s.error());
        strings(g, FLAGS, s.flags());
        g.writeArrayFieldStart(ITEMS);
        for (String line : items) {
            g.writeRawValue(line);
        }
        g.writeEndArray();
        g.writeStringField(SOURCE, s.source());
        strings(g, WARNINGS, s.warnings());
        g.writeObjectFieldStart(LMS);
        for (Map.Entry<String, String> id : s.lms().entrySet()) {
            g.writeStringField(id.getKey(), id.getValue());
        }
        g.writeEndObject();
        g.writeBooleanField(LATE, s.late().late());
        number(g, DAYS_LATE, s.late().days() == null ? null : s.late().days().doubleValue());
        number(g, PENALTY, s.late().penalty());
        g.writeEndObject();
    }

    /** One file whose owner was not certain: what each source said, and what was decided. */
    private static void attention(JsonGenerator g, Attention a) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", a.file());
        g.writeStringField("student", a.student());
        g.writeObjectFieldStart("said");
        g.writeStringField("field", a.said().field());
        g.writeStringField("file_name", a.said().fileName());
        g.writeStringField("code", a.said().code());
        g.writeStringField("fit", a.said().fit());
        g.writeEndObject();
        g.writeStringField("decision", a.decision());
        g.writeEndObject();
    }

    private static void item(JsonGenerator g, ItemResult i) throws IOException {
        g.writeStartObject();
        g.writeStringField("exercise", i.exercise());
        g.writeStringField("key", i.key());
        g.writeStringField("submitted", i.submitted());
        if (i.expected() instanceof Double d) {
            number(g, "expected", d);
        } else {
            g.writeStringField("expected", (String) i.expected());
        }
        g.writeStringField("verdict", i.verdict().id());
        g.writeStringField("misconception", i.misconception());
        number(g, "points", i.points());
        number(g, "max", i.max());
        g.writeStringField("reason", i.reason());
        reasonFields(g, i.why());
        g.writeStringField("override", i.override());
        g.writeEndObject();
    }

    /** The reason's kind and fields beside its sentence ({@link Reason}): {@code reason_kind}, {@code reason_from}…. */
    private static void reasonFields(JsonGenerator g, Reason why) throws IOException {
        for (Map.Entry<String, Object> f : ReasonFields.of(why).entrySet()) {
            String field = "reason_" + f.getKey();
            if (f.getValue() == null || f.getValue() instanceof Double) {
                number(g, field, (Double) f.getValue());
            } else if (f.getValue() instanceof Boolean b) {
                g.writeBooleanField(field, b);
            } else if (f.getValue() instanceof List<?> list) {
                strings(g, field, list.stream().map(String.class::cast).toList());
            } else {
                g.writeStringField(field, (String) f.getValue());
            }
        }
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** A whole number without ".0" (20, not 20.0); null as null; anything else as Java writes the double. */
    static void number(JsonGenerator g, String field, Double v) throws IOException {
        if (v == null || !Double.isFinite(v)) {
            g.writeNullField(field);
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            g.writeNumberField(field, (long) (double) v);
        } else {
            g.writeNumberField(field, v);
        }
    }
    /** Reads a marked folder's results.json for an export. */
    public static MarkedResults read(Path file) {
        JsonNode root = TreeFiles.read(file);
        String src = file.toString();
        if (!root.isObject()) {
            throw BadInputException.at(src, "$", "an object with a \"" + STUDENTS + "\" array", found(root));
        }
        JsonNode list = root.path(STUDENTS);
        if (!list.isArray()) {
            throw BadInputException.at(src, "$." + STUDENTS, "an array of students", found(list));
        }
        List<MarkedResults.Result> students = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "$." + STUDENTS + "[" + i + "]";
            MarkedResults.Result r = student(src, at, list.get(i));
            Integer before = seen.put(r.id(), i);
            if (before != null) {
                throw new BadInputException(src + ": " + at + "." + ID + ": the id '" + r.id() + "' is already at $."
                        + STUDENTS + "[" + before + "]; expected each student once.");
            }
            students.add(r);
        }
        String title = text(src, "$." + TITLE, root.path(TITLE));
        if (title.isEmpty()) {
            title = text(src, "$." + ASSIGNMENT, root.path(ASSIGNMENT));
        }
        return new MarkedResults(file, title.isEmpty() ? null : title, students);
    }

    private static MarkedResults.Result student(String src, String at, JsonNode s) {
        if (!s.isObject()) {
            throw BadInputException.at(src, at, "an object", found(s));
        }
        JsonNode idNode = s.path(ID);
        String id = idNode.isTextual() || idNode.isIntegralNumber() ? idNode.asText().trim() : "";
        if (id.isEmpty()) {
            throw BadInputException.at(src, at + "." + ID, "a non-empty string", found(idNode));
        }
        String statusId = s.path(STATUS).isTextual() ? s.path(STATUS).asText() : "";
        Status status = Arrays.stream(Status.values()).filter(x -> x.id().equals(statusId)).findFirst()
                .orElseThrow(() -> BadInputException.at(src, at + "." + STATUS, "one of " + Arrays.stream(
                        Status.values()).map(Status::id).collect(Collectors.joining(", ")), found(s.path(STATUS))));
        boolean graded = status == Status.GRADED;
        Double score = nonNegative(src, at + "." + SCORE, s.path(SCORE), graded);
        Double max = nonNegative(src, at + "." + MAX, s.path(MAX), graded);
        List<String> flags = new ArrayList<>();
        JsonNode f = s.path(FLAGS);
        if (!f.isMissingNode() && !f.isNull() && !f.isArray()) {
            throw BadInputException.at(src, at + "." + FLAGS, "an array of strings", found(f));
        }
        for (int i = 0; i < f.size(); i++) {
            flags.add(text(src, at + "." + FLAGS + "[" + i + "]", f.get(i)));
        }
        Map<String, String> lms = new TreeMap<>();
        JsonNode ids = s.path(LMS);
        if (!ids.isMissingNode() && !ids.isNull() && !ids.isObject()) {
            throw BadInputException.at(src, at + "." + LMS, "an object of LMS identities", found(ids));
        }
        flatten(src, at + "." + LMS, "", ids, lms);
        return new MarkedResults.Result(id, text(src, at + "." + NAME, s.path(NAME)),
                text(src, at + "." + EMAIL, s.path(EMAIL)), status, score, max, flags, lms, late(s.path(LATE)));
    }

    private static Double nonNegative(String src, String at, JsonNode n, boolean required) {
        if ((n.isMissingNode() || n.isNull()) && !required) {
            return null;
        }
        if (!n.isNumber() || !Double.isFinite(n.asDouble()) || n.asDouble() < 0) {
            throw BadInputException.at(src, at, required ? "a number ≥ 0 (the student is graded)"
                    : "a number ≥ 0 or null", found(n));
        }
        return n.asDouble();
    }

    private static void flatten(String src, String at, String prefix, JsonNode node, Map<String, String> into) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String key = prefix + e.getKey();
            if (v.isObject()) {
                flatten(src, at + "." + e.getKey(), key + ".", v, into);
            } else if (v.isValueNode() && !v.isNull() && !v.asText().isBlank()) {
                into.put(key, v.asText().trim());
            } else if (!v.isNull() && !v.isValueNode()) {
                throw BadInputException.at(src, at + "." + e.getKey(), "a string or a number", found(v));
            }
        }
    }

    /** What grade writes (a boolean), and what other tools may: an object or text describing it, days late. */
    private static boolean late(JsonNode n) {
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        return n.isObject() || n.isTextual() && !n.asText().isBlank() || n.isNumber() && n.asDouble() > 0;
    }

    private static String text(String src, String at, JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return "";
        }
        if (!n.isTextual()) {
            throw BadInputException.at(src, at, "a string", found(n));
        }
        return n.asText().trim();
    }

    /** What was found, as the JSON it is (shortened), or "nothing" when the field is absent. */
    private static String found(JsonNode n) {
        if (n.isMissingNode()) {
            return "nothing";
        }
        String s = n.toString();
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }
}
