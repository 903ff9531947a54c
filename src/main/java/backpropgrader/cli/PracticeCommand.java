package backpropgrader.cli;

import backpropgrader.exercise.Family;
import backpropgrader.kernel.UsageException;
import backpropgrader.stage.PracticeStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code practice}: self-contained practice pages, marked in the browser by the grader's own core. */
@Command(name = "practice", mixinStandardHelpOptions = true,
        description = {"Writes one self-contained practice page per exercise family (and an index) into DIR: a",
                "student draws a fresh practice variant, types answers and presses Check, and the page marks them",
                "with the grader's own code, in the browser — verdicts, follow-through, misconception hints and the",
                "worked solution with their numbers. No server; nothing leaves the page. Practice variants come from",
                "a random practice seed: the course secret is not read, and no graded variant can be derived."})
final class PracticeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OutOption outOption;

    @Mixin
    CourseOption courseOption; // practice reads the course's title, locale, families and marking, never its secret

    @Option(names = "--family", arity = "1..*", paramLabel = "ID", description = "Only these families (default:"
            + " every family of the course).")
    List<String> families = List.of();

    @Option(names = "--seed", paramLabel = "N", description = "The practice seed, for pages that can be made again"
            + " (default: a fresh random one, printed).")
    Long seed;

    @Override
    public Integer call() {
        Path out = outOption.required();
        Path course = courseOption.file();
        PracticeStage.Summary s = PracticeStage.run(new PracticeStage.Request(out, course, families, seed));
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "Wrote %d practice page%s (%d variants each) in %s; open %s.%n", s.pages().size(),
                s.pages().size() == 1 ? "" : "s", PracticeStage.POOL, out, s.index());
        for (int i = 0; i < s.pages().size(); i++) {
            Family f = s.families().get(i);
            o.printf(Locale.ROOT, "  %-40s %s v%s%n", s.pages().get(i), f.id(), f.version());
        }
        o.printf(Locale.ROOT, "  practice seed %s (random; not derived from the course secret, which was not read)%n",
                Long.toHexString(s.seed()));
        o.flush();
        return ExitCodes.OK;
    }
}
