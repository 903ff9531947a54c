package backpropgrader.engine;

import java.util.List;
import java.util.Map;

import static backpropgrader.engine.Expr.minus;
import static backpropgrader.engine.Expr.num;
import static backpropgrader.engine.Expr.pow;
import static backpropgrader.engine.Expr.product;
import static backpropgrader.engine.Expr.ref;

/**
 * A graph that is not a network, for tests of pages that must show whatever a graph gives: Quiz 1.1's
 * f_1(x) = (2x² − 1)³ at x = 0.5 with its derivative's value df_1/dx|x0 = 3(2x² − 1)²·4x.
 */
public final class ChainRuleTestGraphs {

    private ChainRuleTestGraphs() {
    }

    public static QuantityGraph quiz11(double x) {
        Expr inner = minus(product(num(2), pow(ref("x"), 2)), num(1));
        return new QuantityGraph("chain-rule", List.of(
                Quantity.given("x", Quantity.Role.INPUT, x),
                Quantity.computed("f_1", Quantity.Role.OUTPUT, 1, 0, pow(inner, 3), Map.of()),
                Quantity.computed("df_1/dx|x0", Quantity.Role.GRADIENT, 1, 0,
                        product(num(3), pow(inner, 2), num(4), ref("x")), Map.of())), false);
    }
}
