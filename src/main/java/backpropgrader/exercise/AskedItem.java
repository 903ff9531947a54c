package backpropgrader.exercise;

/**
 * One asked key of a family, expanded from its patterns.
 *
 * @param points   what a correct answer earns; NaN when the family leaves it to the course
 * @param symbolic the answer is an expression in x (a chain-rule derivative), not a number
 */
public record AskedItem(String key, double points, boolean symbolic) {
}
