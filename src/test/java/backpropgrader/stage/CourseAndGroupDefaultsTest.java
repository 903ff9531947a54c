package backpropgrader.stage;

import backpropgrader.kernel.TreeFiles;
import backpropgrader.stage.SyntheticAnswers.Style;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9, Build 3–4, as an instructor meets them: grade run without {@code --course} in the folder that holds
 * {@code course.yaml}, and a Moodle class list whose {@code Groups} column holds tutorial groups.
 */
class CourseAndGroupDefaultsTest {

    static final String SECRET = "a long random phrase only the teaching team knows";
    static final String COURSE = """
            title: "Backprop week 9"
            assignment: nn101-week9
            families: [example-1-single-sample, quiz-1.1-chain-rule]
            """;

    @TempDir
    Path dir;

    @Test
    void aForgottenCourseOptionUsesTheCourseFileInTheWorkingFolderAndSaysSo() throws Exception {
        Files.writeString(dir.resolve("course.yaml"), COURSE);
        Files.write(dir.resolve("participants.csv"), tutorials(6).getBytes(StandardCharsets.UTF_8));
        assertEquals(0, grader("generate", "--roster", "participants.csv", "--out", "handout", "--course",
                "course.yaml"), log());
        GradeFixture fx = new GradeFixture(Files.createDirectories(dir.resolve("fixture")), Files.readString(dir.resolve("participants.csv")),
                "");
        Files.writeString(fx.dir.resolve("course.yaml"), COURSE + "secret: \"" + SECRET + "\"\n");
        Files.createDirectories(dir.resolve("subs"));
        for (String id : List.of("S1001", "S1002", "S1003")) { // three hand in; the other three do not
            JsonNode blank = TreeFiles.read(dir.resolve("handout/students/" + id + "/answers-blank.json"));
            Files.writeString(dir.resolve("subs/" + id + ".json"), fx.saved(id, blank.get("variant").asText(),
                    fx.answers(id, Style.CORRECT)));
        }

        assertEquals(0, grader("grade", "subs", "--roster", "participants.csv", "--out", "graded"), log());
        List<String> lines = Files.readAllLines(dir.resolve("run.log"));
        assertEquals("Course: course.yaml; assignment nn101-week9; families example-1-single-sample v1,"
                + " quiz-1.1-chain-rule v1.", lines.get(0));
        JsonNode results = TreeFiles.read(dir.resolve("graded/results.json"));
        for (JsonNode s : results.get("students")) {
            boolean handedIn = Set.of("S1001", "S1002", "S1003").contains(s.get("id").asText());
            assertEquals(handedIn ? "graded" : "not-submitted", s.get("status").asText(), s.toString());
            if (handedIn) {
                assertEquals(s.get("max").asDouble(), s.get("score").asDouble(), "their own variants: " + s);
            }
            assertEquals("[]", s.get("flags").toString());
        }
    }

    @Test
    void withNeitherOptionNorCourseFileTheDefaultsAreUsedAndNamed() throws Exception {
        Files.writeString(dir.resolve("roster.csv"), "id,name\ns1,Ada\n");
        Files.createDirectories(dir.resolve("subs"));
        assertEquals(0, grader("grade", "subs", "--roster", "roster.csv", "--out", "graded"), log());
        assertTrue(log().startsWith("Course: the built-in default course (no --course and no ./course.yaml);"
                + " assignment assignment-1; families example-1-single-sample v1, "), log());
    }

    @Test
    void aMoodleGroupsColumnOfTutorialsGivesEveryStudentTheirOwnVariantAndANote() throws Exception {
        Files.writeString(dir.resolve("course.yaml"), COURSE);
        Files.write(dir.resolve("participants.csv"), tutorials(12).getBytes(StandardCharsets.UTF_8));
        assertEquals(0, grader("generate", "--roster", "participants.csv", "--out", "handout"), log());
        Set<String> variants = new HashSet<>();
        for (int i = 1; i <= 12; i++) {
            JsonNode key = TreeFiles.read(dir.resolve("handout/instructor/keys/S" + (1000 + i)
                    + "/example-1-single-sample.json"));
            variants.add(key.get("values").toString());
            assertEquals("S" + (1000 + i), key.get("provenance").get("variant_owner").asText());
        }
        assertEquals(12, variants.size(), "12 students, 12 variants: a tutorial group shares nothing");
        assertTrue(log().contains("\n  The roster has a group column (2 groups); everyone works a personal variant."
                + " Write group_work: true in the course file for one variant per group — and an assignment generated"
                + " by an earlier version from this roster needs group_work: true to keep its variants.\n"), log());

        Files.writeString(dir.resolve("course.yaml"), COURSE + "group_work: true\n");
        assertEquals(0, grader("generate", "--roster", "participants.csv", "--out", "teams"), log());
        assertEquals(TreeFiles.read(dir.resolve("teams/instructor/keys/S1001/example-1-single-sample.json"))
                .get("values"), TreeFiles.read(dir.resolve("teams/instructor/keys/S1003/example-1-single-sample.json"))
                .get("values"), "asked for: one variant per group");
    }

    /** A Moodle participants export: {@code n} students in two tutorial groups. */
    private static String tutorials(int n) {
        StringBuilder b = new StringBuilder("\uFEFFFirst name,Last name,ID number,Email address,Groups\r\n");
        for (int i = 1; i <= n; i++) {
            b.append("First").append(i).append(",Last").append(i).append(",S").append(1000 + i).append(",s").append(i)
                    .append("@uni.example,Tutorial ").append(i % 2 + 1).append("\r\n");
        }
        return b.toString();
    }

    /** {@code ./grader ARGS} in another process whose working folder is {@code dir}, with GRADER_SECRET exported. */
    private int grader(String... args) throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", classpath, "backpropgrader.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("run.log").toFile());
        pb.environment().put("GRADER_SECRET", SECRET);
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the process finished");
        return p.exitValue();
    }

    private String log() throws IOException {
        return Files.readString(dir.resolve("run.log"));
    }
}
