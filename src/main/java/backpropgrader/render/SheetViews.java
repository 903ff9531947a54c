package backpropgrader.render;

import backpropgrader.engine.Expr;
import backpropgrader.engine.FixedInstance;
import backpropgrader.engine.ChainRuleGraph;
import backpropgrader.engine.Key;
import backpropgrader.engine.Keys;
import backpropgrader.engine.Quantity;
import backpropgrader.engine.QuantityGraph;
import backpropgrader.kernel.OutputLayout;
import backpropgrader.marking.Asked;
import backpropgrader.marking.Variant;
import freemarker.core.TemplateHTMLOutputModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the sheet's view ({@link SheetView}) from a student's page: the diagram, data, formulas and answer boxes. */
final class SheetViews {

    private final NumberFormatter format;

    private SheetViews(NumberFormatter format) {
        this.format = format;
    }

    static SheetView of(SheetPage page) {
        SheetViews b = new SheetViews(new NumberFormatter(page.locale()));
        List<SheetView.Exercise> exercises = new ArrayList<>();
        for (int i = 0; i < page.variants().size(); i++) {
            exercises.add(b.exercise(i + 1, page.variants().get(i)));
        }
        return new SheetView(Pages.LANGUAGE, Pages.text(page.courseTitle()), Pages.text(page.assignment()), page.student().id(),
                Pages.nameOf(page.student()), Pages.text(page.provenance()), b.format.usesDecimalComma(), List.copyOf(exercises),
                Pages.groupOf(page), page.variantCode(), page.savedFileName(), OutputLayout.Handout.BLANK_TEXT, WebCode.sheet(), due(page.due()),
                page.handIn());
    }

    /** A due date in words, whatever the JVM's locale: "Friday 14 March 2025, 17:00" (end of day as 23:59). */
    static String due(java.time.LocalDateTime due) {
        return due == null ? null : due.format(DUE);
    }

    private static final java.time.format.DateTimeFormatter DUE =
            java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", java.util.Locale.ENGLISH);

    /** One exercise's view, as the sheet shows it (the practice pages show the same parts). */
    static SheetView.Exercise exercise(NumberFormatter format, int number, Variant v) {
        return new SheetViews(format).exercise(number, v);
    }

    private SheetView.Exercise exercise(int number, Variant v) {
        QuantityGraph g = v.graph();
        FixedInstance in = v.instance();
        String anchor = "ex" + number;
        String title = v.title() == null || v.title().isBlank() ? v.exerciseId() : v.title();
        Set<String> asked = v.asked().stream().map(Asked::key).collect(Collectors.toSet());
        List<SheetView.Answer> answers = new ArrayList<>();
        for (int j = 0; j < v.asked().size(); j++) {
            answers.add(answer(anchor + "-a" + (j + 1), v, v.asked().get(j)));
        }
        String decimals = v.marking().decimals() == 1 ? "1 decimal place" : v.marking().decimals() + " decimal places";
        String rounding = "Give numerical answers to " + decimals + (format.usesDecimalComma()
                ? " (a decimal comma or point is fine)." : ".");
        String total = Pages.points(format, v.maxPoints());
        if (in == null) {
            return new SheetView.Exercise(Integer.toString(number), v.exerciseId(), title, anchor, null, null, null,
                    null, List.of(), null, givens(v), functions(v, asked), rounding, total, List.copyOf(answers),
                    List.of());
        }
        TemplateHTMLOutputModel diagram = Markup.html(NetworkDiagram.svg(in, g, format, anchor + "-net"));
        TemplateHTMLOutputModel rate = Markup.html(MathML.math(MathML.key(Keys.LEARNING_RATE, g.singleHiddenLayer())
                + "<mo>=</mo>" + MathML.number(format.plain(in.learningRate()), false)));
        String training = "Full-batch gradient descent: " + (in.steps() == 1 ? "one update" : in.steps() + " updates")
                + (in.samples() > 1 ? ", with the gradients of the " + in.samples() + " samples combined as J combines their costs." : ".");
        String updateKey = Keys.wNew(1, 1, 1, 1);
        TemplateHTMLOutputModel update = g.has(updateKey) ? equation(g, updateKey) : null;
        return new SheetView.Exercise(Integer.toString(number), v.exerciseId(), title, anchor, diagram, data(in, g),
                rate, training, equations(in, g), update, List.of(), List.of(), rounding, total, List.copyOf(answers),
                weights(in, g));
    }

