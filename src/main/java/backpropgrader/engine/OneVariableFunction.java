package backpropgrader.engine;

/**
 * One function of the chain-rule quiz with its numbers in place: f_1(x) = (2x² − 1)³ and its derivative
 * 12·x·(2x² − 1)², both formulas over the single reference {@link ChainRuleGraph#VARIABLE}.
 *
 * @param name       the function's key, {@code f_1}
 * @param function   f(x)
 * @param derivative df/dx, simplified (what a student is asked to write down)
 */
public record OneVariableFunction(String name, Expr function, Expr derivative) {

    /** The key of the derivative as an expression: {@code df_1/dx}. */
    public String derivativeKey() {
        return ChainRuleGraph.derivativeKey(name);
    }

    /** The key of the derivative's value at the sheet's point: {@code df_1/dx|x0}. */
    public String valueKey() {
        return ChainRuleGraph.valueKey(name);
    }

    /** The derivative as a person types it and the answer checker reads it back: {@code 12·x·(2·x^2 − 1)^2}. */
    public String derivativeText() {
        return ChainRuleGraph.typed(derivative);
    }

    public String functionText() {
        return ChainRuleGraph.typed(function);
    }
}
