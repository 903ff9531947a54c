package backpropgrader.render;

import backpropgrader.engine.FixedInstance;
import backpropgrader.engine.NetworkGraph;
import backpropgrader.engine.Numbers;
import backpropgrader.engine.Values;
import backpropgrader.marking.Asked;
import backpropgrader.exercise.Course;
import backpropgrader.marking.Marking;
import backpropgrader.exercise.Student;
import backpropgrader.marking.Variant;
import backpropgrader.grade.ClassSummary;
import backpropgrader.grade.Grading;
import backpropgrader.grade.GradingOutcome;
import backpropgrader.marking.MarkedExercise;
import backpropgrader.grade.StudentResult;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures the feedback pages and the report on a synthetic class graded by the real grader: Example 1 with
 * each student's own weights, all 24 quantities asked, a mix of right, slipped (follow-through), sign-flipped,
 * half-blank and absent submissions. Only rendering is timed (in the listener, as {@code grade} renders), and the
 * pages are not written:
 * {@code mvn -B -q -o package -DskipTests && mvn -B -q -o test-compile &&
 * java -cp target/backprop-grader.jar:target/test-classes backpropgrader.render.FeedbackBench 10000}.
 */
public final class FeedbackBench {

    private static final List<String> ASKED = List.of("z[1]_1", "z[1]_2", "h[1]_1", "h[1]_2", "yhat_1", "J",
            "dJ/dw[2]_1,1", "dJ/dw[2]_2,1", "dJ/dw[1]_1,1", "dJ/dw[1]_2,1", "dJ/dw[1]_1,2", "dJ/dw[1]_2,2",
            "w[2]_1,1,new", "w[2]_2,1,new", "w[1]_1,1,new", "w[1]_2,1,new", "w[1]_1,2,new", "w[1]_2,2,new",
            "z[1]_1@2", "z[1]_2@2", "h[1]_1@2", "h[1]_2@2", "yhat_1@2", "J@2");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final FixedInstance BASE = TestPages.lecture("example-1");

    private FeedbackBench() {
    }

    static List<Variant> variants(String id) {
        int i = Integer.parseInt(id.substring(1));
        FixedInstance in = BASE.withWeights(new double[][][] {{{0.1 + i % 90 / 100.0, 2.3}, {1.5, 0.5 + i % 97 / 100.0}},
                {{1}, {0.5 + i % 89 / 100.0}}}, null);
        return List.of(new Variant(id, in.id(), "example-1", "1", in.title(), in, NetworkGraph.build(in),
                ASKED.stream().map(k -> Asked.number(k, 1)).toList(), Marking.DEFAULT, false));
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        List<Student> roster = new ArrayList<>();
        Path dir = Files.createTempDirectory("feedback-bench");
        for (int i = 0; i < n; i++) {
            Student s = new Student(String.format(Locale.ROOT, "s%05d", i), "Student " + i, "");
            roster.add(s);
            if (i % 10 != 9) {
                write(dir, s.id(), i % 10);
            }
        }
        long[] nanos = new long[2];
        long[] bytes = new long[1];
        long[] cpuNanos = new long[1];
        FeedbackPage[] last = new FeedbackPage[1];
        GradingOutcome o = new Grading(roster, FeedbackBench::variants).run(Grading.files(dir), new Grading.Listener() {
            @Override
            public void graded(StudentResult r, List<MarkedExercise> marked) {
                long t = System.nanoTime();
                long cpu = THREADS.getCurrentThreadCpuTime();
                last[0] = new FeedbackPage(roster.get(Integer.parseInt(r.id().substring(1))), "Bench course", "bench",
                        Locale.ENGLISH, r, marked, Course.Feedback.ALL, "bench");
                String html = FeedbackPages.feedback(last[0]);
                nanos[0] += System.nanoTime() - t;
                cpuNanos[0] += THREADS.getCurrentThreadCpuTime() - cpu;
                bytes[0] += html.length();
            }
        });
        long t = System.nanoTime();
        String report = FeedbackPages.report(new ReportPage("Bench course", "bench", Locale.ENGLISH, o,
                ClassSummary.of(o), "bench"));
        nanos[1] = System.nanoTime() - t;
        long cpu = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < 8000; i++) {
            FeedbackPages.feedback(last[0]);
        }
        System.out.printf(Locale.ROOT, "one page again and again: %.2f ms of CPU each%n",
                (THREADS.getCurrentThreadCpuTime() - cpu) / 8000 / 1e6);
        long graded = o.students().stream().filter(r -> r.items().size() > 0).count();
        System.out.printf(Locale.ROOT, "%d feedback pages in %.2f s (%.2f s of CPU; %.2f ms each, %.0f KB each);"
                + " report %.0f KB in %.2f s%n", graded, nanos[0] / 1e9, cpuNanos[0] / 1e9, nanos[0] / 1e6 / graded,
                bytes[0] / 1024.0 / graded,
                report.length() / 1024.0, nanos[1] / 1e9);
    }

    /** Kinds 0–4 right, 5 a slip in h[1]_1 carried through, 6 the update's sign flipped, 7–8 half blank. */
    private static void write(Path dir, String id, int kind) throws IOException {
        Variant v = variants(id).get(0);
        Values ref = v.reference();
        Values own = kind == 5 ? v.graph().evaluateWith(Map.of("h[1]_1", ref.get("h[1]_1") + 0.05)) : ref;
        StringBuilder sb = new StringBuilder("student = " + id + "\n[" + v.exerciseId() + "]\n");
        for (int j = 0; j < ASKED.size(); j++) {
            String k = ASKED.get(j);
            double x = kind == 6 && k.equals("w[2]_1,1,new") ? ref.get("w[2]_1,1") + 0.1 * ref.get("dJ/dw[2]_1,1")
                    : own.get(k);
            boolean blank = kind >= 7 && j % 2 == 1;
            sb.append(k).append(" = ").append(blank ? "" : Numbers.fixed(x, 3)).append('\n');
        }
        Files.writeString(dir.resolve(id + ".txt"), sb, StandardCharsets.UTF_8);
    }
}
