package backpropgrader.cli;

import backpropgrader.kernel.Excerpt;
import backpropgrader.kernel.OutputLayout;
import backpropgrader.stage.GradeStage;
import backpropgrader.grade.Flags;
import backpropgrader.grade.GradingOutcome;
import backpropgrader.grade.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code grade}: every student's answers marked, with feedback pages, results and the class report. */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Marks a class: re-derives every student's variants from the course secret and the roster,",
                "reads SUBMISSIONS (a folder of .json/.txt/.csv files, a zip of them, or a Moodle, Canvas or",
                "Blackboard bulk download, as a folder or the zip itself) and writes DIR/results.json,",
                "DIR/grades.csv, DIR/items.csv, DIR/feedback/<id>.html (every roster student) and DIR/report.html.",
                "Exit 1 when some file was unreadable, belongs to nobody on the roster, or its owner was not",
                "certain (all others are graded); exit 65 when most files were made for variants of no student",
                "of this course (a wrong course secret or assignment id)."})
final class GradeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SUBMISSIONS", description = "A folder, a zip, a class-wide CSV, or an LMS bulk download.")
    Path submissions;

    @Mixin
    RosterOption roster;

    @Mixin
    CourseOption course;

    @Mixin
    OutOption out;

    @Mixin
    ForceOption force;

    @Option(names = "--overrides", paramLabel = "FILE", description = "Manual adjustments (YAML or CSV: student,"
            + " exercise, key, points or verdict, reason), applied after marking.")
    Path overrides;

    @Mixin
    WorksheetOption worksheet;

    @Option(names = "--skip-variant-check", description = "Grade even when most files were made for variants of no"
            + " student of this course (another course secret or assignment id than generate's).")
    boolean skipVariantCheck;

    @Override
    public Integer call() {
        Arguments.existing(submissions, "SUBMISSIONS");
        Path roster = this.roster.file();
        Path course = this.course.file();
        Arguments.file(overrides, "--overrides");
        Path worksheet = this.worksheet.file();
        Path out = this.out.folder(new OutputLayout.Course(Path.of("")).graded().root());
        GradeStage.Summary s;
        try (TerminalProgress bar = TerminalProgress.forConsole("Grading")) {
            s = GradeStage.run(new GradeStage.Request(submissions, roster, course, out, force.given(), overrides,
                    worksheet, System.getenv(), bar, skipVariantCheck));
        } catch (UncheckedIOException e) { // a disk problem: the staged output guarantees the old results stand
            throw new UncheckedIOException(e.getMessage() + "; " + out + " was left as it was.", e.getCause());
        }
        print(spec.commandLine().getOut(), s);
        return ExitCodes.of(s.outcome());
    }

    /** The summary: the course, counts by status, the mean, where the files are, and what needs attention. */
    static void print(PrintWriter o, GradeStage.Summary s) {
        GradingOutcome r = s.outcome();
        o.println(CourseLine.of(s.course(), r.families()));
        o.printf(Locale.ROOT, "Graded %d of %d students (%s): %d graded, %d not submitted, %d unreadable,"
                        + " %d unknown student%s.%n", r.count(Status.GRADED), s.roster().students().size(),
                s.roster().describe(), r.count(Status.GRADED), r.count(Status.NOT_SUBMITTED),
                r.count(Status.UNREADABLE), r.count(Status.UNKNOWN_STUDENT),
                r.count(Status.UNKNOWN_STUDENT) == 1 ? "" : "s");
        Double mean = s.classSummary().meanPercentage();
        o.printf(Locale.ROOT, "  mean score of those graded: %s%n", mean == null ? "none" : String.format(Locale.ROOT,
                "%.1f%%", mean));
        long flagged = r.students().stream().filter(Flags::collusion).count();
        if (flagged > 0) {
            o.printf(Locale.ROOT, "  %d submission%s flagged for possible collusion (see the report).%n", flagged,
                    flagged == 1 ? "" : "s");
        }
        long blank = r.students().stream().filter(x -> x.flags().contains(Flags.BLANK)
                || x.flags().contains(Flags.MOSTLY_BLANK)).count();
        if (blank > 0) {
            o.printf(Locale.ROOT, "  %d blank or mostly blank submission%s (see the report).%n", blank,
                    blank == 1 ? "" : "s");
        }
        OutputLayout.Graded files = s.layout();
        o.printf(Locale.ROOT, "  %s — the class report%n", files.report().toAbsolutePath());
        o.printf(Locale.ROOT, "  %s — one page per student%n", files.feedback().toAbsolutePath());
        o.printf(Locale.ROOT, "  %s, %s, %s, %s%n", files.results().toAbsolutePath(), files.grades().getFileName(),
                files.items().getFileName(), files.reportCsv().getFileName());
        r.students().stream().filter(x -> x.status().needsAttention())
                .forEach(x -> o.printf(Locale.ROOT, "  %s %s: %s%n", x.status().id(), Excerpt.of(x.id()), x.error()));
        if (!r.attention().isEmpty()) {
            o.printf(Locale.ROOT, "  %d file%s need%s attention: whose %s was not certain (see \"attention\" in"
                            + " results.json and the report):%n", r.attention().size(), r.attention().size() == 1 ? ""
                            : "s", r.attention().size() == 1 ? "s" : "", r.attention().size() == 1 ? "it is" : "they are");
            r.attention().forEach(a -> o.printf(Locale.ROOT, "    %s: %s%n", a.file(), a.decision()));
        }
        r.warnings().forEach(w -> o.printf(Locale.ROOT, "  note: %s%n", w));
        o.flush();
    }
}
