package backpropgrader.render;

import backpropgrader.engine.Expr;
import backpropgrader.engine.Quantity;
import backpropgrader.engine.QuantityGraph;
import backpropgrader.engine.Values;
import backpropgrader.engine.WorkedSolution;
import backpropgrader.engine.WorkedStep;
import backpropgrader.marking.Asked;
import backpropgrader.marking.Variant;
import freemarker.core.TemplateHTMLOutputModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the instructor's worked-solution view from the engine's {@link WorkedSolution}: the same sections and
 * steps the {@code solve} command prints, typeset in MathML, with the asked quantities marked and an answer key
 * on top. Operands are shown as the engine's worked step shows them (given values as given, computed ones as the
 * steps before showed them, at the sheet's decimals), so the numbers substituted are the ones the result was
 * computed from, and the ones the reader has just seen.
 */
final class WorkedViews {

    private final NumberFormatter format;

    WorkedViews(NumberFormatter format) {
        this.format = format;
    }

    /**
     * A formula over keys is the same on every page with the same network: typeset once. Keyed by how the graph
     * displays hidden activations (h_1 or h[1]_1) and by the number format (constants in the formula).
     */
    private record Formula(Expr expr, boolean shortHidden, NumberFormatter format) {
    }

    /** A formula typeset over its keys, and its shape for substituting a page's numbers ({@link FormulaShape}). */
    private record Typeset(TemplateHTMLOutputModel formula, FormulaShape shape) {
    }

    // operands without "(round k)": the section says the round, and the step's own symbol keeps it
    private static final Memo<Formula, Typeset> FORMULAS = new Memo<>(4096, f -> new Typeset(
            Markup.html(MathML.math(MathML.symbolicWithoutRounds(f.expr(), f.shortHidden(), f.format()))),
            FormulaShape.of(f.expr(), f.format())));

    /**
     * The same formula found by identity first: the graphs of one network shape share their formulas
     * ({@code QuantityGraph}'s shape memo), and hashing and comparing a formula tree in depth for every step of
     * every page was 1.9 % of a 4,000-student grade (Flight Recorder's samples). A formula made anew (one that
     * writes out a student's kept answer) misses here and is found by value, as before.
     */
    private record SameFormula(Expr expr, boolean shortHidden, NumberFormatter format) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SameFormula f && f.expr == expr && f.shortHidden == shortHidden
                    && f.format.equals(format);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(expr) * 31 + format.hashCode() * 2 + (shortHidden ? 1 : 0);
        }
    }

    private static final Memo<SameFormula, Typeset> FORMULAS_BY_IDENTITY = new Memo<>(4096,
            f -> FORMULAS.get(new Formula(f.expr(), f.shortHidden(), f.format())));

    static WorkedView of(SheetPage page) {
        WorkedViews b = new WorkedViews(new NumberFormatter(page.locale()));
        List<WorkedView.Exercise> exercises = new ArrayList<>();
        for (int i = 0; i < page.variants().size(); i++) {
            exercises.add(b.exercise(i + 1, page.variants().get(i)));
        }
        return new WorkedView(Pages.LANGUAGE, Pages.text(page.courseTitle()), Pages.text(page.assignment()), page.student().id(),
                Pages.nameOf(page.student()), Pages.text(page.provenance()), List.copyOf(exercises), Pages.groupOf(page));
    }

    private WorkedView.Exercise exercise(int number, Variant v) {
        Values values = v.reference();
        QuantityGraph g = v.graph();
        int decimals = v.marking().decimals();
        Map<String, String> askedPoints = new LinkedHashMap<>();
        List<WorkedView.KeyRow> key = new ArrayList<>();
        for (Asked a : v.asked()) {
            askedPoints.put(a.key(), Pages.points(format, a.points()));
            key.add(keyRow(v, values, a));
        }
        List<WorkedView.Section> sections = new ArrayList<>();
        for (WorkedSolution.Section s : WorkedSolution.of(values, decimals)) {
            List<WorkedView.Step> steps = new ArrayList<>();
            for (WorkedStep step : s.steps()) {
                steps.add(step(values, step, decimals, askedPoints.get(step.key())));
            }
            sections.add(new WorkedView.Section(s.title(), List.copyOf(steps)));
        }
        String family = v.familyId() == null ? "" : "Family " + v.familyId()
                + (v.familyVersion() == null ? "" : " v" + v.familyVersion());
        String rounding = "Shown values are rounded to " + decimals + " decimal places; each step is computed from the"
                + " rounded values shown in it.";
        String title = v.title() == null || v.title().isBlank() ? v.exerciseId() : v.title();
        return new WorkedView.Exercise(Integer.toString(number), v.exerciseId(), title, "ex" + number, family,
                rounding, List.copyOf(key), List.copyOf(sections));
    }

    private WorkedView.KeyRow keyRow(Variant v, Values values, Asked a) {
        var label = Pages.keyMath(v.graph(), a.key());
        if (a.symbolic() || !v.graph().has(a.key())) {
            String expr = a.expectedExpression() == null ? "" : a.expectedExpression();
            return new WorkedView.KeyRow(label, a.key(), expr, null, Pages.points(format, a.points()));
        }
        double x = values.get(a.key());
        int d = v.marking().decimals();
        String rounded = format.fixed(x, d);
        String exact = format.beyond(x, d);
        return new WorkedView.KeyRow(label, a.key(), rounded, exact, Pages.points(format, a.points()));
    }

    /** One step typeset; the feedback page's worked solutions use it too. */
    WorkedView.Step step(Values values, WorkedStep step, int decimals, String askedPoints) {
        QuantityGraph g = values.graph();
        Quantity q = g.get(step.key());
        var symbol = Pages.keyMath(step.key(), g.singleHiddenLayer());
        var result = Markup.html("<math>" + MathML.number(format.localise(step.result()), false) + "</math>");
        String exact = step.note(format::localise);
        if (q.isGiven()) {
            return new WorkedView.Step(step.key(), symbol, null, null, result, exact, askedPoints);
        }
        Expr f = step.expression();
        Typeset typeset = FORMULAS_BY_IDENTITY.get(new SameFormula(f, g.singleHiddenLayer(), format));
        var substituted = f instanceof Expr.Ref && step.substituted().equals(step.result()) ? null
                : Markup.html(typeset.shape().math(k -> format.localise(step.operand(k))));
        return new WorkedView.Step(step.key(), symbol, typeset.formula(), substituted, result, exact, askedPoints);
    }
}
