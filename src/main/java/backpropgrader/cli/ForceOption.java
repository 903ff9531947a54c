package backpropgrader.cli;

import picocli.CommandLine.Option;

/** {@code --force}, declared once for the commands that may replace a folder ({@code @Mixin}). */
final class ForceOption {

    @Option(names = "--force", description = "Replace an existing --out folder: grade replaces it once the new"
            + " results are complete; demo replaces one that an earlier demo did not make.")
    private boolean force;

    boolean given() {
        return force;
    }
}
