package backpropgrader.stage;

import backpropgrader.cli.ExitCodes;
import backpropgrader.kernel.TreeFiles;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code generate} with a roster's groups: one variant per group, each member in their own folder under their own id. */
class GroupWorkGenerateTest {

    static final String GROUPED = "id,name,email,group\ns1,Ada Lovelace,ada@uni.example,Team Red\n"
            + "s2,Alan Turing,alan@uni.example,Team Red\ns3,Grace Hopper,grace@uni.example,Team Blue\n"
            + "s4,Kurt Gödel,kurt@uni.example,\n";
    static final String UNGROUPED = "id,name,email\ns1,Ada Lovelace,ada@uni.example\ns2,Alan Turing,alan@uni.example\n"
            + "s3,Grace Hopper,grace@uni.example\ns4,Kurt Gödel,kurt@uni.example\n";

    @TempDir
    Path dir;
    GenerateFixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new GenerateFixture(dir);
    }

    private int generateInto(String out) {
        return fx.run("generate", "--roster", dir.resolve("roster.csv").toString(), "--out", dir.resolve(out).toString(),
                "--course", dir.resolve("course.yaml").toString());
    }

    private JsonNode key(String out, String student, String exercise) {
        return TreeFiles.read(dir.resolve(out).resolve("instructor/keys/" + student + "/" + exercise + ".json"));
    }

    /** The key's "values" exactly as written: every quantity of the variant. */
    private String values(String out, String student, String exercise) throws IOException {
        return TreeFiles.JSON.writeValueAsString(key(out, student, exercise).get("values"));
    }

    private void groupWork(String setting) throws IOException {
        Files.writeString(dir.resolve("course.yaml"), Files.readString(dir.resolve("course.yaml")) + setting + "\n");
    }

    @Test
    void membersOfAGroupGetTheGroupsNumbersInTheirOwnFolders() throws IOException {
        groupWork("group_work: true");
        fx.roster(GROUPED);
        assertEquals(0, generateInto("out"), fx.err);
        assertTrue(fx.out.contains("\n  2 groups: one variant per group (1–2 members each; 1 student without a group"
                + " has their own); group_work: false in the course file gives everyone their own.\n"), fx.out);
        for (String e : GenerateCommandTest.EXERCISES) {
            assertEquals(values("out", "s1", e), values("out", "s2", e), e + ": the same numbers in one group");
            assertEquals(key("out", "s1", e).get("answers"), key("out", "s2", e).get("answers"), e);
            assertNotEquals(values("out", "s1", e), values("out", "s3", e), e + ": another group, other numbers");
            assertNotEquals(values("out", "s1", e), values("out", "s4", e), e);
            JsonNode k = key("out", "s2", e);
            assertEquals("s2", k.get("student").asText());
            assertEquals("Team Red", k.get("group").asText());
            assertEquals("group:Team Red", k.get("provenance").get("variant_owner").asText());
            assertTrue(k.get("provenance").get("seed").asText().contains("group:<group name>"));
            assertNull(key("out", "s4", e).get("group"), "no group, no group field");
            assertEquals("s4", key("out", "s4", e).get("provenance").get("variant_owner").asText());
        }
        assertEquals("s2", TreeFiles.read(fx.out("students/s2/answers-blank.json")).get("student").asText());
        String text = Files.readString(fx.out("students/s2/answers-blank.txt"));
        assertTrue(text.contains("\nstudent = s2\n"), text);
        assertTrue(text.contains("# Group work: group Team Red has the same numbers; one answers file for the group is"
                + " enough,\n# handed in by any member under their own id.\n"), text);
        String sheet = Files.readString(fx.out("students/s2/sheet.html"));
        assertTrue(sheet.contains("For <strong>Alan Turing</strong> <span class=\"student-id\">(s2)</span>"), sheet);
        assertTrue(sheet.contains("<strong>group work</strong>, group <strong class=\"group\">Team Red</strong>"), sheet);
        assertFalse(sheet.contains("yours alone"), sheet);
        assertTrue(Files.readString(fx.out("students/s4/sheet.html")).contains("these numbers are yours alone"));
        assertFalse(Files.readString(fx.out("students/s4/answers-blank.txt")).contains("Group work"));
        String solutions = Files.readString(fx.out("instructor/solutions/s1.html"));
        assertTrue(solutions.contains("· group <strong class=\"group\">Team Red</strong> (the same variant for every"
                + " member)"), solutions);
    }

    @Test
    void studentsWithoutAGroupAndGroupWorkFalseKeepTheirPersonalVariants() throws IOException {
        fx.roster(UNGROUPED);
        assertEquals(0, generateInto("plain"), fx.err);
        assertFalse(fx.out.contains("group"), fx.out);
        fx.roster(GROUPED);
        assertEquals(0, generateInto("unset"), fx.err);
        assertTrue(fx.out.contains("\n  The roster has a group column (2 groups); everyone works a personal variant."
                + " Write group_work: true in the course file for one variant per group — and an assignment generated"
                + " by an earlier version from this roster needs group_work: true to keep its variants.\n"), fx.out);
        Map<String, String> plain = GenerateFixture.tree(dir.resolve("plain"));
        Map<String, String> unset = GenerateFixture.tree(dir.resolve("unset"));
        assertEquals(plain.keySet(), unset.keySet());
        plain.forEach((f, text) -> assertEquals(text, unset.get(f), f + ": a group column alone gives personal"
                + " variants"));
        groupWork("group_work: true");
        assertEquals(0, generateInto("grouped"), fx.err);
        Map<String, String> grouped = GenerateFixture.tree(dir.resolve("grouped"));
        plain.keySet().stream().filter(f -> f.contains("s4")).forEach(f ->
                assertEquals(plain.get(f), grouped.get(f), f + ": a student without a group is unchanged"));
        Files.writeString(dir.resolve("course.yaml"), Files.readString(dir.resolve("course.yaml"))
                .replace("group_work: true\n", ""));

        groupWork("group_work: false");
        assertEquals(0, generateInto("off"), fx.err);
        assertFalse(fx.out.contains("group"), fx.out);
        Map<String, String> off = GenerateFixture.tree(dir.resolve("off"));
        assertEquals(plain.keySet(), off.keySet());
        plain.forEach((f, text) -> assertEquals(text, off.get(f), f + ": group_work: false gives personal variants"));
    }

    @Test
    void groupWorkTrueWithARosterWithoutGroupsIsAnError() throws IOException {
        groupWork("group_work: true");
        fx.roster(UNGROUPED);
        assertEquals(ExitCodes.BAD_INPUT, generateInto("out"));
        assertTrue(fx.err.contains("course.yaml: group_work: expected a roster with groups (a group column: Moodle"
                + " 'Groups', Canvas 'group_name' or plain 'group', filled in for at least one student), found none in "
                + dir.resolve("roster.csv") + "."), fx.err);
        assertFalse(Files.exists(dir.resolve("out/students")), "nothing written");
        fx.roster(GROUPED);
        assertEquals(0, generateInto("out"), fx.err);
        assertEquals(values("out", "s1", "quiz-1.3-batch-sigmoid"), values("out", "s2", "quiz-1.3-batch-sigmoid"));
    }

    @Test
    void onlyOneMemberRedoneGetsTheSameGroupVariant() throws IOException {
        groupWork("group_work: true");
        fx.roster(GROUPED);
        assertEquals(0, generateInto("full"), fx.err);
        assertEquals(0, fx.run("generate", "--roster", dir.resolve("roster.csv").toString(), "--out",
                dir.resolve("one").toString(), "--course", dir.resolve("course.yaml").toString(), "--only", "s2"), fx.err);
        Map<String, String> full = GenerateFixture.tree(dir.resolve("full/instructor/keys/s2"));
        assertEquals(full, GenerateFixture.tree(dir.resolve("one/instructor/keys/s2")));
    }

    @Test
    void aGroupNameIsEscapedOnPagesAndKeptOnOneLineInAnswersTxt() throws IOException {
        groupWork("group_work: true");
        fx.roster("id,name,group\ns1,Ada,\"<b>Team</b> & \nfriends\"\ns2,Alan,\"<b>Team</b> & \nfriends\"\n");
        assertEquals(0, generateInto("out"), fx.err);
        String sheet = Files.readString(fx.out("students/s1/sheet.html"));
        assertFalse(sheet.contains("<b>Team</b>"), "a group name is text, not markup");
        assertTrue(sheet.contains("&lt;b&gt;Team&lt;/b&gt; &amp;"), sheet);
        assertFalse(Files.readString(fx.out("instructor/solutions/s2.html")).contains("<b>Team</b>"));
        assertTrue(Files.readString(fx.out("students/s2/answers-blank.txt")).contains("# Group work: group <b>Team</b> &  friends"
                + " has the same numbers;"));
        assertEquals(values("out", "s1", "example-1-single-sample"), values("out", "s2", "example-1-single-sample"));
    }

    @Test
    void aMoodleParticipantsRosterWithGroupsDrivesIt() throws IOException {
        groupWork("group_work: true");
        Files.write(dir.resolve("roster.csv"), ("\uFEFFFirst name,Last name,ID number,Email address,Groups\r\n"
                + "Ada,Lovelace,S1001,ada@uni.example,Team Red\r\nAlan,Turing,S1002,alan@uni.example,Team Red\r\n"
                + "Grace,Hopper,S1003,grace@uni.example,Team Blue\r\nKurt,Gödel,S1005,kurt@uni.example,No groups\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(0, generateInto("out"), fx.err);
        assertTrue(fx.out.contains("ids from column 'ID number'"), fx.out);
        assertTrue(fx.out.contains("  2 groups: one variant per group (1–2 members each; 1 student without a group has"
                + " their own)"), fx.out);
        for (String e : GenerateCommandTest.EXERCISES) {
            assertEquals(values("out", "S1001", e), values("out", "S1002", e), e);
            assertNotEquals(values("out", "S1001", e), values("out", "S1003", e), e);
            assertEquals("S1005", key("out", "S1005", e).get("provenance").get("variant_owner").asText(), e);
        }
        assertTrue(Files.readString(fx.out("students/S1002/sheet.html")).contains("For <strong>Alan Turing</strong>"));
    }

    @Test
    void aCanvasGroupSetRosterDrivesIt() throws IOException {
        groupWork("group_work: true");
        fx.roster("name,canvas_user_id,user_id,login_id,sections,group_name,canvas_group_id,group_id\n"
                + "Ada Lovelace,340934,S1001,alovelace,CS101 Lecture,Team Red,9001,\n"
                + "Alan Turing,340935,S1002,aturing,CS101 Lecture,Team Red,9001,\n"
                + "Grace Hopper,340936,S1003,ghopper,CS101 Lecture,Team Blue,9002,\n"
                + "Kurt Gödel,340937,S1005,kgoedel,CS101 Lecture,,,\n");
        assertEquals(0, generateInto("out"), fx.err);
        assertTrue(fx.out.contains("ids from column 'user_id'"), fx.out);
        assertTrue(fx.out.contains("  2 groups: one variant per group"), fx.out);
        for (String e : GenerateCommandTest.EXERCISES) {
            assertEquals(values("out", "S1001", e), values("out", "S1002", e), e);
            assertEquals("Team Red", key("out", "S1002", e).get("group").asText(), e);
            assertNotEquals(values("out", "S1001", e), values("out", "S1003", e), e);
        }
        // The same class in a plain roster with the same groups gives the same variants: only the group name counts.
        fx.roster("id,name,group\nS1001,Ada Lovelace,Team Red\nS1003,Grace Hopper,Team Blue\nS1005,Kurt Gödel,\n");
        assertEquals(0, generateInto("plain"), fx.err);
        for (String e : GenerateCommandTest.EXERCISES) {
            assertEquals(values("out", "S1002", e), values("plain", "S1001", e), e);
            assertEquals(values("out", "S1005", e), values("plain", "S1005", e), e);
        }
    }
}
