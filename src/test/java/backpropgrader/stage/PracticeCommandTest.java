package backpropgrader.stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./grader practice} end to end in a temporary folder: one self-contained page per family and an index,
 * made without the course secret (a course file that has none works; one that has one never shows it), the same
 * bytes for the same practice seed, and usage errors for what cannot be done.
 */
class PracticeCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesOnePagePerFamilyAndAnIndexWithoutReadingTheSecret() throws IOException {
        GradeFixture fx = new GradeFixture(dir);
        assertEquals(0, fx.run("practice", "--out", fx.path("practice"), "--course", fx.path("course.yaml")), fx.err);
        assertTrue(fx.out.startsWith("Wrote 2 practice pages (200 variants each) in "), fx.out);
        assertTrue(fx.out.contains("not derived from the course secret, which was not read"), fx.out);
        try (Stream<Path> files = Files.list(dir.resolve("practice"))) {
            assertEquals(List.of("index.html", "practice-example-1-single-sample.html",
                    "practice-quiz-1.1-chain-rule.html"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        String page = Files.readString(dir.resolve("practice/practice-example-1-single-sample.html"));
        assertFalse(page.contains("grading fixture secret"), "the course secret is not in the page");
        assertTrue(page.contains("Content-Security-Policy\" content=\"default-src 'none'"), "no request allowed");
        assertFalse(Pattern.compile("(?i)(https?:|\\ssrc\\s*=|<link\\b|@import|\\burl\\()").matcher(page).find(),
                "the page loads nothing from outside");
        assertEquals(200, count(page, "<script type=\"text/html\" id=\"variant-"), "the pool");
        assertTrue(page.contains("Grading test &lt;course&gt; &amp; co"), "the course's title, escaped");
        String index = Files.readString(dir.resolve("practice/index.html"));
        assertTrue(index.contains("href=\"practice-quiz-1.1-chain-rule.html\""), index);
    }

    @Test
    void aCourseWithoutASecretIsEnoughAndTheSameSeedGivesTheSameBytes() throws IOException {
        Files.writeString(dir.resolve("course.yaml"), "title: No secret here\nfamilies: [quiz-1.2-relu]\n");
        GradeFixture fx = new GradeFixture(Files.createDirectories(dir.resolve("x"))); // only to run the tool
        for (String out : List.of("a", "b")) {
            assertEquals(0, fx.run("practice", "--out", dir.resolve(out).toString(), "--course",
                    dir.resolve("course.yaml").toString(), "--seed", "12345"), fx.err);
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/practice-quiz-1.2-relu.html")),
                Files.readAllBytes(dir.resolve("b/practice-quiz-1.2-relu.html")));
        assertTrue(fx.out.contains("practice seed 3039"), fx.out);
    }

    @Test
    void anUnknownFamilyIsAUsageErrorNamingTheCoursesFamilies() throws IOException {
        GradeFixture fx = new GradeFixture(dir);
        assertEquals(64, fx.run("practice", "--out", fx.path("p"), "--course", fx.path("course.yaml"), "--family",
                "nope"));
        assertTrue(fx.err.contains("--family nope: the course has no such family; it has example-1-single-sample,"
                + " quiz-1.1-chain-rule."), fx.err);
        assertFalse(Files.exists(dir.resolve("p/index.html")));
        assertEquals(64, fx.run("practice", "--out", fx.path("p"), "--course", fx.path("missing.yaml")));
    }

    private static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }
}
