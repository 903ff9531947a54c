package backpropgrader.cli;

import backpropgrader.kernel.BadInputException;
import backpropgrader.engine.FixedInstance;
import backpropgrader.exercise.FixedInstanceReader;
import backpropgrader.engine.NetworkGraph;
import backpropgrader.kernel.TreeFiles;
import backpropgrader.engine.Values;
import backpropgrader.engine.WorkedSolution;
import backpropgrader.engine.WorkedStep;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code solve}: every quantity of each fixed instance, as the lecture's steps or as JSON lines. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = {"Computes every quantity of each fixed-instance file (JSON or YAML).",
                "The forward pass, cost, gradients, updates and the forward pass after the last update, in the"
                        + " lecture's steps: formula, numbers substituted, result."})
final class SolveCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text (worked steps) or json (one object per line).")
    Format format;

    @Option(names = "--decimals", defaultValue = "3", description = "Decimals shown in the worked steps (text only; default ${DEFAULT-VALUE}).")
    int decimals;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Fixed-instance files.")
    List<Path> files;

    @Override
    public Integer call() {
        files.forEach(f -> Arguments.file(f, "FILE"));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = ExitCodes.OK;
        for (Path f : files) {
            try {
                FixedInstance in = FixedInstanceReader.read(f);
                Values v = NetworkGraph.build(in).evaluate();
                if (format == Format.json) {
                    out.println(json(in, v));
                } else {
                    printText(out, in, v);
                }
            } catch (BadInputException e) { // the next file is still solved
                code = ExitCodes.report(e, err);
            }
        }
        out.flush();
        return code;
    }

    private static String json(FixedInstance in, Values v) {
        ObjectNode o = TreeFiles.JSON.createObjectNode();
        o.put("exercise", in.id());
        ObjectNode values = o.putObject("values");
        for (Map.Entry<String, Double> e : v.asMap().entrySet()) {
            if (Double.isFinite(e.getValue())) {
                values.put(e.getKey(), e.getValue());
            } else {
                values.putNull(e.getKey());
            }
        }
        return o.toString();
    }

    /** One write per file: a line-by-line flush costs a system call per line of a large network's solution. */
    private void printText(PrintWriter out, FixedInstance in, Values v) {
        StringBuilder text = new StringBuilder(in.id()).append(" — ").append(in.title()).append('\n');
        for (WorkedSolution.Section s : WorkedSolution.of(v, decimals)) {
            text.append('\n').append(s.title()).append('\n');
            for (WorkedStep step : s.steps()) {
                text.append("  ").append(step.line()).append('\n');
            }
        }
        out.print(text.append('\n'));
        out.flush();
    }
}
