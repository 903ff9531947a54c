package backpropgrader.cli;

import backpropgrader.stage.DemoStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code demo}: an example course generated, handed in by a synthetic class, and graded, for a first look. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs the whole pipeline on an embedded example course (30 students, every bundled exercise",
                "family): DIR/course.yaml and roster.csv, DIR/handout (what generate gives students), DIR/submissions",
                "(a realistic class: right answers, typed numbers, slips carried through, each catalogued",
                "misconception, a copied submission, a broken file, a stranger's file, some not handed in) and",
                "DIR/graded (what grade writes). A folder made by an earlier demo is replaced."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OutOption out;

    @Mixin
    ForceOption force;

    @Override
    public Integer call() {
        DemoStage.Summary s;
        try (TerminalProgress bar = TerminalProgress.forConsole("Grading the demo class")) {
            s = DemoStage.run(out.folder(Path.of("demo")), force.given(), bar);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "Demo course in %s: course.yaml, roster.csv, overrides.yaml; handout/ is what generate"
                + " gives students, submissions/ what the class handed in.%n", s.folder().toAbsolutePath());
        GradeCommand.print(o, s.graded());
        o.printf(Locale.ROOT, "  %s — one student's feedback (a slip carried through, and an override)%n",
                s.oneFeedbackPage().toAbsolutePath());
        if (!s.asDesigned()) {
            spec.commandLine().getErr().println("grader: the demo class did not come out as designed (expected 1"
                    + " unreadable, 1 unknown student, 3 not submitted and a collusion flag); please report this.");
            return ExitCodes.INTERNAL;
        }
        o.println("The 1 unreadable file (a broken JSON file) and the 1 unknown student (a file from someone not"
                + " on the roster) are part of the demo: grade itself exits with 1 when files need attention; the"
                + " demo exits with 0.");
        o.flush();
        return ExitCodes.OK;
    }
}
