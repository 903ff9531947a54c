package backpropgrader.grade;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures the grading stage on a synthetic class ({@link ClassSynthesis}; synthesising does not count):
 * {@code mvn -B -q -o package -DskipTests && mvn -B -q -o test-compile &&
 * java -Xmx512m -cp target/backprop-grader.jar:target/test-classes backpropgrader.grade.GradingBench 10000}.
 * Prints students per second, the time to write results.json and items.csv, and the peak heap while grading.
 * {@code ./grader bench} measures the whole grade stage (variants, feedback pages, output files); this measures
 * the marking core alone.
 */
public final class GradingBench {

    private GradingBench() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        var roster = ClassSynthesis.roster(n);
        Path dir = Files.createTempDirectory("grading-bench");
        ClassSynthesis.submissions(roster, dir);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        GradingOutcome o = new Grading(roster, ClassSynthesis::variants).run(dir);
        long t1 = System.nanoTime();
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("results.json"))) {
            ResultsJson.write(o, new ResultsJson.Provenance("bench", "bench"), w);
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("items.csv"))) {
            ResultsCsv.writeItems(o, w);
        }
        long t2 = System.nanoTime();
        System.out.printf(java.util.Locale.ROOT, "%d students graded in %.2f s (%.0f students/s); results written"
                        + " in %.2f s; peak heap while grading %d MB; %d flagged, %d unreadable%n", n,
                (t1 - t0) / 1e9, n / ((t1 - t0) / 1e9), (t2 - t1) / 1e9, peak >> 20,
                o.students().stream().filter(s -> !s.flags().isEmpty()).count(), o.count(Status.UNREADABLE));
    }
}
