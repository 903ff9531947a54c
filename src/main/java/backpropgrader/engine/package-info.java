/**
 * The core's maths: a graph of named quantities (docs/KEYS.md), built for any network
 * ({@link backpropgrader.engine.NetworkGraph}) or the chain-rule quiz ({@link backpropgrader.engine.ChainRuleGraph}).
 * Each node has its key, its parents and its formula ({@link backpropgrader.engine.Expr}), and beside it the
 * catalogued wrong formulas ({@link backpropgrader.engine.Misconception}). From the graph come the reference values,
 * the hand-computation intervals ({@link backpropgrader.engine.HandComputation}), the worked steps, and
 * re-evaluation with anybody's values.
 *
 * <p>Order of use: build a graph, then {@code evaluate()}, {@code handReference(decimals)}, {@code workedSteps(…)}.
 *
 * <p>Pure (docs/ARCHITECTURE.md, {@code CorePurityTest}): no files, no Jackson, no FreeMarker, no threads, no
 * reflection, so it compiles for the browser too. Depends on no other package of the project.
 */
package backpropgrader.engine;
