package backpropgrader.render;

import backpropgrader.engine.Key;

import java.util.ArrayList;
import java.util.List;

/**
 * A quantity written in the lecture's notation as MathML: w^{[1]}_{1,1,new}, z^{[1]}_{1,(2)}, ∂J_{(3)}/∂w^{[1]}_{1,1},
 * ŷ_1 (round 2). It reads the key itself ({@link Key}); {@code shortHidden} writes h[1]_1 as h_1, as the graph
 * displays the hidden activations of a network with a single hidden layer ({@code QuantityGraph.singleHiddenLayer}).
 * The iteration suffix {@code @k} becomes "(round k)"; {@code |x0} (a derivative's value at a point) becomes a
 * subscript bar. A text that is no key is shown as it is, escaped.
 */
final class KeyNotation {

    /** The comma before a word in a subscript, kept tight as in w_{1,1,new}. */
    static final String COMMA = "<mo lspace=\"0\" rspace=\"0.1em\">,</mo>";

    private KeyNotation() {
    }

    /** A key as a page writes it. */
    private record Written(String key, boolean shortHidden) {
    }

    /** Pages show the same few dozen keys thousands of times. */
    private static final Memo<Written, String> MATHML = new Memo<>(8192, w -> typeset(w.key(), w.shortHidden()));

    /** The MathML (without the {@code <math>} element) of a key. */
    static String mathml(String key, boolean shortHidden) {
        return MATHML.get(new Written(key, shortHidden));
    }

    /** The key without its round ("@k"): where the section it is shown in says the round. */
    static String withoutRound(String key) {
        return Key.read(key).map(k -> k.withIteration(1).toString()).orElse(key);
    }

    private static String typeset(String text, boolean shortHidden) {
        Key key = Key.read(text).orElse(null);
        if (key == null) {
            return "<mtext>" + Markup.text(text) + "</mtext>";
        }
        return key.isDerivative() ? derivative(key) : symbol(key, shortHidden);
    }

    /** ∂J/∂w as a fraction, df_1/dx with an upright d, df_1/dx|x0 with the evaluation bar. */
    private static String derivative(Key key) {
        String op = key.kind() == Key.Kind.DF || key.kind() == Key.Kind.DF_AT ? "<mi>d</mi>" : "<mo>∂</mo>";
        String frac = "<mfrac><mrow>" + op + symbol(key.differentiated(), false) + "</mrow><mrow>" + op
                + symbol(key.variableOfDerivative(), false) + "</mrow></mfrac>";
        if (key.kind() == Key.Kind.DF_AT) {
            frac = "<msub><mrow>" + frac + "<mo stretchy=\"true\">|</mo></mrow>" + MathRows.group(symbol(Key.point(), false))
                    + "</msub>";
        }
        return "<mrow>" + frac + round(key.iteration()) + "</mrow>";
    }

    private static String symbol(Key key, boolean shortHidden) {
        String name = name(key);
        List<String> parts = new ArrayList<>();
        List<Integer> indices = key.indices();
        for (int i = 0; i < indices.size(); i++) {
            parts.add(indices.get(i).toString());
        }
        glue(parts, digits(key)); // x0 → x₀
        if (key.sample() != 0) {
            parts.add("(" + key.sample() + ")");
        }
        if (key.isNew()) {
            parts.add("new");
        }
        String sub = subscript(parts);
        String layer = layer(key, shortHidden);
        return scripted(name, sub, layer.isEmpty() ? null : layer, round(key.iteration()));
    }

    /** Digits written before the first index, without a comma (the 2 of a coefficient b2). */
    static void glue(List<String> parts, String digits) {
        if (digits != null && !digits.isEmpty()) {
            if (parts.isEmpty()) {
                parts.add(digits);
            } else {
                parts.set(0, digits + parts.get(0));
            }
        }
    }

