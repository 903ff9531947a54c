package backpropgrader.cli;

import backpropgrader.engine.Numbers;
import backpropgrader.kernel.TreeFiles;
import backpropgrader.exercise.LectureCheck;
import backpropgrader.exercise.LectureExercise;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code lecture}: recomputes every number the lecture prints and says which are errata. */
@Command(name = "lecture", mixinStandardHelpOptions = true,
        description = {"Checks every number the lecture's worked examples print and finds the errata.",
                "Each is ok when a hand computation at the printed precision can reach it, else erratum (with the"
                        + " correct value, and \"carried from KEY\" when it follows from an earlier erratum).",
                "Exits 0 whether or not errata are found."})
final class LectureCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json.")
    SolveCommand.Format format;

    @Override
    public Integer call() {
        List<LectureCheck.Check> checks = new ArrayList<>();
        for (LectureExercise ex : LectureExercise.bundled()) {
            checks.addAll(LectureCheck.check(ex));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == SolveCommand.Format.json) {
            out.println(json(checks));
        } else {
            printText(out, checks);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String json(List<LectureCheck.Check> checks) {
        ObjectNode root = TreeFiles.JSON.createObjectNode();
        ArrayNode arr = root.putArray("checks");
        for (LectureCheck.Check c : checks) {
            ObjectNode o = arr.addObject();
            o.put("exercise", c.exercise());
            o.put("key", c.key());
            o.put("printed", c.printed());
            o.put("computed", c.computed());
            o.put("verdict", c.verdict());
            if (c.note() == null) {
                o.putNull("note");
            } else {
                o.put("note", c.note());
            }
        }
        return root.toString();
    }

    private static void printText(PrintWriter out, List<LectureCheck.Check> checks) {
        String exercise = null;
        int errata = 0;
        for (LectureCheck.Check c : checks) {
            if (!c.exercise().equals(exercise)) {
                exercise = c.exercise();
                out.println();
                out.println(exercise);
            }
            int d = Numbers.decimalsOf(c.printed());
            String line = String.format("  %-8s %-18s printed %-8s computed %s", c.verdict(), c.key(), c.printed(),
                    Numbers.fixed(c.computed(), d + 1));
            if (c.isErratum()) {
                line += "  (correct: " + Numbers.fixed(c.computed(), d) + ")" + (c.note() == null ? "" : "  " + c.note());
                errata++;
            }
            out.println(line);
        }
        out.println();
        out.println(checks.size() + " printed numbers checked, " + errata + " errata.");
    }
}
