package backpropgrader.engine;

import backpropgrader.exercise.FixedInstanceReader;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Not a test (no assertions, not run by Maven): a harness that reports how many solves per second the engine
 * does for one fixed instance — build the quantity graph, evaluate it, and write the whole worked solution as
 * {@code solve} prints it. Warms up, then reports the median of several timed rounds. Run by {@code bench/run}:
 * {@code java -cp target/backprop-grader.jar:target/test-classes backpropgrader.engine.SolveBenchmark FILE}.
 */
public final class SolveBenchmark {

    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final long ROUND_NANOS = 1_000_000_000L;
    private static final int ROUNDS = 5;

    private SolveBenchmark() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "exercises/lecture/example-1.json");
        FixedInstance in = FixedInstanceReader.read(file);
        long sink = 0;
        long end = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < end) {
            sink += solve(in);
        }
        double[] perSecond = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            int solves = 0;
            long start = System.nanoTime();
            long stop = start + ROUND_NANOS;
            long now;
            do {
                sink += solve(in);
                solves++;
                now = System.nanoTime();
            } while (now < stop);
            perSecond[r] = solves / ((now - start) / 1e9);
        }
        double[] sorted = perSecond.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: %.0f solves/s (median of %d one-second rounds: %s; %d characters per solve)%n",
                file, sorted[ROUNDS / 2], ROUNDS, Arrays.toString(Arrays.stream(perSecond).map(Math::round).toArray()),
                solve(in));
        if (sink == 42) {
            System.out.println(); // keeps the work observable to the JIT
        }
    }

    /** One solve as {@code ./grader solve} does it; returns the length of the text, so nothing is optimised away. */
    static long solve(FixedInstance in) {
        QuantityGraph g = NetworkGraph.build(in);
        Values v = g.evaluate();
        StringBuilder text = new StringBuilder(in.id()).append(" — ").append(in.title()).append('\n');
        List<WorkedSolution.Section> sections = WorkedSolution.of(v, 3);
        for (WorkedSolution.Section s : sections) {
            text.append('\n').append(s.title()).append('\n');
            for (WorkedStep step : s.steps()) {
                text.append("  ").append(step.line()).append('\n');
            }
        }
        return text.length();
    }
}
