package backpropgrader.web;

import backpropgrader.engine.Activation;
import backpropgrader.engine.ChainRuleGraph;
import backpropgrader.engine.Expr;
import backpropgrader.engine.FixedInstance;
import backpropgrader.engine.Loss;
import backpropgrader.engine.NetworkGraph;
import backpropgrader.engine.OneVariableFunction;
import backpropgrader.engine.Quantity;
import backpropgrader.engine.QuantityGraph;
import backpropgrader.marking.Asked;
import backpropgrader.marking.Marking;
import backpropgrader.marking.Variant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One practice variant as the practice page carries it, and back: what the JVM drew (a network's fixed instance,
 * or a chain-rule variant's coefficients, point and functions over them), what is asked and how it is marked. The
 * page rebuilds the variant with the engine's own builders ({@link NetworkGraph#build}, {@link
 * ChainRuleGraph#build}), so it marks exactly what the grader would mark for those numbers. Nothing in it comes
 * from a course secret: practice variants are drawn from a practice seed.
 */
public final class PracticeVariant {

    private PracticeVariant() {
    }

    /**
     * @param templates a chain-rule variant's functions over their coefficients' keys and x, in order (as
     *                  {@code ChainRuleGraph.build} took them); ignored for a network
     */
    public static String encode(Variant v, Map<String, Expr> templates) {
        Json.Writer w = new Json.Writer().put("exercise", v.exerciseId()).put("family", v.familyId())
                .put("version", v.familyVersion()).put("title", v.title()).put("owner", v.studentId());
        Marking m = v.marking();
        w.raw("marking", Json.array(List.of(Integer.toString(m.decimals()), Json.number(m.absolute()),
                Json.number(m.relative()), Json.number(m.followThroughCredit()))));
        List<String> asked = new ArrayList<>();
        for (Asked a : v.asked()) {
            asked.add(Json.array(List.of(Json.quote(a.key()), Json.number(a.points()), a.symbolic() ? "true" : "false",
                    a.expectedExpression() == null ? "null" : Json.quote(a.expectedExpression()))));
        }
        w.raw("asked", Json.array(asked)).put("sameForEveryone", v.sameForEveryone());
        return (v.instance() != null ? w.raw("network", network(v.instance()))
                : w.raw("chainRule", chainRule(v.graph(), templates))).toString();
    }

    private static String network(FixedInstance in) {
        List<String> layers = new ArrayList<>();
        for (int n : in.layers()) {
            layers.add(Integer.toString(n));
        }
        return new Json.Writer().put("id", in.id()).put("title", in.title()).raw("layers", Json.array(layers))
                .raw("activations", Json.array(in.activations().stream().map(a -> Json.quote(a.id())).toList()))
                .put("bias", in.bias()).put("loss", in.loss().id())
                .put("reduction", in.reduction() == null ? null : in.reduction().id())
                .put("rate", in.learningRate()).put("steps", in.steps()).raw("weights", cube(in.weights()))
                .raw("biases", in.biases() == null ? "null" : matrix(in.biases())).raw("x", matrix(in.x()))
                .raw("y", matrix(in.y())).toString();
    }

    private static String chainRule(QuantityGraph g, Map<String, Expr> templates) {
        List<String> coefficients = new ArrayList<>();
        double x0 = Double.NaN;
        for (Quantity q : g.quantities()) {
            if (q.key().equals(ChainRuleGraph.POINT)) {
                x0 = q.given();
            } else if (q.isGiven()) {
                coefficients.add(Json.array(List.of(Json.quote(q.key()), Json.number(q.given()))));
            }
        }
        List<String> functions = new ArrayList<>();
        templates.forEach((name, f) -> functions.add(Json.array(List.of(Json.quote(name), ExprCodec.encode(f)))));
        return new Json.Writer().raw("coefficients", Json.array(coefficients)).put("x0", x0)
                .raw("functions", Json.array(functions)).toString();
    }

    /** The variant the page marks against, rebuilt from {@link #encode}'s text. */
    public static Variant decode(String json) {
        Map<?, ?> v = (Map<?, ?>) Json.parse(json);
        List<?> m = (List<?>) v.get("marking");
        Marking marking = new Marking(((Double) m.get(0)).intValue(), (Double) m.get(1), (Double) m.get(2),
                (Double) m.get(3));
        List<Asked> asked = new ArrayList<>();
        for (Object o : (List<?>) v.get("asked")) {
            List<?> a = (List<?>) o;
            asked.add(new Asked((String) a.get(0), (Double) a.get(1), (Boolean) a.get(2), (String) a.get(3)));
        }
        String exercise = (String) v.get("exercise");
        FixedInstance in = null;
        QuantityGraph graph;
        List<OneVariableFunction> functions = List.of();
        if (v.get("network") != null) {
            in = instance((Map<?, ?>) v.get("network"));
            graph = NetworkGraph.build(in);
        } else {
            Map<?, ?> c = (Map<?, ?>) v.get("chainRule");
            Map<String, Double> coefficients = new LinkedHashMap<>();
            for (Object o : (List<?>) c.get("coefficients")) {
                coefficients.put((String) ((List<?>) o).get(0), (Double) ((List<?>) o).get(1));
            }
            Map<String, Expr> templates = new LinkedHashMap<>();
            List<OneVariableFunction> fs = new ArrayList<>();
            for (Object o : (List<?>) c.get("functions")) {
                String name = (String) ((List<?>) o).get(0);
                Expr template = ExprCodec.decode(((List<?>) o).get(1));
                templates.put(name, template);
                fs.add(ChainRuleGraph.function(name, template, coefficients));
            }
            graph = ChainRuleGraph.build(exercise, coefficients, (Double) c.get("x0"), templates);
            functions = List.copyOf(fs);
        }
        return new Variant((String) v.get("owner"), exercise, (String) v.get("family"), (String) v.get("version"),
                (String) v.get("title"), in, graph, List.copyOf(asked), marking, (Boolean) v.get("sameForEveryone"),
                functions);
    }

    private static FixedInstance instance(Map<?, ?> n) {
        List<?> layerList = (List<?>) n.get("layers");
        int[] layers = new int[layerList.size()];
        for (int i = 0; i < layers.length; i++) {
            layers[i] = ((Double) layerList.get(i)).intValue();
        }
        List<Activation> activations = new ArrayList<>();
        for (Object a : (List<?>) n.get("activations")) {
            activations.add(Activation.parse((String) a).orElseThrow());
        }
        String reduction = (String) n.get("reduction");
        double[][][] weights = new double[((List<?>) n.get("weights")).size()][][];
        for (int l = 0; l < weights.length; l++) {
            weights[l] = matrix(((List<?>) n.get("weights")).get(l));
        }
        return new FixedInstance((String) n.get("id"), (String) n.get("title"), layers, List.copyOf(activations),
                (Boolean) n.get("bias"), Loss.parse((String) n.get("loss")).orElseThrow(),
                reduction == null ? null : Loss.Reduction.parse(reduction).orElseThrow(), (Double) n.get("rate"),
                ((Double) n.get("steps")).intValue(), weights, n.get("biases") == null ? null : matrix(n.get("biases")),
                matrix(n.get("x")), matrix(n.get("y")));
    }

    private static String cube(double[][][] c) {
        List<String> out = new ArrayList<>();
        for (double[][] m : c) {
            out.add(matrix(m));
        }
        return Json.array(out);
    }

    private static String matrix(double[][] m) {
        List<String> rows = new ArrayList<>();
        for (double[] row : m) {
            List<String> cells = new ArrayList<>();
            for (double x : row) {
                cells.add(Json.number(x));
            }
            rows.add(Json.array(cells));
        }
        return Json.array(rows);
    }

    private static double[][] matrix(Object json) {
        List<?> rows = (List<?>) json;
        double[][] out = new double[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            List<?> row = (List<?>) rows.get(i);
            out[i] = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                out[i][j] = (Double) row.get(j);
            }
        }
        return out;
    }
}
