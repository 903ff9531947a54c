package backpropgrader.stage;

import backpropgrader.engine.Misconception;

import backpropgrader.exercise.Course;
import backpropgrader.exercise.CourseReader;
import backpropgrader.exercise.Family;
import backpropgrader.exercise.FamilyCatalog;
import backpropgrader.kernel.TreeFiles;
import backpropgrader.marking.Variant;
import backpropgrader.render.HeadlessChromium;
import backpropgrader.render.PracticePage;
import backpropgrader.web.AnswerCheck;
import backpropgrader.web.PracticeEntry;
import backpropgrader.web.PracticeVariant;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One core, two targets: the browser build (TeaVM wasm-gc, as a practice page inlines it) and the JVM mark the
 * same answers alike. Every bundled family's practice variants, each answered in every way the demo's students
 * answer (right, more precise, decimal commas, a slip carried through, each catalogued misconception, blanks) and
 * with noise added, go through {@code PracticeEntry.mark} on both: the same verdict, reason, misconception,
 * points and worked-solution lines, the exact values within 1e-12 relative and the given numbers bit for bit. The
 * sheet's check of a typed box ({@code check}) is compared on typed strings of every kind too.
 */
@Tag("browser")
class CoreAgreementBrowserTest {

    private static final Misconception[] MISCONCEPTIONS = {Misconception.SIGN_ERROR,
        Misconception.NO_LEARNING_RATE, Misconception.MISSING_HALF, Misconception.WRONG_ACTIVATION_DERIVATIVE,
        Misconception.PRE_ACTIVATION_FOR_ACTIVATION, Misconception.NO_BATCH_MEAN, Misconception.STALE_WEIGHTS,
        Misconception.UPDATED_WEIGHTS_IN_BACKPROP, Misconception.SWAPPED_INDICES};

    @TempDir
    Path dir;

