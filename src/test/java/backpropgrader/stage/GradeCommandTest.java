package backpropgrader.stage;

import backpropgrader.stage.SyntheticAnswers.Style;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ./grader grade} end to end on a generated class: files, statuses, exit codes. */
class GradeCommandTest {

    @TempDir
    Path dir;
    GradeFixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new GradeFixture(dir);
    }

    @Test
    void aGeneratedClassIsGradedWithEveryRosterStudentInTheResults() throws IOException {
        assertEquals(0, fx.generate(), fx.err);
        fx.submit("s1.json", SyntheticFiles.json("s1", fx.answers("s1", Style.CORRECT)));
        fx.submit("s2.txt", SyntheticFiles.text("s2", fx.answers("s2", Style.SLIP)));
        fx.submit("s9.json", SyntheticFiles.json("s9", fx.answers("s1", Style.CORRECT)));
        assertEquals(1, fx.grade(), fx.err + fx.out);
        assertTrue(fx.out.startsWith("Course: " + fx.path("course.yaml") + "; assignment grade-test; families"
                + " example-1-single-sample v1, quiz-1.1-chain-rule v1.\nGraded 2 of 3 students (plain roster "), fx.out);
        assertTrue(fx.out.contains("unknown-student s9: " + fx.path("subs/s9.json") + ": 's9' (from the student"
                + " field) is not on the roster of 3 students"), fx.out);

        List<String> ids = new ArrayList<>();
        fx.results().get("students").forEach(s -> ids.add(s.get("id").asText() + ":" + s.get("status").asText()));
        assertEquals(List.of("s1:graded", "s2:graded", "s3:not-submitted", "s9:unknown-student"), ids);
        JsonNode s1 = fx.student("s1");
        assertEquals(s1.get("max").asDouble(), s1.get("score").asDouble(), "right answers earn everything");
        JsonNode s2 = fx.student("s2");
        assertEquals("wrong", GradeFixture.item(s2, "example-1-single-sample", "z[1]_1").get("verdict").asText());
        assertEquals("follow-through", GradeFixture.item(s2, "example-1-single-sample", "J").get("verdict").asText());
        assertEquals("{\"example-1-single-sample\":\"1\",\"quiz-1.1-chain-rule\":\"1\"}",
                fx.results().get("families").toString(), "family versions are recorded");

        for (String id : List.of("s1", "s2", "s3")) {
            assertTrue(Files.isRegularFile(dir.resolve("graded/feedback/" + id + ".html")), id);
        }
        assertFalse(Files.exists(dir.resolve("graded/feedback/s9.html")), "no page for someone not on the roster");
        String grades = Files.readString(dir.resolve("graded/grades.csv"));
        assertTrue(grades.startsWith("id,name,score,max,percentage,status\ns1,Ada Lovelace,"), grades);
        assertTrue(grades.contains("\ns3,Grace Hopper,0,"), grades);
        assertTrue(Files.readString(dir.resolve("graded/items.csv")).contains("\ns2,example-1-single-sample,J,"));
        String report = Files.readString(dir.resolve("graded/report.html"));
        assertTrue(report.contains("Grading test &lt;course&gt; &amp; co"), "the course title is escaped");
        try (var siblings = Files.list(dir)) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().startsWith(".graded")),
                    "no staging folder is left beside the results");
        }
    }

    @Test
    void onlyNotSubmittedStudentsExitWithZero() {
        fx.submit("s1.json", SyntheticFiles.json("s1", fx.answers("s1", Style.COMMA_MINUS)));
        assertEquals(0, fx.grade(), fx.err + fx.out);
        assertTrue(fx.out.contains(": 1 graded, 2 not submitted, 0 unreadable, 0 unknown students."), fx.out);
        assertEquals(fx.student("s1").get("max").asDouble(), fx.student("s1").get("score").asDouble(),
                "decimal commas and Unicode minus signs are read");
    }

    @Test
    void usageErrorsExitWith64() throws IOException {
        assertEquals(64, fx.run("grade", fx.path("nowhere"), "--roster", fx.path("roster.csv"), "--course",
                fx.path("course.yaml")));
        assertTrue(fx.err.contains("nowhere: no such file or folder (SUBMISSIONS)."), fx.err);
        assertEquals(64, fx.run("grade", fx.path("subs"), "--course", fx.path("course.yaml"), "--out",
                fx.path("graded")));
        assertTrue(fx.err.contains("give --roster FILE, or write roster: FILE in the course file"), fx.err);
        assertEquals(64, fx.grade("--overrides", fx.path("missing.yaml")));
        assertTrue(fx.err.contains("missing.yaml: no such file (--overrides)."), fx.err);
    }

    @Test
    void badCourseOrRosterExitsWith65() throws IOException {
        Files.writeString(dir.resolve("course.yaml"), GradeFixture.COURSE + "late_penalty: {per_day: lots}\n");
        assertEquals(65, fx.grade());
        assertTrue(fx.err.contains("course.yaml: late_penalty.per_day: expected a percentage"), fx.err);
        Files.writeString(dir.resolve("course.yaml"), GradeFixture.COURSE);
        Files.writeString(dir.resolve("roster.csv"), "id,name\ns1,A\ns1,B\n");
        assertEquals(65, fx.grade());
        assertTrue(fx.err.contains("roster.csv: line 3: the student id 's1' is already on line 2"), fx.err);
        assertFalse(Files.exists(dir.resolve("graded")), "nothing is written when the input is bad");
    }

    @Test
    void anExistingOutputIsReplacedOnlyWithForce() throws IOException {
        Files.createDirectories(dir.resolve("graded"));
        Files.writeString(dir.resolve("graded/old.txt"), "from last week");
        assertEquals(64, fx.grade());
        assertTrue(fx.err.contains("graded: already exists; give --force to replace it"), fx.err);
        assertTrue(Files.exists(dir.resolve("graded/old.txt")), "left as it was");
        assertEquals(0, fx.grade("--force"), fx.err);
        assertFalse(Files.exists(dir.resolve("graded/old.txt")), "replaced whole");
        assertTrue(Files.isRegularFile(dir.resolve("graded/results.json")));
    }

    @Test
    void theCourseFileMayNameTheRoster() throws IOException {
        Files.writeString(dir.resolve("course.yaml"), GradeFixture.COURSE + "roster: roster.csv\n");
        assertEquals(0, fx.run("grade", fx.path("subs"), "--course", fx.path("course.yaml"), "--out",
                fx.path("graded")), fx.err);
        assertEquals(3, fx.results().get("students").size());
    }
}
