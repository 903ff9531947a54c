package backpropgrader.grade;

import backpropgrader.marking.ItemResult;
import backpropgrader.marking.Reason;
import backpropgrader.marking.ReasonFields;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code results.json} exactly as DESIGN.md §5 "Results" shows it, plus provenance (tool, version,
 * assignment, family versions), per-item {@code reason} (and its {@code reason_kind} and fields), and per-student
 * {@code name}, {@code source} and {@code warnings}, the LMS identities ({@code lms}), lateness ({@code late},
 * {@code days_late}, and the {@code penalty} in points already taken off {@code score}) and per-item instructor
 * {@code override} reasons.
 * Each item is written on one line (a class of 10,000 has a quarter of a million). Deterministic: fields in a
 * fixed order, students sorted, numbers as Java writes doubles (locale-independent; whole numbers without
 * ".0"), "\n" line ends, no timestamps.
 */
public final class ResultsJson {

    /** What produced the results: never the secret. */
    public record Provenance(String toolVersion, String assignment) {
    }

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
            g.writeStringField("tool", "backprop-grader");
            g.writeStringField("version", provenance.toolVersion());
            g.writeStringField("assignment", provenance.assignment());
            g.writeObjectFieldStart("families");
            for (Map.Entry<String, String> f : outcome.families().entrySet()) {
                g.writeStringField(f.getKey(), f.getValue());
            }
            g.writeEndObject();
            strings(g, "warnings", outcome.warnings());
            g.writeArrayFieldStart("students");
            for (StudentResult s : outcome.students()) {
                student(g, s);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void student(JsonGenerator g, StudentResult s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("name", s.name());
        g.writeStringField("status", s.status().id());
        number(g, "score", s.score());
        number(g, "max", s.max());
        g.writeStringField("error", s.error());
        strings(g, "flags", s.flags());
        g.writeArrayFieldStart("items");
        StringWriter line = new StringWriter();
        for (ItemResult i : s.items()) {
            line.getBuffer().setLength(0);
            try (JsonGenerator c = FACTORY.createGenerator(line)) { // one line per item: a third of the size
                item(c, i);
            }
            g.writeRawValue(line.toString());
        }
        g.writeEndArray();
        g.writeStringField("source", s.source());
        strings(g, "warnings", s.warnings());
        g.writeObjectFieldStart("lms");
        for (Map.Entry<String, String> id : s.lms().entrySet()) {
            g.writeStringField(id.getKey(), id.getValue());
        }
        g.writeEndObject();
        g.writeBooleanField("late", s.late().late());
        number(g, "days_late", s.late().days() == null ? null : s.late().days().doubleValue());
        number(g, "penalty", s.late().penalty());
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
}
