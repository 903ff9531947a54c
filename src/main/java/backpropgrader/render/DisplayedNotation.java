package backpropgrader.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quantity as a page displays it, in the lecture's notation as MathML: the graph's display of a key
 * ({@code QuantityGraph.display}: ŷ_1, ∂J/∂w[2]_1,1, h_1 in a one-hidden-layer network) or a hint's quantity in
 * general, whose indices may be letters (w[l]_n,m → w^{[l]}_{n,m}, J(t)). {@link KeyNotation} reads keys; this
 * reads the displayed text, and lays each symbol out with {@link KeyNotation#scripted}. Anything it cannot read
 * is shown as it is, escaped.
 */
final class DisplayedNotation {

    /** A displayed derivative: ∂J/∂w[2]_1,1, df_1/dx|x0, with its round (@2). */
    static final Pattern DERIVATIVE =
            Pattern.compile("(?<d>[∂d])(?<num>[^/]+)/[∂d](?<den>[^@|]+)(?<iter>@\\d+)?(?:\\|(?<at>.+))?");
    private static final Pattern SYMBOL = Pattern.compile(
            "(?<name>[\\p{L}\\p{M}]+)(?<digits>\\d+)?(?:\\[(?<layer>\\w+)])?(?:_(?<sub>\\w+(?:,\\w+)*))?"
                    + "(?:\\((?<sample>\\w+)\\))?(?<new>,new)?(?:@(?<iter>\\d+))?");

    private DisplayedNotation() {
    }

    /** Pages show the same few dozen keys thousands of times. */
    private static final Memo<String, String> MATHML = new Memo<>(8192, DisplayedNotation::typeset);

    /** The MathML (without the {@code <math>} element) of a displayed key. */
    static String mathml(String displayed) {
        return MATHML.get(displayed);
    }

    private static String typeset(String displayed) {
        Matcher d = DERIVATIVE.matcher(displayed);
        if (d.matches()) {
            String op = d.group("d").equals("∂") ? "<mo>∂</mo>" : "<mi>d</mi>";
            String frac = "<mfrac><mrow>" + op + symbol(d.group("num")) + "</mrow><mrow>" + op
                    + symbol(d.group("den")) + "</mrow></mfrac>";
            if (d.group("at") != null) {
                frac = "<msub><mrow>" + frac + "<mo stretchy=\"true\">|</mo></mrow>" + MathRows.group(symbol(d.group("at")))
                        + "</msub>";
            }
            return "<mrow>" + frac + round(d.group("iter") == null ? null : d.group("iter").substring(1)) + "</mrow>";
        }
        return symbol(displayed);
    }

    private static String symbol(String s) {
        Matcher m = SYMBOL.matcher(s);
        if (!m.matches()) {
            return "<mtext>" + Markup.text(s) + "</mtext>";
        }
        String name = m.group("name");
        List<String> parts = new ArrayList<>();
        if (m.group("sub") != null) {
            parts.addAll(List.of(m.group("sub").split(",")));
        }
        KeyNotation.glue(parts, m.group("digits")); // x0 → x₀
        if (m.group("sample") != null) {
            parts.add("(" + m.group("sample") + ")");
        }
        if (m.group("new") != null) {
            parts.add("new");
        }
        String sub = KeyNotation.subscript(parts);
        return KeyNotation.scripted(name, sub, m.group("layer"),
                round(m.group("iter")));
    }

    /** A displayed symbol split for plain-text typesetting: base, subscript and superscript as text. */
    static KeyNotation.Parts parts(String displayed) {
        Matcher m = SYMBOL.matcher(displayed);
        if (!m.matches()) {
            return new KeyNotation.Parts(displayed, "", "");
        }
        StringBuilder sub = new StringBuilder();
        append(sub, m.group("digits"));
        append(sub, m.group("sub"));
        append(sub, m.group("sample") == null ? null : "(" + m.group("sample") + ")");
        append(sub, m.group("new") == null ? null : "new");
        String sup = m.group("layer") == null ? "" : "[" + m.group("layer") + "]";
        return new KeyNotation.Parts(m.group("name"), sub.toString(), sup);
    }

    private static void append(StringBuilder sub, String part) {
        if (part != null) {
            sub.append(sub.length() > 0 ? "," : "").append(part);
        }
    }

    private static String round(String k) {
        return k == null ? "" : KeyNotation.round(k);
    }
}
