package backpropgrader.stage;

import backpropgrader.engine.Misconception;
import backpropgrader.kernel.OutputLayout;
import backpropgrader.marking.Variant;
import backpropgrader.render.SheetPage;
import backpropgrader.stage.SyntheticAnswers.Style;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The demo's class of 30 and what each hands in, fixed so every demo looks the same: right answers (as JSON and
 * as text), more decimals than asked, decimal commas with Unicode minus signs, a slip early on carried through,
 * one student per catalogued misconception, a few blanks, the blank answer file handed back untouched, a copy
 * of a classmate's answers, a broken JSON file, a file from someone not on the roster, and three who hand in
 * nothing.
 */
final class DemoClass {

    static final int SIZE = 30;
    static final int NOT_SUBMITTED = 3;
    /** The student whose feedback page the summary names (a slip carried through, and an override). */
    static final String SHOWN = "s11";

    private static final List<String> NAMES = List.of("Ada Lovelace", "Alan Turing", "Grace Hopper",
            "Seán O'Brien", "Zoë Müller", "Kwame Mensah", "Li Wei", "Priya Raman", "José Álvarez", "Fatima Zahra",
            "Mateus Silva", "Ingrid Olsen", "Yuki Tanaka", "Olu Adeyemi", "Chloé Dubois", "Arjun Mehta",
            "Sofia Rossi", "Nikolai Petrov", "Amara Okafor", "Hannah Schmidt", "Diego Fernández", "Mei Chen",
            "Tomás Novák", "Aisha Bello", "Lukas Weber", "Elif Yılmaz", "Noah Williams", "Saanvi Iyer",
            "Oscar Lindqvist", "Maya Cohen");
    private static final List<Misconception> MISCONCEPTIONS = List.of(Misconception.SIGN_ERROR,
            Misconception.NO_LEARNING_RATE, Misconception.MISSING_HALF, Misconception.WRONG_ACTIVATION_DERIVATIVE,
            Misconception.PRE_ACTIVATION_FOR_ACTIVATION, Misconception.NO_BATCH_MEAN, Misconception.STALE_WEIGHTS,
            Misconception.UPDATED_WEIGHTS_IN_BACKPROP, Misconception.SWAPPED_INDICES);

    private DemoClass() {
    }

    static String id(int i) {
        return String.format(java.util.Locale.ROOT, "s%02d", i);
    }

    static String roster() {
        StringBuilder b = new StringBuilder("id,name,email\n");
        for (int i = 1; i <= SIZE; i++) {
            String name = NAMES.get(i - 1);
            b.append(id(i)).append(",\"").append(name.replace("\"", "\"\"")).append("\",").append(id(i))
                    .append("@demo.example\n");
        }
        return b.toString();
    }

    static String overrides() {
        return """
                # Instructor overrides, applied after marking on every regrade (student, exercise, key, points or
                # verdict, reason).
                - student: %s
                  exercise: example-1-single-sample
                  key: z[1]_1
                  verdict: correct
                  reason: "Misread a weight from the projector, as several did; accepted in class."
                """.formatted(SHOWN);
    }

    /** Writes {@code dir/submissions}: one file per submitting student, plus the broken and the stranger's. */
    static void write(OutputLayout.Course dir, Function<String, List<Variant>> variantsOf) {
        Path subs = dir.submissions();
        for (int i = 1; i <= SIZE - NOT_SUBMITTED; i++) {
            String id = id(i);
            String file = switch (i) {
                case 24 -> copy(dir.handout().answersJson(id)); // handed back blank
                case 26 -> "{\"student\": \"" + id + "\", \"answers\": {\"example-1-single-sample\": {\"J\": 0.5,";
                case 25 -> SyntheticFiles.json(id, answers(variantsOf.apply(id(2)), Style.CORRECT, null)); // copied
                default -> {
                    Map<String, Map<String, String>> a = answers(variantsOf.apply(id), style(i), misconception(i));
                    yield i % 3 == 0 ? SyntheticFiles.text(id, a) : SyntheticFiles.json(id, a);
                }
            };
            String name = i % 3 == 0 && i != 24 && i != 25 && i != 26 ? id + ".txt" : id + ".json";
            DemoStage.write(subs.resolve(name), file);
        }
        Map<String, Map<String, String>> stranger = answers(variantsOf.apply("s99"), Style.CORRECT, null);
        DemoStage.write(subs.resolve("s99-answers.json"), SyntheticFiles.json("s99", stranger));
    }

    private static Style style(int i) {
        if (i <= 6) {
            return Style.CORRECT;
        }
        if (i <= 8 || i == 27) {
            return Style.PRECISE;
        }
        if (i <= 10) {
            return Style.COMMA_MINUS;
        }
        if (i <= 13) {
            return Style.SLIP;
        }
        return i <= 22 ? Style.MISCONCEPTION : Style.MISSING;
    }

    private static Misconception misconception(int i) {
        return i >= 14 && i <= 22 ? MISCONCEPTIONS.get(i - 14) : null;
    }

    private static Map<String, Map<String, String>> answers(List<Variant> variants, Style style,
                                                            Misconception name) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        variants.forEach(v -> out.put(v.exerciseId(), SyntheticAnswers.of(v, style, name)));
        return out;
    }

    private static String copy(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
