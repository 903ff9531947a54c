package backpropgrader.stage;

import backpropgrader.grade.Flags;
import backpropgrader.grade.GradingOutcome;
import backpropgrader.grade.Status;

import backpropgrader.kernel.Folders;
import backpropgrader.kernel.OutputLayout;
import backpropgrader.kernel.UsageException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code ./grader demo}: the whole pipeline on an embedded example course. Writes {@code DIR/course.yaml} (a
 * fixed demo secret, every bundled family), {@code DIR/roster.csv} (30 students) and {@code DIR/overrides.yaml};
 * runs the real generate stage into {@code DIR/handout}; synthesises a realistic class into
 * {@code DIR/submissions} ({@link DemoClass}); grades it with the real grade stage into {@code DIR/graded}.
 * A folder made by an earlier demo is replaced; any other existing folder is left alone unless forced.
 */
public final class DemoStage {

    static final String MARKER = ".backprop-grader-demo";
    static final String SECRET = "demo secret: for the example course only, never for a real class";

    /** What the demo made; {@code asDesigned} is false if the class did not come out as {@link DemoClass} meant. */
    public record Summary(GradeStage.Summary graded, Path folder, Path oneFeedbackPage, boolean asDesigned) {
    }

    private DemoStage() {
    }

    public static Summary run(Path dir, boolean force, GradeStage.Progress progress) {
        prepare(dir, force);
        OutputLayout.Course layout = new OutputLayout.Course(dir);
        write(dir.resolve(MARKER), "This folder was made by ./grader demo; the next demo replaces it.\n");
        write(layout.courseFile(), """
                # The demo course: every bundled exercise family, a fixed secret (never use it for a real class).
                title: "Demo course: back-propagation by hand"
                assignment: demo-week9
                secret: "%s"
                roster: roster.csv
                marking: {decimals: 3, follow_through_credit: 1}
                """.formatted(SECRET));
        write(layout.roster(), DemoClass.roster());
        write(layout.overrides(), DemoClass.overrides());
        Map<String, String> env = Map.of();
        GenerateStage.run(new GenerateStage.Request(layout.roster(), layout.handout().root(), layout.courseFile(),
                List.of(), env));
        GradeStage.Request request = new GradeStage.Request(layout.submissions(), null, layout.courseFile(),
                layout.graded().root(), true, layout.overrides(), null, env, progress);
        GradeStage.Setup setup = GradeStage.setup(request);
        DemoClass.write(layout, setup::variants);
        GradeStage.Summary graded = GradeStage.run(request);
        GradingOutcome o = graded.outcome();
        boolean asDesigned = o.count(Status.UNREADABLE) == 1 && o.count(Status.UNKNOWN_STUDENT) == 1
                && o.count(Status.NOT_SUBMITTED) == DemoClass.NOT_SUBMITTED
                && o.students().stream().anyMatch(Flags::collusion)
                && o.students().stream().anyMatch(s -> s.flags().contains(Flags.BLANK));
        return new Summary(graded, dir, graded.layout().feedback(DemoClass.SHOWN), asDesigned);
    }

    private static void prepare(Path dir, boolean force) {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new UsageException(dir + ": is a file, not a folder (--out).");
            }
            boolean empty;
            try (var s = Files.list(dir)) {
                empty = s.findAny().isEmpty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!empty && !force && !Files.exists(dir.resolve(MARKER))) {
                throw new UsageException(dir + ": already exists and was not made by the demo; give --force to"
                        + " replace it, or choose another --out.");
            }
            Folders.delete(dir);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
