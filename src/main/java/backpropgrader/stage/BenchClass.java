package backpropgrader.stage;

import backpropgrader.engine.Misconception;
import backpropgrader.marking.Variant;
import backpropgrader.stage.SyntheticAnswers.Style;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The benchmark's synthetic class, in blocks of 20 students: ten right (three decimals, more decimals, decimal
 * commas; JSON and text), three with a slip carried through, three with a misconception, one with blanks, one
 * copying the next student, one broken file and one who hands in nothing. Written in parallel; not timed.
 */
final class BenchClass {

    private static final Misconception[] MISCONCEPTIONS = {Misconception.SIGN_ERROR, Misconception.MISSING_HALF,
            Misconception.WRONG_ACTIVATION_DERIVATIVE};

    private BenchClass() {
    }

    static String id(int i) {
        return String.format(Locale.ROOT, "b%06d", i);
    }

    static String roster(int n) {
        StringBuilder b = new StringBuilder("id,name,email\n");
        for (int i = 0; i < n; i++) {
            b.append(id(i)).append(",Student ").append(i).append(',').append(id(i)).append("@bench.example\n");
        }
        return b.toString();
    }

    static void write(Path submissions, int n, Function<String, List<Variant>> variantsOf) {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int start = 0; start < n; start += 100) {
                int from = start;
                work.add(pool.submit(() -> {
                    for (int i = from; i < Math.min(n, from + 100); i++) {
                        student(submissions, i, n, variantsOf);
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not synthesise the class: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void student(Path dir, int i, int n, Function<String, List<Variant>> variantsOf) {
        int kind = i % 20;
        String id = id(i);
        if (kind == 19) {
            return; // not submitted
        }
        if (kind == 18) {
            DemoStage.write(dir.resolve(id + ".json"), "{\"student\": \"" + id + "\", \"answers\": {");
            return;
        }
        Style style = kind < 4 ? Style.CORRECT : kind < 7 ? Style.PRECISE : kind < 10 ? Style.COMMA_MINUS
                : kind < 13 ? Style.SLIP : kind < 16 ? Style.MISCONCEPTION : Style.MISSING;
        String whose = kind == 17 ? id((i + 1) % n) : id; // copied from the next student
        Map<String, Map<String, String>> answers = new LinkedHashMap<>();
        for (Variant v : variantsOf.apply(whose)) {
            answers.put(v.exerciseId(), SyntheticAnswers.of(v, kind == 17 ? Style.CORRECT : style,
                    MISCONCEPTIONS[kind % 3]));
        }
        boolean text = i % 2 == 1;
        DemoStage.write(dir.resolve(id + (text ? ".txt" : ".json")), text ? SyntheticFiles.text(id, answers)
                : SyntheticFiles.json(id, answers));
    }
}
