package backpropgrader.render;

import backpropgrader.engine.Expr;
import backpropgrader.engine.Misconception;
import backpropgrader.engine.Quantity;
import backpropgrader.engine.QuantityGraph;
import backpropgrader.marking.Audience;
import backpropgrader.marking.ItemResult;
import backpropgrader.marking.MarkedExercise;
import backpropgrader.marking.Reason;
import backpropgrader.marking.ReasonSentence;
import freemarker.core.TemplateHTMLOutputModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogued mistakes of one exercise on a student's page, each said once however many items it explains
 * (six sign errors are one hint, not six), and made specific from the graph: the formula of the mistake at the
 * node where it starts beside the lecture's formula there — for a product, only the factors that differ, so a
 * wrong activation derivative reads "your value fits 1 − h₁², where the lecture has h₁(1 − h₁)".
 */
final class MistakeViews {

    private final NumberFormatter format;
    private final Audience reader;

    MistakeViews(NumberFormatter format, Audience reader) {
        this.format = format;
        this.reader = reader;
    }

    /** Where an item's mistake is explained on the page: {@code <exercise anchor>-<misconception name>}. */
    static String anchor(String exerciseAnchor, String misconception) {
        return exerciseAnchor + "-" + misconception;
    }

    /** The exercise's mistakes in the order their first items are asked. */
    List<FeedbackView.Mistake> of(String exerciseAnchor, List<ItemResult> items, MarkedExercise m) {
        Map<String, List<ItemResult>> byName = new LinkedHashMap<>();
        for (ItemResult i : items) {
            if (i.misconception() != null) {
                byName.computeIfAbsent(i.misconception(), k -> new ArrayList<>()).add(i);
            }
        }
        QuantityGraph g = m == null ? null : m.variant().graph();
        List<FeedbackView.Mistake> out = new ArrayList<>();
        byName.forEach((name, found) -> out.add(mistake(anchor(exerciseAnchor, name), name, found, g)));
        return List.copyOf(out);
    }

    private FeedbackView.Mistake mistake(String anchor, String name, List<ItemResult> found, QuantityGraph g) {
        List<TemplateHTMLOutputModel> labels = found.stream().map(i -> label(g, i.key())).toList();
        Misconception c = Misconception.byId(name).orElse(null);
        if (c == null) {
            return new FeedbackView.Mistake(anchor, name, name, labels, null, null, null, false, null, null);
        }
        Reason.Mistake where = where(found.get(0).why());
        TemplateHTMLOutputModel node = null;
        TemplateHTMLOutputModel used = null;
        TemplateHTMLOutputModel instead = null;
        boolean whole = false;
        if (where != null && g != null && g.has(where.node())) {
            Quantity q = g.get(where.node());
            node = label(g, where.node());
            Expr yours = q.alternatives().get(c);
            if (yours != null && q.formula() != null) {
                Expr[] differ = differing(q.formula(), yours);
                whole = differ[0] == q.formula();
                used = formula(g, differ[1]);
                instead = formula(g, differ[0]);
            }
        }
        return new FeedbackView.Mistake(anchor, name, c.title(), labels, node, used, instead, whole,
                Markup.html(ReasonSentence.hint(c, reader)), c.lecture());
    }

    /** The marker's finding behind an item, also under an instructor's adjustment. */
    private static Reason.Mistake where(Reason r) {
        if (r instanceof Reason.Adjusted a) {
            r = a.before();
        }
        return r instanceof Reason.Mistake m ? m : null;
    }

    /**
     * The lecture's formula and the mistake's, as they differ: two products lose the factors they share (a
     * product of none is 1); anything else is shown whole.
     */
    static Expr[] differing(Expr lecture, Expr yours) {
        if (!(lecture instanceof Expr.Product a) || !(yours instanceof Expr.Product b)) {
            return new Expr[] {lecture, yours};
        }
        List<Expr> onlyYours = new ArrayList<>(b.factors());
        List<Expr> onlyLecture = new ArrayList<>();
        for (Expr f : a.factors()) {
            if (!onlyYours.remove(f)) {
                onlyLecture.add(f);
            }
        }
        return new Expr[] {product(onlyLecture), product(onlyYours)};
    }

    private static Expr product(List<Expr> factors) {
        return factors.isEmpty() ? new Expr.Num(1, null) : factors.size() == 1 ? factors.get(0)
                : new Expr.Product(List.copyOf(factors));
    }

    private TemplateHTMLOutputModel formula(QuantityGraph g, Expr e) {
        return Markup.html(MathML.math(MathML.symbolic(e, g.singleHiddenLayer(), format)));
    }

    private static TemplateHTMLOutputModel label(QuantityGraph g, String key) {
        return g != null ? Pages.keyMath(g, key) : Pages.keyMath(key, false);
    }
}
