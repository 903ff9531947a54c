/**
 * The command line: one thin picocli command per verb ({@code solve}, {@code lecture}, {@code generate},
 * {@code check}, {@code grade}, {@code export}, {@code demo}, {@code bench}). Each parses its options, checks the
 * paths it was given, runs a stage and maps the outcome to an exit code ({@link backpropgrader.cli.ExitCodes}).
 *
 * <p>The top layer: uses every package below it, and none uses it.
 */
package backpropgrader.cli;
