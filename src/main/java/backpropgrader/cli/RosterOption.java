package backpropgrader.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/** {@code --roster FILE}, declared once for generate, grade and export ({@code @Mixin}). */
final class RosterOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--roster", paramLabel = "FILE", description = {"The class list (CSV: id,name,email, or an"
            + " LMS's class list as downloaded; under group work a group column gives one variant per group).",
            "generate needs it; grade and export take the one generate used (grade: default the course file's"
            + " roster; export: for LMS identities the results do not carry)."})
    private Path roster;

    /** The class list, checked to exist; null when not given. */
    Path file() {
        return Arguments.file(roster, "--roster");
    }

    /** The class list, for a command that cannot do without it: a usage error (64) when missing. */
    Path required() {
        if (roster == null) {
            throw new ParameterException(command.commandLine(), "Missing required option: '--roster=FILE'");
        }
        return file();
    }
}
