package backpropgrader.stage;

import backpropgrader.kernel.OutputLayout;
import backpropgrader.grade.GradingOutcome;

import backpropgrader.kernel.Folders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./grader bench}: synthesises a class ({@link BenchClass}; not timed) with its course file and roster
 * in a folder, then grades it with the real grade stage, feedback pages and all (timed), sampling the heap
 * every few milliseconds. The folder is a temporary one, removed afterwards, unless one is given; then
 * {@code grade} can be timed on it again in a fresh JVM.
 */
public final class BenchStage {

    static final String SECRET = "bench secret: synthetic classes only";

    /**
     * What was measured.
     *
     * @param items      the items marked: every asked item of every student's variants (items.csv's rows)
     * @param cpuSeconds the process's CPU time while grading (all threads, the JIT's and the collector's too)
     */
    public record Result(int students, long items, double seconds, double cpuSeconds, long peakHeap, long maxHeap,
                         GradingOutcome outcome, Path folder) {
        public double perSecond() {
            return students / seconds;
        }

        public double itemsPerSecond() {
            return items / seconds;
        }
    }

    private BenchStage() {
    }

    /** @param keep where to leave the class, or null for a temporary folder removed afterwards */
    public static Result run(int students, List<String> families, Path keep) {
        Path dir;
        try {
            dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("backprop-grader-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the bench folder: " + e.getMessage(), e);
        }
        try {
            OutputLayout.Course layout = new OutputLayout.Course(dir);
            // No families line: the course's default assignment, every bundled family (docs/FORMATS.md).
            DemoStage.write(layout.courseFile(), "title: \"Benchmark class\"\nassignment: bench\nsecret: \""
                    + SECRET + "\"\nroster: roster.csv\n" + (families.isEmpty() ? ""
                    : "families: [" + String.join(", ", families) + "]\n"));
            DemoStage.write(layout.roster(), BenchClass.roster(students));
            GradeStage.Request request = new GradeStage.Request(layout.submissions(), null, layout.courseFile(),
                    layout.graded().root(), true, null, null, Map.of(), GradeStage.Progress.NONE);
            Folders.delete(layout.submissions());
            BenchClass.write(layout.submissions(), students, GradeStage.setup(request)::variants);
            System.gc();
            HeapSampler heap = HeapSampler.start();
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            GradeStage.Summary s = GradeStage.run(request);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            long peak = heap.stop();
            long items = s.outcome().students().stream().mapToLong(r -> r.items().size()).sum();
            return new Result(students, items, seconds, cpu, peak, Runtime.getRuntime().maxMemory(), s.outcome(),
                    dir);
        } finally {
            if (keep == null) {
                Folders.delete(dir);
            }
        }
    }

    /** The CPU time of the whole process so far, or −1 where the JVM does not say. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** The largest heap use seen, sampled every 2 ms on a daemon thread. */
    private static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        private HeapSampler() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            thread = new Thread(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
        }

        static HeapSampler start() {
            HeapSampler h = new HeapSampler();
            h.thread.start();
            return h;
        }

        long stop() {
            running.set(false);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Math.max(peak.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
    }
}
