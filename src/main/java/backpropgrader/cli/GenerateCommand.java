package backpropgrader.cli;

import backpropgrader.kernel.OutputLayout;
import backpropgrader.stage.GenerateStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code generate}: every student's sheet and answer templates, and the instructor's keys and solutions. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Gives every student on the roster a personal variant of each exercise family of the course:",
                "DIR/students/<id>/ (sheet.html, answers-blank.json, answers-blank.txt) is what students receive,",
                "and nothing else is in it; DIR/instructor/keys/<id>/<exercise>.json and",
                "DIR/instructor/solutions/<id>.html are for the instructor. The course secret comes from",
                "course.yaml or the environment variable GRADER_SECRET."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RosterOption roster;

    @Mixin
    OutOption out;

    @Mixin
    CourseOption course;

    @Option(names = "--only", arity = "1..*", paramLabel = "ID", description = "Only (re)generate these students;"
            + " the others' files are left as they are.")
    List<String> only = List.of();

    @Override
    public Integer call() {
        Path roster = this.roster.required();
        Path out = this.out.required();
        GenerateStage.Summary s = GenerateStage.run(new GenerateStage.Request(roster, out, course.file(), only,
                System.getenv()));
        PrintWriter o = spec.commandLine().getOut();
        Map<String, String> families = new LinkedHashMap<>();
        s.families().forEach(t -> families.put(t.family().id(), t.family().version()));
        o.println(CourseLine.of(s.course(), families));
        o.printf(Locale.ROOT, "Generated %d student%s × %d exercise%s in %s (roster %s, ids from column '%s').%n",
                s.students(), s.students() == 1 ? "" : "s", s.families().size(), s.families().size() == 1 ? "" : "s",
                out, roster, s.roster().idColumn());
        s.groups().describe().forEach(line -> o.printf(Locale.ROOT, "  %s%n", line));
        OutputLayout.Handout files = new OutputLayout.Handout(out);
        o.printf(Locale.ROOT, "  %s — hand out each student's folder; it holds nothing else.%n", files.students());
        o.printf(Locale.ROOT, "  %s — keys and worked solutions; keep these.%n", files.instructor());
        for (GenerateStage.FamilyTally t : s.families()) {
            o.printf(Locale.ROOT, "  %-28s v%-3s %5d draws, %4.1f%% redrawn%s%n", t.family().id(), t.family().version(),
                    t.draws(), 100 * t.redrawRate(), t.rejections().isEmpty() ? "" : " (" + t.rejections().toString()
                            .replaceAll("[{}]", "").replace("=", " ") + ")");
        }
        o.flush();
        return ExitCodes.OK;
    }
}