    /** The weights (and biases) into each layer as a table: row n, column m holds w[l]_n,m. */
    private List<SheetView.WeightTable> weights(FixedInstance in, QuantityGraph g) {
        List<SheetView.WeightTable> out = new ArrayList<>();
        for (int l = 1; l <= in.depth(); l++) {
            List<TemplateHTMLOutputModel> columns = new ArrayList<>();
            for (int m = 1; m <= in.layers()[l]; m++) {
                columns.add(Pages.keyMath(g, node(in, l, m)));
            }
            List<SheetView.WeightRow> rows = new ArrayList<>();
            for (int n = 1; n <= in.layers()[l - 1]; n++) {
                List<SheetView.WeightCell> cells = new ArrayList<>();
                for (int m = 1; m <= in.layers()[l]; m++) {
                    double w = in.weights()[l - 1][n - 1][m - 1];
                    cells.add(new SheetView.WeightCell(Pages.plain(g.display(Keys.w(l, n, m))), format.plain(w)));
                }
                rows.add(new SheetView.WeightRow(Pages.keyMath(g, node(in, l - 1, n)),
                        List.copyOf(cells)));
            }
            if (in.bias()) {
                List<SheetView.WeightCell> cells = new ArrayList<>();
                for (int m = 1; m <= in.layers()[l]; m++) {
                    double b = in.biases()[l - 1][m - 1];
                    cells.add(new SheetView.WeightCell(Pages.plain(g.display(Keys.b(l, m))), format.plain(b)));
                }
                rows.add(new SheetView.WeightRow(Markup.html("<span class=\"bias\">+1 (bias)</span>"), List.copyOf(cells)));
            }
            String into = l == in.depth() ? "the output layer" : "hidden layer " + l;
            out.add(new SheetView.WeightTable("Weights into " + into + (in.bias() ? " (and biases)" : ""),
                    List.copyOf(columns), List.copyOf(rows)));
        }
        return List.copyOf(out);
    }

    /** The key of node i of layer l, as the diagram labels it: x, h or ŷ. */
    private static String node(FixedInstance in, int l, int i) {
        return l == 0 ? Keys.x(i, 0) : l == in.depth() ? Keys.yhat(i, 0, 1) : Keys.h(l, i, 0, 1);
    }

    private SheetView.Answer answer(String id, Variant v, Asked a) {
        String displayed = Pages.display(v.graph(), a.key());
        String hint = a.symbolic() ? "an expression in x; ^ or ** for powers, e.g. 3(x+1)^2" : null;
        var label = Pages.keyMath(v.graph(), a.key());
        return new SheetView.Answer(id, v.exerciseId(), a.key(), label,
                Pages.plain(displayed), Pages.points(format, a.points()), a.symbolic(), hint,
                Integer.toString(v.marking().decimals()));
    }

    /** The network as the lecture writes it: each layer's z and activation, for the first sample, then the cost. */
    private List<TemplateHTMLOutputModel> equations(FixedInstance in, QuantityGraph g) {
        int t = in.samples() == 1 ? 0 : 1;
        List<TemplateHTMLOutputModel> out = new ArrayList<>();
        for (int l = 1; l <= in.depth(); l++) {
            for (int m = 1; m <= in.layers()[l]; m++) {
                out.add(equation(g, Keys.z(l, m, t, 1)));
            }
            for (int m = 1; m <= in.layers()[l]; m++) {
                out.add(equation(g, l == in.depth() ? Keys.yhat(m, t, 1) : Keys.h(l, m, t, 1)));
            }
        }
        out.add(equation(g, Keys.cost(t, 1)));
        if (t != 0) {
            out.add(equation(g, Keys.cost(0, 1)));
        }
        return out;
    }

