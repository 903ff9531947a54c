package backpropgrader.cli;

import backpropgrader.kernel.OutputLayout;
import backpropgrader.kernel.UsageException;
import backpropgrader.stage.BenchStage;
import backpropgrader.grade.Flags;
import backpropgrader.grade.GradingOutcome;
import backpropgrader.grade.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code bench}: how fast grade marks a synthetic class, feedback pages included, and its peak heap. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Synthesises a class (right, wrong, slipped, copied and broken submissions; not timed) and",
                "grades it with feedback pages (timed); prints students and items per second, wall time, CPU",
                "time and peak heap. The course sets the whole default assignment (every bundled family) unless",
                "--family names some. Run it as: ./grader bench --students 10000"})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--students", paramLabel = "N", defaultValue = "1000", description = "Class size (default:"
            + " ${DEFAULT-VALUE}).")
    int students;

    @Option(names = "--family", paramLabel = "ID", description = "Exercise families to set (default: the"
            + " course's default assignment, every bundled family).")
    List<String> families = List.of();

    @Option(names = "--keep", paramLabel = "DIR", description = "Leave the class in DIR (course.yaml, roster.csv,"
            + " submissions/, graded/) to time grade on it in a fresh JVM.")
    Path keep;

    @Override
    public Integer call() {
        if (students < 1) {
            throw new UsageException("--students: expected a class size of at least 1, found " + students + ".");
        }
        BenchStage.Result r = BenchStage.run(students, families, keep);
        GradingOutcome o = r.outcome();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%d students (%d items) graded with feedback in %.2f s wall, %.2f s CPU: %.0f"
                        + " students/s, %.0f items/s; peak heap %d MB (max heap %d MB); %d graded, %d unreadable,"
                        + " %d not submitted, %d flagged%n",
                r.students(), r.items(), r.seconds(), r.cpuSeconds(), r.perSecond(), r.itemsPerSecond(),
                r.peakHeap() >> 20, r.maxHeap() >> 20,
                o.count(Status.GRADED), o.count(Status.UNREADABLE), o.count(Status.NOT_SUBMITTED),
                o.students().stream().filter(Flags::collusion).count());
        out.printf(Locale.ROOT, "JVM uptime %.2f s (including synthesising the class)%n",
                ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
        if (keep != null) {
            OutputLayout.Course kept = new OutputLayout.Course(keep);
            out.printf(Locale.ROOT, "The class is in %s; time grade in a fresh JVM with:%n  /usr/bin/time -v ./grader"
                    + " grade %s --course %s --out %s --force%n", keep, kept.submissions(), kept.courseFile(),
                    kept.graded().root());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
