package backpropgrader.exercise;

import backpropgrader.engine.ChainRuleGraph;
import backpropgrader.engine.Expr;
import backpropgrader.engine.OneVariableFunction;
import backpropgrader.engine.QuantityGraph;
import org.apache.commons.math3.random.RandomGenerator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws one chain-rule variant: per function (in the family's order) its coefficients in order of first use,
 * each from its own grid ({@code a_2}) or the shared one ({@code a}); then the point x0. The order is part of the
 * contract the golden test pins.
 */
final class ChainRuleDraw {

    /**
     * The drawn numbers, the graph of the derivatives' values at x0 and the functions with numbers in place; and
     * the functions over their coefficients' keys, from which {@link ChainRuleGraph#build} made the graph.
     */
    record Drawn(QuantityGraph graph, List<OneVariableFunction> functions, Map<String, Expr> templates) {
    }

    private ChainRuleDraw() {
    }

    static Drawn draw(Family family, FamilyStructure.ChainRule s, RandomGenerator rng) {
        Map<String, Double> coefficients = new LinkedHashMap<>();
        s.coefficients().forEach((fn, names) -> {
            for (String c : names) {
                String key = FamilyStructure.ChainRule.coefficientKey(c, fn);
                Grid g = family.grids().containsKey(key) ? family.grids().get(key) : family.grids().get(c);
                coefficients.put(key, g.draw(rng));
            }
        });
        double x0 = family.grids().get(ChainRuleGraph.POINT).draw(rng);
        Map<String, Expr> templates = new LinkedHashMap<>();
        List<OneVariableFunction> functions = new ArrayList<>();
        s.functions().forEach((fn, text) -> {
            Expr template = TemplateParser.parse(text,
                    c -> Expr.ref(FamilyStructure.ChainRule.coefficientKey(c, fn)),
                    c -> (int) Math.round(coefficients.get(FamilyStructure.ChainRule.coefficientKey(c, fn))));
            templates.put(fn, template);
            functions.add(ChainRuleGraph.function(fn, template, coefficients));
        });
        return new Drawn(ChainRuleGraph.build(family.id(), coefficients, x0, templates), List.copyOf(functions),
                java.util.Collections.unmodifiableMap(templates));
    }
}
