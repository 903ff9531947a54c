package backpropgrader.stage;

import backpropgrader.kernel.OutputLayout;
import backpropgrader.kernel.BadInputException;
import backpropgrader.exercise.Course;
import backpropgrader.exercise.CourseSecret;
import backpropgrader.exercise.Family;
import backpropgrader.exercise.FamilyReader;
import backpropgrader.marking.Marking;
import backpropgrader.exercise.Student;
import backpropgrader.marking.Variant;
import backpropgrader.exercise.Variants;
import backpropgrader.render.SheetPage;
import backpropgrader.render.Sheets;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code ./grader check FAMILY…}: what an instructor runs before releasing a family. Validates the file (errors
 * name the field), draws variants for sample students, reports how often each constraint forced a redraw and
 * how many variants were distinct, and writes a preview sheet and worked solutions. A family whose constraints
 * cannot be met reports which constraints failed after how many draws.
 */
public final class CheckStage {

    /** The preview's own course: a fixed, public secret — previews are not anybody's exercise. */
    static final Course PREVIEW = new Course("Preview", "check", new CourseSecret("check-preview", "check"),
            List.of(), Course.DEFAULT_FAMILIES_FOLDER, Marking.DEFAULT, 1, Course.Feedback.ALL, Locale.ENGLISH,
            Path.of(""), "(check)");

    private CheckStage() {
    }

    /**
     * Checks one family and writes its preview.
     *
     * @throws BadInputException when the family is invalid or a sample student got no variant
     */
    public static void check(Path file, int samples, Path previewFolder, PrintWriter out) {
        Family family = FamilyReader.read(file);
        Variants variants = new Variants(PREVIEW, family);
        Map<String, Integer> rejections = new TreeMap<>();
        Set<String> distinct = new HashSet<>();
        int draws = 0;
        Variant first = null;
        for (int i = 1; i <= samples; i++) {
            Variants.Drawn d = variants.draw(String.format(Locale.ROOT, "sample-%03d", i));
            first = first == null ? d.variant() : first;
            draws += d.draws();
            d.rejections().forEach((k, v) -> rejections.merge(k, v, Integer::sum));
            distinct.add(Fingerprint.of(d.variant()));
        }
        double points = first.asked().stream().mapToDouble(a -> a.points()).sum();
        out.printf(Locale.ROOT, "%s: family %s v%s is valid: %s; %d asked keys, %s points.%n", file, family.id(),
                family.version(), Fingerprint.describe(family), family.asked().size(),
                backpropgrader.engine.Numbers.plain(points));
        out.printf(Locale.ROOT, "  %d sample students: %d distinct variants; %d draws, %.1f%% redrawn.%n", samples,
                distinct.size(), draws, 100.0 * (draws - samples) / draws);
        if (!rejections.isEmpty()) {
            out.println("  Redraws per constraint (share of all draws):");
            int total = draws;
            rejections.forEach((k, v) -> out.printf(Locale.ROOT, "    %-48s %6d  %5.1f%%%n", k, v, 100.0 * v / total));
        }
        SheetPage page = new SheetPage(new Student("sample-001", "Sample Student", ""), "Preview of " + family.id(),
                "check", Locale.ENGLISH, List.of(first), "backprop-grader check · " + family.id() + " v" + family.version());
        OutputLayout.Preview preview = new OutputLayout.Preview(previewFolder);
        Path sheet = preview.sheet(family.id());
        Path solutions = preview.solutions(family.id());
        write(sheet, Sheets.sheet(page));
        write(solutions, Sheets.workedSolutions(page));
        out.printf(Locale.ROOT, "  Preview: %s (sheet), %s (worked solutions).%n", sheet, solutions);
    }

    private static void write(Path p, String content) {
        try {
            Files.createDirectories(p.toAbsolutePath().getParent());
            Files.writeString(p, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
