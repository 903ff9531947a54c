package backpropgrader.web;

import backpropgrader.engine.Values;
import backpropgrader.marking.Variant;
import org.teavm.jso.JSExport;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The practice page's entry into the core, compiled to WebAssembly by TeaVM and inlined into each practice page:
 * the whole core — the variant rebuilt from its numbers ({@link PracticeVariant}), the grader's marker, the
 * worked solution ({@link PracticeMarks}) and the check of a box as it is typed ({@link AnswerCheck}). Each call
 * stands alone (the page passes the variant each time), so nothing is kept between them.
 */
public final class PracticeEntry {

    private PracticeEntry() {
    }

    /**
     * Marks typed answers against a practice variant.
     *
     * @param variant {@link PracticeVariant#encode}'s JSON
     * @param answers {@code {"<key>": "<as typed>", …}}
     */
    @JSExport
    public static String mark(String variant, String answers) {
        Map<String, String> typed = new LinkedHashMap<>();
        ((Map<?, ?>) Json.parse(answers)).forEach((k, v) -> typed.put((String) k, v == null ? null : v.toString()));
        return PracticeMarks.mark(PracticeVariant.decode(variant), typed);
    }

    /** {@link AnswerCheck#of} as JSON, as on the sheet. */
    @JSExport
    public static String check(String typed, int decimals, boolean symbolic) {
        return AnswerCheck.of(typed, decimals, symbolic).toJson();
    }

    /**
     * Every quantity of the variant's reference, key → value, and the given values' exact bits: what the tests
     * compare between the browser and the JVM (the same numbers, within 1e-12 relative; the givens bit for bit).
     */
    @JSExport
    public static String values(String variant) {
        Variant v = PracticeVariant.decode(variant);
        Values values = v.reference();
        Json.Writer w = new Json.Writer();
        Json.Writer bits = new Json.Writer();
        values.graph().quantities().forEach(q -> {
            w.put(q.key(), values.get(q.key()));
            if (q.isGiven()) {
                bits.put(q.key(), Long.toHexString(Double.doubleToRawLongBits(q.given())));
            }
        });
        return new Json.Writer().raw("values", w.toString()).raw("givenBits", bits.toString()).toString();
    }

    /** TeaVM compiles from a main class; the page calls the exports and nothing runs at start. */
    public static void main(String[] args) {
    }
}
