package backpropgrader.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A quantity in the lecture's notation as plain Unicode text, where MathML cannot go (CSV cells, LMS comments,
 * tooltips): ŷ₁, ∂J/∂w⁽²⁾₁,₁, w⁽¹⁾₁,₁,new, z⁽¹⁾₁,₍₂₎, J (round 2), df₁/dx|ₓ₀ — the same reading of the key as
 * {@link DisplayedNotation}'s MathML, with the layer as a superscript and the indices as subscripts. Anything it
 * cannot read is left as it is.
 */
final class KeyText {

    private static final String SUB = "₀₁₂₃₄₅₆₇₈₉";
    private static final String SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private KeyText() {
    }

    /** Pages show the same few hundred keys in every item's tooltip. */
    private static final Memo<String, String> PLAIN = new Memo<>(8192, KeyText::typeset);

    /** The displayed key ({@code QuantityGraph.display}) in plain-text notation. */
    static String plain(String displayed) {
        return PLAIN.get(displayed);
    }

    private static String typeset(String displayed) {
        Matcher d = DisplayedNotation.DERIVATIVE.matcher(displayed);
        if (d.matches()) {
            String op = d.group("d");
            String at = d.group("at") == null ? "" : "|" + lowered(d.group("at"));
            return op + symbol(d.group("num")) + "/" + op + symbol(d.group("den")) + at + round(d.group("iter"));
        }
        int at = displayed.lastIndexOf('@');
        return at < 0 ? symbol(displayed) : symbol(displayed.substring(0, at)) + round(displayed.substring(at));
    }

    private static String symbol(String s) {
        KeyNotation.Parts p = DisplayedNotation.parts(s);
        String sup = p.sup().isEmpty() ? "" : "⁽" + map(p.sup().substring(1, p.sup().length() - 1), false) + "⁾";
        return p.base() + sup + map(p.sub(), true);
    }

    /** The point of a derivative's value, all of it lowered: x0 → ₓ₀. */
    private static String lowered(String s) {
        return s.equals("x0") ? "ₓ₀" : map(s, true);
    }

    private static String round(String iter) {
        return iter == null ? "" : " (round " + iter.substring(1) + ")";
    }

    /**
     * Digits, parentheses and one-letter indices (n, m, l, k, t) to their raised or lowered forms; a longer word
     * ("new", "old") as it is, after an underscore when it comes first (w_new), so that it does not run into the
     * letter before it.
     */
    private static String map(String s, boolean lower) {
        List<String> out = new ArrayList<>();
        for (String part : s.split(",", -1)) {
            String bare = part.replace("(", "").replace(")", "");
            boolean word = bare.length() > 1 && !bare.chars().allMatch(Character::isDigit);
            out.add(word ? (out.isEmpty() ? "_" + part : part) : lowerOrRaise(part, lower));
        }
        return String.join(",", out);
    }

    private static String lowerOrRaise(String part, boolean lower) {
        StringBuilder out = new StringBuilder();
        for (char c : part.toCharArray()) {
            int letter = "nmlkt".indexOf(c);
            if (c >= '0' && c <= '9') {
                out.append((lower ? SUB : SUP).charAt(c - '0'));
            } else if (c == '(' || c == ')') {
                out.append(lower ? (c == '(' ? '₍' : '₎') : (c == '(' ? '⁽' : '⁾'));
            } else if (letter >= 0) {
                out.append((lower ? "ₙₘₗₖₜ" : "ⁿᵐˡᵏᵗ").charAt(letter));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
