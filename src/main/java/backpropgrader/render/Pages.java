package backpropgrader.render;

import backpropgrader.engine.Keys;
import backpropgrader.engine.Numbers;
import backpropgrader.engine.QuantityGraph;
import backpropgrader.exercise.Student;
import backpropgrader.marking.Variant;
import freemarker.core.TemplateHTMLOutputModel;

/** Small things both pages need: the language tag, a student's shown name, points, keys shown in words. */
final class Pages {

    private Pages() {
    }

    /**
     * The pages' language: their words are English whatever the locale, which decides how numbers are written
     * (a screen reader told "de" would read the English words with German sounds).
     */
    static final String LANGUAGE = "en";

    /** Optional words (a provenance line, a title) as shown: nothing when absent. */
    static String text(String s) {
        return s == null ? "" : s;
    }

    static String nameOf(Student s) {
        return s.name() == null || s.name().isBlank() ? "" : s.name().strip();
    }

    /** The group whose variants the page shows (group work), or "" when they are the student's own. */
    static String groupOf(SheetPage page) {
        return page.variants().stream().map(Variant::group).filter(g -> !g.isBlank()).findFirst().orElse("");
    }

    /**
     * A number for a page's script or SVG attributes (sorting, geometry): plain, with an ASCII minus, rounded to
     * {@code places} first unless that is negative.
     */
    static String sortable(double v, int places) {
        return Numbers.plain(places < 0 ? v : Numbers.round(v, places)).replace('−', '-');
    }

    static String points(NumberFormatter format, double points) {
        return format.plain(points) + (points == 1 ? " point" : " points");
    }

    /** A key as the graph displays it; keys the graph does not hold (a symbolic answer) as the lecture would. */
    static String display(QuantityGraph g, String key) {
        return DISPLAYED.get(new Written(key, g.has(key) && g.singleHiddenLayer())); // what g.display(key) gives
    }

    /** Every student's graph displays the same keys: worked out once for the class, not once per graph. */
    private static final Memo<Written, String> DISPLAYED = new Memo<>(8192, w -> Keys.display(w.key(),
            w.shortHidden()));

    /** A key as MathML, in the notation {@link #display} writes it in. */
    static String mathml(QuantityGraph g, String key) {
        return MathML.key(key, g.has(key) && g.singleHiddenLayer());
    }

    /** A key as a {@code <math>} element, in the notation {@link #display} writes it in. */
    static TemplateHTMLOutputModel keyMath(QuantityGraph g, String key) {
        return keyMath(key, g.has(key) && g.singleHiddenLayer());
    }

    private record Written(String key, boolean shortHidden) {
    }

    /** Each page shows its keys several times over, and a class's pages the same few dozen. */
    private static final Memo<Written, TemplateHTMLOutputModel> KEYS = new Memo<>(8192, w ->
            Markup.html(MathML.math(MathML.key(w.key(), w.shortHidden()))));

    /** A key as a {@code <math>} element; {@code shortHidden} as in {@link MathML#key}. */
    static TemplateHTMLOutputModel keyMath(String key, boolean shortHidden) {
        return KEYS.get(new Written(key, shortHidden));
    }

    /** The displayed key for a tooltip or screen reader: "(round 2)" instead of "@2". */
    static String plain(String displayed) {
        int at = displayed.lastIndexOf('@');
        return at < 0 ? displayed : displayed.substring(0, at) + " (round " + displayed.substring(at + 1) + ")";
    }
}
