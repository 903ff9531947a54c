package backpropgrader.marking;

/**
 * One quantity a sheet asks for.
 *
 * @param key                the quantity key (docs/KEYS.md)
 * @param points             what a correct answer earns
 * @param symbolic           the answer is an expression in x (the chain-rule quiz's df_1/dx), not a number
 * @param expectedExpression for a symbolic answer, the reference expression as a string; else null
 */
public record Asked(String key, double points, boolean symbolic, String expectedExpression) {

    public static Asked number(String key, double points) {
        return new Asked(key, points, false, null);
    }
}