    /**
     * A subscript from its comma-separated parts (numbers, a sample "(2)", letters, "new"): a run of numbers as one
     * token, 1,1 or 1,(2), tight as the lecture writes them (a page shows hundreds of subscripts; a row of tokens
     * and spaced commas for each was a tenth of a feedback page); a word after a tight comma ({@link #COMMA}).
     */
    static String subscript(List<String> parts) {
        StringBuilder out = new StringBuilder();
        StringBuilder numbers = new StringBuilder();
        for (String p : parts) {
            String bare = p.startsWith("(") && p.endsWith(")") ? p.substring(1, p.length() - 1) : p;
            if (isNumber(bare)) {
                if (numbers.length() > 0) {
                    numbers.append(',');
                } else if (out.length() > 0) {
                    out.append(COMMA);
                }
                numbers.append(p);
                continue;
            }
            if (numbers.length() > 0) {
                out.append("<mn>").append(numbers).append("</mn>");
                numbers.setLength(0);
            }
            if (out.length() > 0) {
                out.append(COMMA);
            }
            String word = "<mi>" + Markup.text(bare) + "</mi>";
            out.append(bare.equals(p) ? word : "<mo>(</mo>" + word + "<mo>)</mo>");
        }
        if (numbers.length() > 0) {
            out.append("<mn>").append(numbers).append("</mn>");
        }
        return out.toString();
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * A letter with its subscript (MathML, may be empty) and its layer (as written: digits or a general index's
     * letter, or null), then its round ({@link #round}, may be empty): the one layout of every symbol, keys' and
     * displayed ones'.
     */
    static String scripted(String name, CharSequence sub, String layer, String round) {
        // ŷ as the lecture's \hat{y}: an italic y under a hat (the precomposed letter would stand upright)
        String base = name.equals("ŷ") ? "<mover accent=\"true\"><mi>y</mi><mo>^</mo></mover>"
                : "<mi>" + Markup.text(name) + "</mi>";
        String sup = layer == null ? null : isNumber(layer) ? "<mn>[" + layer + "]</mn>" // one token, as subscripts
                : "<mrow><mo>[</mo><mi>" + Markup.text(layer) + "</mi><mo>]</mo></mrow>";
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
        return round.isEmpty() ? core : "<mrow>" + core + round + "</mrow>";
    }

    /** The letter a key is written with: w, ŷ, λ, J; a coefficient's own letter (b of b2_1). */
    private static String name(Key key) {
        return switch (key.kind()) {
            case X, POINT, VARIABLE -> "x";
            case Y -> "y";
            case LAMBDA -> "λ";
            case W -> "w";
            case B -> "b";
            case Z -> "z";
            case H -> "h";
            case YHAT -> "ŷ";
            case J -> "J";
            case F -> "f";
            case COEFFICIENT -> key.coefficient().substring(0, 1);
            case DZ, DW, DB, DF, DF_AT -> throw new IllegalArgumentException(key + " is a derivative");
        };
    }

    /** Digits written into the subscript before the indices: the 0 of x0, the 2 of a coefficient b2. */
    private static String digits(Key key) {
        return switch (key.kind()) {
            case POINT -> "0";
            case COEFFICIENT -> key.coefficient().substring(1);
            default -> "";
        };
    }

    /** The layer as a superscript, or "" (none, or a single hidden layer's h_1). */
    private static String layer(Key key, boolean shortHidden) {
        boolean shortened = shortHidden && key.kind() == Key.Kind.H && key.layer() == 1;
        return key.layer() == 0 || shortened ? "" : Integer.toString(key.layer());
    }

    /** A symbol split for plain-text typesetting (SVG labels): base, subscript and superscript as text. */
    record Parts(String base, String sub, String sup) {
    }

    static Parts parts(String text, boolean shortHidden) {
        Key key = Key.read(text).orElse(null);
        if (key == null) {
            return new Parts(text, "", "");
        }
        if (key.isDerivative()) {
            return new Parts(key.display(shortHidden), "", ""); // a fraction has no plain-text parts
        }
        StringBuilder sub = new StringBuilder();
        append(sub, digits(key));
        List<Integer> indices = key.indices();
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < indices.size(); i++) {
            joined.append(i > 0 ? "," : "").append(indices.get(i));
        }
        append(sub, joined.toString());
        append(sub, key.sample() == 0 ? "" : "(" + key.sample() + ")");
        append(sub, key.isNew() ? "new" : "");
        String layer = layer(key, shortHidden);
        return new Parts(name(key), sub.toString(), layer.isEmpty() ? "" : "[" + layer + "]");
    }

    private static void append(StringBuilder sub, String part) {
        if (!part.isEmpty()) {
            sub.append(sub.length() > 0 ? "," : "").append(part);
        }
    }

    /** "(round k)" after a quantity of round k; nothing for round 1. */
    static String round(int k) {
        return k == 1 ? "" : round(Integer.toString(k));
    }

    /** "(round k)" for the round as written (digits). */
    static String round(String k) {
        return "<mspace width=\"0.3em\"></mspace><mtext class=\"round\">(round " + k + ")</mtext>";
    }
}
