package backpropgrader.cli;

import backpropgrader.kernel.BadInputException;
import backpropgrader.kernel.UsageException;
import backpropgrader.stage.CheckStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code check}: validates exercise-family files and previews them, before they are given to a class. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validates each exercise-family file (errors name the field), draws variants for sample",
                "students, reports how often each constraint forced a redraw and how many variants were distinct,",
                "and writes a preview sheet and worked solutions. Exit 65 when a family is invalid or its",
                "constraints cannot be met."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--samples", defaultValue = "200", paramLabel = "N",
            description = "Sample students to draw variants for (default ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--preview", defaultValue = "preview", paramLabel = "DIR",
            description = "Where the preview pages go (default ./${DEFAULT-VALUE}).")
    Path preview;

    @Parameters(arity = "1..*", paramLabel = "FAMILY", description = "Family files (YAML or JSON).")
    List<Path> files;

    @Override
    public Integer call() {
        if (samples < 1) {
            throw new UsageException("--samples: expected at least 1, found " + samples + ".");
        }
        files.forEach(f -> Arguments.file(f, "FAMILY"));
        PrintWriter out = spec.commandLine().getOut();
        int code = ExitCodes.OK;
        for (Path f : files) {
            try {
                CheckStage.check(f, samples, preview, out);
            } catch (BadInputException e) { // the next family is still checked
                code = ExitCodes.report(e, spec.commandLine().getErr());
            }
        }
        out.flush();
        return code;
    }
}
