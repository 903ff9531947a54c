/**
 * The bottom layer: what every other package may use and that knows nothing of exercises or marking — the tool's
 * version, the two error types every command maps to an exit code ({@link backpropgrader.kernel.UsageException},
 * {@link backpropgrader.kernel.BadInputException}), reading JSON/YAML trees with their locations, bundled files,
 * folder moves and removal, the one staged-output writer every stage writes its folder with
 * ({@link backpropgrader.kernel.StagedOutput}) with the lock on an output folder and the clean-up after a run
 * that was stopped ({@link backpropgrader.kernel.OutputLock}, {@link backpropgrader.kernel.InterruptedRuns}),
 * every output path ({@link backpropgrader.kernel.OutputLayout}), text decoding, zip sniffing, the hidden-file
 * rule and the plain-file rule ({@link backpropgrader.kernel.PlainFiles}: links never followed) for what
 * students hand in, notes about the run itself ({@link backpropgrader.kernel.Notices}), waiting for another
 * thread's result, and turning an HTML hand-in into text.
 *
 * <p>Must not depend on any other package of the project.
 */
package backpropgrader.kernel;
