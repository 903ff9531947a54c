package backpropgrader.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quantity written in the lecture's notation as MathML: w^{[1]}_{1,1,new}, z^{[1]}_{1,(2)}, ∂J_{(3)}/∂w^{[1]}_{1,1},
 * ŷ_1 (round 2). It reads the key as the graph displays it ({@code QuantityGraph.display}: ŷ_1, ∂J/∂w[2]_1,1,
 * h_1 in a one-hidden-layer network), so the graph alone decides the names. The iteration suffix {@code @k}
 * becomes "(round k)"; {@code |x0} (a derivative's value at a point) becomes a subscript bar.
 * Anything it cannot read is shown as it is, escaped. An index may be a letter (w^{[l]}_{n,m}, J_{(t)}), as the
 * hints write a quantity in general.
 */
final class DisplayedNotation {

    private static final Pattern DERIVATIVE =
            Pattern.compile("(?<d>[∂d])(?<num>[^/]+)/[∂d](?<den>[^@|]+)(?<iter>@\\d+)?(?:\\|(?<at>.+))?");
    private static final Pattern SYMBOL = Pattern.compile(
            "(?<name>[\\p{L}\\p{M}]+)(?<digits>\\d+)?(?:\\[(?<layer>\\w+)])?(?:_(?<sub>\\w+(?:,\\w+)*))?"
                    + "(?:\\((?<sample>\\w+)\\))?(?<new>,new)?(?:@(?<iter>\\d+))?");

    /** The comma between subscript indices, kept tight as in w_{1,1,new}. */
    private static final String COMMA = "<mo lspace=\"0\" rspace=\"0.1em\">,</mo>";

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
        StringBuilder sub = new StringBuilder();
        if (m.group("digits") != null) { // x0 → x₀
            sub.append("<mn>").append(m.group("digits")).append("</mn>");
        }
        if (m.group("sub") != null) {
            String[] parts = m.group("sub").split(",");
            for (int i = 0; i < parts.length; i++) {
                sub.append(i > 0 ? COMMA : "").append(index(parts[i]));
            }
        }
        if (m.group("sample") != null) {
            comma(sub).append("<mo>(</mo>").append(index(m.group("sample"))).append("<mo>)</mo>");
        }
        if (m.group("new") != null) {
            comma(sub).append("<mi>new</mi>");
        }
        // ŷ as the lecture's \hat{y}: an italic y under a hat (the precomposed letter would stand upright)
        String base = name.equals("ŷ") ? "<mover accent=\"true\"><mi>y</mi><mo>^</mo></mover>"
                : "<mi>" + Markup.text(name) + "</mi>";
        String sup = m.group("layer") == null ? null
                : "<mrow><mo>[</mo>" + index(m.group("layer")) + "<mo>]</mo></mrow>";
        String core;
        if (sub.length() > 0 && sup != null) {
            core = "<msubsup>" + base + MathRows.group(sub.toString()) + sup + "</msubsup>";
        } else if (sub.length() > 0) {
            core = "<msub>" + base + MathRows.group(sub.toString()) + "</msub>";
        } else if (sup != null) {
            core = "<msup>" + base + sup + "</msup>";
        } else {
            core = base;
        }
        String r = round(m.group("iter"));
        return r.isEmpty() ? core : "<mrow>" + core + r + "</mrow>";
    }

    /** A symbol split for plain-text typesetting (SVG labels): base, subscript and superscript as text. */
    record Parts(String base, String sub, String sup) {
    }

    static Parts parts(String displayed) {
        Matcher m = SYMBOL.matcher(displayed);
        if (!m.matches()) {
            return new Parts(displayed, "", "");
        }
        StringBuilder sub = new StringBuilder();
        append(sub, m.group("digits"));
        append(sub, m.group("sub"));
        append(sub, m.group("sample") == null ? null : "(" + m.group("sample") + ")");
        append(sub, m.group("new") == null ? null : "new");
        String sup = m.group("layer") == null ? "" : "[" + m.group("layer") + "]";
        return new Parts(m.group("name"), sub.toString(), sup);
    }

    private static void append(StringBuilder sub, String part) {
        if (part != null) {
            sub.append(sub.length() > 0 ? "," : "").append(part);
        }
    }

    /** A number as a number; a letter (a general index, or "new") as an identifier. */
    private static String index(String s) {
        return s.chars().allMatch(Character::isDigit) ? "<mn>" + s + "</mn>" : "<mi>" + Markup.text(s) + "</mi>";
    }

    private static StringBuilder comma(StringBuilder sub) {
        return sub.length() > 0 ? sub.append(COMMA) : sub;
    }

    private static String round(String k) {
        return k == null ? "" : "<mspace width=\"0.3em\"></mspace><mtext class=\"round\">(round " + k + ")</mtext>";
    }
}
