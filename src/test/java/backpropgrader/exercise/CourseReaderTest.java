package backpropgrader.exercise;

import backpropgrader.marking.Marking;

import backpropgrader.kernel.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseReaderTest {

    @TempDir
    Path dir;

    private Course read(String yaml, Map<String, String> env) throws IOException {
        Path f = dir.resolve("course.yaml");
        Files.writeString(f, yaml);
        return CourseReader.read(f, env);
    }

    @Test
    void everyFieldButTheSecretHasADefault() {
        Course c = CourseReader.read(null, Map.of("GRADER_SECRET", "s3cret"));
        assertEquals(Course.DEFAULT_TITLE, c.title());
        assertEquals(Course.DEFAULT_ASSIGNMENT, c.assignment());
        assertEquals(Marking.DEFAULT, c.marking());
        assertEquals(1, c.points());
        assertEquals(Course.Feedback.ALL, c.feedback());
        assertEquals(Locale.ENGLISH, c.locale());
        assertEquals(List.of(), c.families());
        assertEquals("the environment variable GRADER_SECRET", c.secret().origin());
    }

    @Test
    void allFieldsAreRead() throws IOException {
        Files.writeString(dir.resolve("secret.txt"), "from-a-file\n");
        Course c = read("""
                title: "EMS702P Week 9"
                assignment: 2025-week9
                secret_file: secret.txt
                families: [quiz-1.1-chain-rule, example-1-single-sample]
                families_folder: my-families
                marking: {decimals: 2, absolute: 0.01, relative: 0.001, points: 2, follow_through_credit: 0.5}
                feedback: {reveal_expected: false, reveal_worked_solution: false}
                locale: de-DE
                """, Map.of());
        assertEquals("EMS702P Week 9", c.title());
        assertEquals("2025-week9", c.assignment());
        assertEquals(new CourseSecret("from-a-file", "x"), c.secret());
        assertEquals(List.of("quiz-1.1-chain-rule", "example-1-single-sample"), c.families());
        assertEquals("my-families", c.familiesFolder());
        assertEquals(new Marking(2, 0.01, 0.001, 0.5), c.marking());
        assertEquals(2, c.points());
        assertEquals(new Course.Feedback(false, false, true), c.feedback());
        assertEquals(Locale.GERMANY, c.locale());
        assertEquals(dir.toAbsolutePath(), c.folder());
    }

    @Test
    void theSecretMayBeInlineOrInANamedEnvironmentVariable() throws IOException {
        assertEquals(new CourseSecret("inline", "x"), read("secret: inline\n", Map.of()).secret());
        assertEquals(new CourseSecret("from-env", "x"), read("secret_env: MY_COURSE_SECRET\n",
                Map.of("MY_COURSE_SECRET", "from-env", "GRADER_SECRET", "other")).secret());
    }

    @Test
    void aMissingSecretSaysWhatToDo() {
        BadInputException e = assertThrows(BadInputException.class, () -> CourseReader.read(null, Map.of()));
        assertTrue(e.getMessage().startsWith("No course secret: the environment variable GRADER_SECRET is not set"
                + " and no --course file was given. Set it (export GRADER_SECRET="), e.getMessage());
        assertTrue(e.getMessage().contains("secret_file: PATH"), e.getMessage());
    }

    @Test
    void aSecretFileThatIsMissingOrEmptyIsNamed() throws IOException {
        BadInputException missing = assertThrows(BadInputException.class, () -> read("secret_file: nope.txt\n", Map.of()));
        assertTrue(missing.getMessage().contains("course.yaml: secret_file: the file "), missing.getMessage());
        Files.writeString(dir.resolve("empty.txt"), "\n");
        BadInputException empty = assertThrows(BadInputException.class, () -> read("secret_file: empty.txt\n", Map.of()));
        assertTrue(empty.getMessage().endsWith("is empty; put the course secret in it."), empty.getMessage());
    }

    @Test
    void theHandInInstructionIsReadAndPracticeNeedsNoSecret() throws IOException {
        assertEquals("Upload it to QMplus.", read("secret: x\nhand_in: '  Upload it to QMplus. '\n", Map.of()).handIn());
        assertEquals(null, read("secret: x\n", Map.of()).handIn());
        Path file = dir.resolve("course.yaml");
        Files.writeString(file, "title: No secret\n");
        assertThrows(BadInputException.class, () -> CourseReader.read(file, Map.of()), "grading needs one");
        Course practice = CourseReader.readWithoutSecret(file);
        assertEquals("No secret", practice.title());
        assertEquals(null, practice.secret(), "practice never reads it");
        Files.writeString(file, "secret: never read\n");
        assertEquals(null, CourseReader.readWithoutSecret(file).secret());
    }

    @Test
    void badFieldsAreNamed() {
        BadInputException unknown = assertThrows(BadInputException.class, () -> read("secret: x\ntitel: T\n", Map.of()));
        assertTrue(unknown.getMessage().endsWith("course.yaml: titel: unknown field; the fields here are title, assignment,"
                + " secret, secret_file, secret_env, families, families_folder, marking, feedback, locale, group_work, roster, due,"
                + " extensions, late_penalty, timezone, hand_in, practice_url."),
                unknown.getMessage());
        assertTrue(unknown.getMessage().contains(", group_work"), unknown.getMessage());
        BadInputException zone = assertThrows(BadInputException.class, () -> read("secret: x\ntimezone: Mars/Olympus\n",
                Map.of()));
        assertTrue(zone.getMessage().endsWith("course.yaml: timezone: expected an IANA time zone such as Europe/London"
                + " or America/Toronto, found \"Mars/Olympus\"."), zone.getMessage());
        BadInputException decimals = assertThrows(BadInputException.class,
                () -> read("secret: x\nmarking: {decimals: 2.5}\n", Map.of()));
        assertTrue(decimals.getMessage().endsWith("course.yaml: marking.decimals: expected a whole number from 0 to 10,"
                + " found 2.5."), decimals.getMessage());
        BadInputException locale = assertThrows(BadInputException.class, () -> read("secret: x\nlocale: '12'\n", Map.of()));
        assertTrue(locale.getMessage().contains("locale: expected a language tag"), locale.getMessage());
        assertFalse(locale.getMessage().contains("x\n"));
    }

    @Test
    void aPracticeUrlIsAWebAddressOrARelativePath() throws IOException {
        assertEquals("https://example.org/practice", read("secret: x\npractice_url: https://example.org/practice\n",
                Map.of()).feedback().practiceUrl());
        assertEquals("../practice", read("secret: x\npractice_url: ../practice\n", Map.of()).feedback().practiceUrl());
        assertEquals(null, read("secret: x\n", Map.of()).feedback().practiceUrl(), "none: pages name the file");
        BadInputException script = assertThrows(BadInputException.class,
                () -> read("secret: x\npractice_url: \"javascript:alert(1)\"\n", Map.of()));
        assertTrue(script.getMessage().endsWith("course.yaml: practice_url: expected an http:// or https:// address,"
                + " or a relative path such as ../practice, found \"javascript:alert(1)\"."), script.getMessage());
    }
}
