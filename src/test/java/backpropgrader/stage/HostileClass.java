package backpropgrader.stage;

import backpropgrader.stage.SyntheticAnswers.Style;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Two copies of the same small class (s1 and s2 hand in ordinary answers, s3 is the one who probes): one graded
 * as it is, one with the hostile files added. The classmates' results, grade rows and feedback pages must be the
 * same in both (paths aside), and no output may hold anything from outside the submissions.
 */
final class HostileClass {

    /** What must never appear in an output: the course secret, a system file, a Java stack trace. */
    static final List<String> NEVER = List.of("grading fixture secret", "root:x:0:0", "at backpropgrader.",
            "at java.", "Exception:");

    final GradeFixture clean;
    final GradeFixture hostile;

    HostileClass(Path dir) throws IOException {
        this(dir, "id,name,email\ns1,Ada Lovelace,ada@uni.example\ns2,Alan Turing,alan@uni.example\n"
                + "s3,Grace Hopper,grace@uni.example\n", "id,name,email\ns1,Ada Lovelace,ada@uni.example\n"
                + "s2,Alan Turing,alan@uni.example\ns3,Grace Hopper,grace@uni.example\n");
    }

    /** The hostile copy may have its own roster (a student's chosen name is on it). */
    HostileClass(Path dir, String cleanRoster, String hostileRoster) throws IOException {
        clean = new GradeFixture(Files.createDirectories(dir.resolve("clean")), cleanRoster, "");
        hostile = new GradeFixture(Files.createDirectories(dir.resolve("hostile")), hostileRoster, "");
        for (GradeFixture fx : List.of(clean, hostile)) {
            fx.submit("s1.json", SyntheticFiles.json("s1", fx.answers("s1", Style.CORRECT)));
            fx.submit("s2.txt", SyntheticFiles.text("s2", fx.answers("s2", Style.SLIP)));
        }
    }

    /** Grades both copies; returns the hostile run's exit code (the clean one must give 0). */
    int grade() {
        assertEquals(0, clean.grade(), clean.err + clean.out);
        return hostile.grade();
    }

    /** s1 and s2 are graded exactly as without the hostile files, and nothing from outside leaks out. */
    void assertClassmatesUnchanged() {
        for (String id : List.of("s1", "s2")) {
            assertEquals(normalised(clean, clean.student(id).toString()),
                    normalised(hostile, hostile.student(id).toString()), id + " in results.json");
            assertEquals(normalised(clean, read(clean, "graded/feedback/" + id + ".html")),
                    normalised(hostile, read(hostile, "graded/feedback/" + id + ".html")), id + "'s feedback");
            assertEquals(row(clean, id), row(hostile, id), id + " in grades.csv");
        }
        assertNothingFromOutside(hostile.dir.resolve("graded"));
        assertFalse((hostile.out + hostile.err).contains("internal error"), hostile.err + hostile.out);
    }

    /** No file under {@code folder} holds the secret, a system file or a stack trace. */
    static void assertNothingFromOutside(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                for (String never : NEVER) {
                    assertFalse(text.contains(never), f + " holds '" + never + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String row(GradeFixture fx, String id) {
        return read(fx, "graded/grades.csv").lines().filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow();
    }

    static String read(GradeFixture fx, String relative) {
        try {
            return Files.readString(fx.dir.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String normalised(GradeFixture fx, String text) {
        return text.replace(fx.dir.toString(), "DIR");
    }
}