    @Test
    void theBrowserBuildMarksEveryAnswerAsTheJvmDoes() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "no chromium-driver (.ci/run installs it)");
        Course course = CourseReader.readWithoutSecret(null);
        List<String> variants = new ArrayList<>();
        List<String[]> cases = new ArrayList<>(); // {variant json, answers json}
        SplittableRandom noise = new SplittableRandom(11);
        for (Family f : FamilyCatalog.load(course)) {
            PracticePage p = PracticeStage.page(course, f, 1000 + variants.size(), "test");
            for (int i = 0; i < 6; i++) {
                String json = p.encoded().get(i * 31);
                variants.add(json);
                Variant v = PracticeVariant.decode(json);
                List<Map<String, String>> answers = new ArrayList<>();
                for (SyntheticAnswers.Style s : SyntheticAnswers.Style.values()) {
                    answers.add(SyntheticAnswers.of(v, s, MISCONCEPTIONS[(i + s.ordinal()) % MISCONCEPTIONS.length]));
                }
                answers.add(PracticeBrowserTest.handRounded(v));
                answers.add(noisy(SyntheticAnswers.of(v, SyntheticAnswers.Style.PRECISE, null), noise));
                for (Map<String, String> a : answers) {
                    cases.add(new String[] {json, TreeFiles.JSON.writeValueAsString(a)});
                }
            }
        }
        List<String> typed = typedStrings();
        PracticeStage.run(new PracticeStage.Request(dir.resolve("p"), null, List.of("quiz-1.2-relu"), 3L));
        Path page = dir.resolve("p/practice-quiz-1.2-relu.html");
        WebDriver browser = HeadlessChromium.start(dir.resolve("profile"), Files.createDirectories(dir.resolve("d")));
        try {
            browser.get(page.toUri().toString());
            HeadlessChromium.until(browser, b -> "true".equals(b.findElement(org.openqa.selenium.By.id(
                    "practice-form")).getAttribute("data-ready")), 15, "the core started");
            browser.manage().timeouts().scriptTimeout(Duration.ofMinutes(3));
            @SuppressWarnings("unchecked")
            List<List<String>> out = (List<List<String>>) ((JavascriptExecutor) browser).executeAsyncScript("""
                    var done = arguments[arguments.length - 1];
                    var cases = JSON.parse(arguments[0]), variants = JSON.parse(arguments[1]),
                        typed = JSON.parse(arguments[2]);
                    window.graderCore('grader-core').then(function (core) {
                      done([cases.map(function (c) { return core.mark(c[0], c[1]); }),
                            variants.map(function (v) { return core.values(v); }),
                            typed.map(function (t) { return core.check(t, 3, false) + core.check(t, 3, true); })]);
                    });
                    """, TreeFiles.JSON.writeValueAsString(cases), TreeFiles.JSON.writeValueAsString(variants),
                    TreeFiles.JSON.writeValueAsString(typed));
            int items = 0;
            for (int i = 0; i < cases.size(); i++) {
                JsonNode jvm = TreeFiles.JSON.readTree(PracticeEntry.mark(cases.get(i)[0], cases.get(i)[1]));
                JsonNode web = TreeFiles.JSON.readTree(out.get(0).get(i));
                items += sameMarks(jvm, web, "case " + i + " " + cases.get(i)[1]);
            }
            for (int i = 0; i < variants.size(); i++) {
                JsonNode jvm = TreeFiles.JSON.readTree(PracticeEntry.values(variants.get(i)));
                JsonNode web = TreeFiles.JSON.readTree(out.get(1).get(i));
                assertEquals(jvm.get("givenBits"), web.get("givenBits"), "the given numbers, bit for bit");
                sameNumbers(jvm.get("values"), web.get("values"), "variant " + i);
            }
            for (int i = 0; i < typed.size(); i++) {
                String jvm = PracticeEntry.check(typed.get(i), 3, false) + PracticeEntry.check(typed.get(i), 3, true);
                assertEquals(jvm, out.get(2).get(i), "typed '" + typed.get(i) + "'");
            }
            assertTrue(cases.size() >= 300 && items >= 3000, cases.size() + " answer sets, " + items + " items");
            System.out.println("core agreement: " + cases.size() + " answer sets, " + items + " items, "
                    + variants.size() + " variants, " + typed.size() + " typed strings alike on JVM and wasm-gc");
        } finally {
            browser.quit();
        }
    }

    /** Compares two marks item by item; returns the number of items. */
    private static int sameMarks(JsonNode jvm, JsonNode web, String what) {
        assertEquals(jvm.get("score"), web.get("score"), what);
        assertEquals(jvm.get("items").size(), web.get("items").size(), what);
        for (int i = 0; i < jvm.get("items").size(); i++) {
            JsonNode a = jvm.get("items").get(i);
            JsonNode b = web.get("items").get(i);
            String at = what + " " + a.get("key").asText();
            for (String field : List.of("key", "submitted", "verdict", "misconception", "points", "reason",
                    "expectedText")) {
                assertEquals(a.get(field), b.get(field), at + ": " + field);
            }
            if (a.has("expected")) {
                close(a.get("expected").asDouble(), b.get("expected").asDouble(), at);
            }
        }
        assertEquals(jvm.get("worked"), web.get("worked"), what + ": the worked solution");
        return jvm.get("items").size();
    }

    private static void sameNumbers(JsonNode jvm, JsonNode web, String what) {
        Iterator<String> keys = jvm.fieldNames();
        while (keys.hasNext()) {
            String k = keys.next();
            close(jvm.get(k).asDouble(), web.get(k).asDouble(), what + " " + k);
        }
        assertEquals(jvm.size(), web.size(), what);
    }

    private static void close(double a, double b, String what) {
        assertTrue(a == b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b)),
                what + ": " + a + " on the JVM, " + b + " in the browser");
    }

    /** Precise answers with a random last-digit slip on some: near the edges of the rounding windows. */
    private static Map<String, String> noisy(Map<String, String> answers, SplittableRandom rng) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        answers.forEach((k, v) -> {
            String s = v;
            if (rng.nextInt(3) == 0 && s.matches("[−-]?\\d+\\.\\d+")) {
                int digit = rng.nextInt(10);
                s = s.substring(0, s.length() - 1) + digit;
            } else if (rng.nextInt(4) == 0 && s.matches("[−-]?\\d+\\.\\d+")) {
                s = s.substring(0, s.length() - 2); // one place fewer than written
            }
            out.put(k, s);
        });
        return out;
    }

    private static List<String> typedStrings() {
        List<String> out = new ArrayList<>(List.of("", " ", "-1.744", "−1,744", "≈ −1.85", "~0.19", "= 0.217",
                "0.1900…", "0.19...", "0.217 (rounded)", "about -0.05", "3/4", "1 - 0.1*(-1.744)", "2**3",
                "1,234.5", "1,75.5", "1e400", "1/0", "ln(-1)", "exp(-0.618)", "12x(2x^2-1)^2", "12x(2x^2-1",
                "3*(2x**2 − 1)²·4x", "[1]", "java.lang.System.exit(1)", ".5", "+1.25", "1.2e-3", "0,5 + 0,1·0,388",
                "x", "2.52 2", "≈≈ 1", "1.2E+2", "−0.0000", "0.0005", "99999999999999999999"));
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < 120; i++) {
            double v = (rng.nextDouble() - 0.5) * Math.pow(10, rng.nextInt(7) - 3);
            String s = backpropgrader.engine.Numbers.fixed(v, rng.nextInt(7));
            out.add(switch (i % 4) {
                case 0 -> s;
                case 1 -> "≈ " + s.replace('.', ',');
                case 2 -> s + "…";
                default -> "(" + s + ") * 2 - 1/3";
            });
        }
        assertTrue(AnswerCheck.of("0.217 (rounded)", 3, false).state().equals("unreadable"));
        return out;
    }
}