    private TemplateHTMLOutputModel equation(QuantityGraph g, String key) {
        return Markup.html(MathML.math(MathML.key(key, g.singleHiddenLayer()) + "<mo>=</mo>"
                + MathML.symbolic(g.get(key).formula(), g.singleHiddenLayer(), format)));
    }

    private SheetView.DataTable data(FixedInstance in, QuantityGraph g) {
        List<TemplateHTMLOutputModel> headers = new ArrayList<>();
        boolean several = in.samples() > 1;
        if (several) {
            headers.add(Markup.html(MathML.math("<mi>t</mi>")));
        }
        for (int n = 1; n <= in.layers()[0]; n++) {
            headers.add(Markup.html(MathML.math(MathML.key(Keys.x(n, 0), g.singleHiddenLayer()))));
        }
        for (int k = 1; k <= in.outputs(); k++) {
            headers.add(Markup.html(MathML.math(MathML.key(Keys.y(k, 0), g.singleHiddenLayer()))));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int t = 0; t < in.samples(); t++) {
            List<String> row = new ArrayList<>();
            if (several) {
                row.add(Integer.toString(t + 1));
            }
            for (double x : in.x()[t]) {
                row.add(format.plain(x));
            }
            for (double y : in.y()[t]) {
                row.add(format.plain(y));
            }
            rows.add(List.copyOf(row));
        }
        return new SheetView.DataTable(List.copyOf(headers), List.copyOf(rows));
    }

    /**
     * An exercise that is not a network states its given numbers... (the coefficients of functions shown with
     * their numbers in place are not repeated).
     */
    private List<TemplateHTMLOutputModel> givens(Variant v) {
        QuantityGraph g = v.graph();
        boolean functionsShown = !v.functions().isEmpty();
        List<TemplateHTMLOutputModel> out = new ArrayList<>();
        for (Quantity q : g.quantities()) {
            if (q.isGiven() && !(functionsShown && q.role() == Quantity.Role.WEIGHT)) {
                out.add(Markup.html(MathML.math(MathML.key(q.key(), g.singleHiddenLayer()) + "<mo>=</mo>"
                        + MathML.number(format.plain(q.given()), false))));
            }
        }
        return out;
    }

    /**
     * ...and its functions: computed quantities that are neither asked nor derivatives (which are what is asked).
     * A chain-rule variant whose functions travel beside its graph adds each as functionLine(g, name, "x", f).
     */
    private List<TemplateHTMLOutputModel> functions(Variant v, Set<String> asked) {
        QuantityGraph g = v.graph();
        List<TemplateHTMLOutputModel> out = new ArrayList<>();
        v.functions().forEach(f -> out.add(functionLine(g, f.name(), ChainRuleGraph.VARIABLE, f.function())));
        for (Quantity q : g.quantities()) {
            boolean derivative = Key.read(q.key()).map(Key::isDerivative).orElse(false);
            if (!q.isGiven() && !asked.contains(q.key()) && !derivative) {
                out.add(functionLine(g, q.key(), null, q.formula()));
            }
        }
        return out;
    }

    /** "f_1(x) = (2x² − 1)³": a function, with its variable when it has one. */
    private TemplateHTMLOutputModel functionLine(QuantityGraph g, String key, String variable, Expr formula) {
        String argument = variable == null ? "" : "<mo>(</mo>" + MathML.key(variable, false) + "<mo>)</mo>";
        return Markup.html(MathML.math("<mrow>" + Pages.mathml(g, key) + argument + "</mrow><mo>=</mo>"
                + MathML.symbolic(formula, g.singleHiddenLayer(), format)));
    }
}
