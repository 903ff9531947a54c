/**
 * The command line: one thin picocli command per verb ({@code solve}, {@code lecture}, {@code generate},
 * {@code check}, {@code grade}, {@code export}, {@code demo}, {@code bench}). Each parses its options, checks the
 * paths it was given, runs a stage and maps the outcome to an exit code ({@link backpropgrader.cli.ExitCodes}, where
 * every exception becomes one). Options several commands share ({@code --course}, {@code --roster}, {@code --out},
 * {@code --force}, {@code --worksheet}) are declared and described once, as picocli mixins ({@code CourseOption},
 * …), which also check the path given.
 *
 * <p>The top layer: uses every package below it, and none uses it.
 */
package backpropgrader.cli;
