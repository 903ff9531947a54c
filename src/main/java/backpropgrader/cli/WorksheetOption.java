package backpropgrader.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --worksheet FILE}, declared once for grade and export ({@code @Mixin}). */
final class WorksheetOption {

    @Option(names = "--worksheet", paramLabel = "FILE", description = "Moodle's grading worksheet as downloaded from"
            + " the assignment: grade matches a blind-marked download's participants with it; export writes the"
            + " grades over it, keeping Moodle's own ids and dates.")
    private Path worksheet;

    /** The worksheet, checked to exist; null when not given. */
    Path file() {
        return Arguments.file(worksheet, "--worksheet");
    }

    boolean given() {
        return worksheet != null;
    }
}
