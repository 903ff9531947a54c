package backpropgrader.lms;

import backpropgrader.kernel.BadInputException;
import backpropgrader.exercise.Student;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RosterReaderTest {

    @TempDir
    Path dir;

    @Test
    void moodleParticipantsWithBomCrlfAndGroupsTakeIdNumberAndKeepGroups() {
        Roster r = RosterReader.read(Resources.lms("rosters/moodle-participants.csv"));
        assertEquals("moodle-participants", r.kind());
        assertEquals("ID number", r.idColumn());
        assertEquals(List.of("S1001", "S1002", "S1003", "S1004"), ids(r));
        Student sean = r.find("S1004").orElseThrow();
        assertEquals("Seán O'Brien", sean.name());
        assertEquals("sean@uni.example", sean.email());
        assertEquals("Team Blue", sean.group());
        assertEquals("S1004", sean.identity(LmsIds.MOODLE_ID_NUMBER));
        assertEquals(List.of("S1001", "S1002"), r.groups().get("Team Red").stream().map(Student::id).toList());
    }

    @Test
    void moodleParticipantsNoGroupsCellMeansNoGroup() throws IOException {
        Path f = dir.resolve("participants.csv");
        Files.writeString(f, "First name,Last name,ID number,Email address,Groups\r\n"
                + "Ada,Lovelace,S1001,ada@uni.example,Team Red\r\nKurt,G\u00f6del,S1005,kurt@uni.example,No groups\r\n");
        Roster r = RosterReader.read(f);
        assertEquals("", r.find("S1005").orElseThrow().group());
        assertEquals(List.of("Team Red"), List.copyOf(r.groups().keySet()));
    }

    @Test
    void moodleGradeExportWithEmptyIdNumbersFallsBackToEmail() {
        Roster r = RosterReader.read(Resources.lms("rosters/moodle-grades.csv"));
        assertEquals("moodle-grades", r.kind());
        assertEquals("Email address", r.idColumn());
        assertEquals(List.of("ada@uni.example", "alan@uni.example"), ids(r));
        assertEquals("Alan Turing", r.find("alan@uni.example").orElseThrow().name());
    }

    @Test
    void canvasGradebookSkipsPointsPossibleAndTestStudentAndTurnsNamesAround() {
        Roster r = RosterReader.read(Resources.lms("rosters/canvas-gradebook.csv"));
        assertEquals("canvas-gradebook", r.kind());
        assertEquals("SIS User ID", r.idColumn());
        assertEquals(List.of("S1001", "S1002", "S1003"), ids(r));
        Student ada = r.find("S1001").orElseThrow();
        assertEquals("Ada Lovelace", ada.name());
        assertEquals(Map.of(LmsIds.CANVAS_USER, "340934", LmsIds.CANVAS_SIS_USER, "S1001",
                LmsIds.CANVAS_SIS_LOGIN, "alovelace", LmsIds.CANVAS_SECTION, "CS101 Lecture",
                LmsIds.CANVAS_NAME, "Lovelace, Ada"), ada.lms());
    }

    @Test
    void idColumnOptionChoosesTheCanvasUserId() {
        Roster r = RosterReader.read(Resources.lms("rosters/canvas-gradebook.csv"), "id");
        assertEquals("ID", r.idColumn());
        assertEquals(List.of("340934", "340935", "340936"), ids(r));
    }

    @Test
    void canvasGroupSetRosterKeepsGroupsAndCanvasIds() {
        Roster r = RosterReader.read(Resources.lms("rosters/canvas-groups.csv"));
        assertEquals("canvas-groups", r.kind());
        assertEquals("user_id", r.idColumn());
        Student grace = r.find("S1003").orElseThrow();
        assertEquals("Team Blue", grace.group());
        assertEquals("340936", grace.identity(LmsIds.CANVAS_USER));
        assertEquals("9002", grace.identity(LmsIds.CANVAS_GROUP));
        assertEquals(2, r.groups().get("Team Red").size());
    }

    @Test
    void blackboardTabSeparatedGradeCenterInUtf16FallsBackToUsernameWhenAStudentIdIsMissing() throws IOException {
        String text = Files.readString(Resources.lms("rosters/blackboard-grade-center.txt"));
        Path utf16 = dir.resolve("gc.xls");
        // Blackboard's tab-separated download is UTF-16LE with a BOM.
        Files.write(utf16, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
        Roster r = RosterReader.read(utf16);
        assertEquals("blackboard", r.kind());
        assertEquals("Username", r.idColumn());
        assertEquals(List.of("alovelace", "aturing", "ghopper"), ids(r));
        assertEquals("Grace Hopper", r.find("ghopper").orElseThrow().name());
        assertEquals("ghopper", r.find("ghopper").orElseThrow().identity(LmsIds.BLACKBOARD_USERNAME));
    }

    @Test
    void blackboardCommaSeparatedUserDownloadTakesStudentId() {
        Roster r = RosterReader.read(Resources.lms("rosters/blackboard-users.csv"));
        assertEquals("blackboard", r.kind());
        assertEquals("Student ID", r.idColumn());
        assertEquals("alan@uni.example", r.find("S1002").orElseThrow().email());
        assertEquals("aturing", r.find("S1002").orElseThrow().identity(LmsIds.BLACKBOARD_USERNAME));
    }

    @Test
    void plainRostersInAnyColumnOrderAndSeparator() {
        Roster plain = RosterReader.read(Resources.lms("rosters/plain.csv"));
        assertEquals("plain", plain.kind());
        assertEquals(List.of(new Student("s1", "Ada Lovelace", "ada@uni.example"),
                new Student("s2", "Alan Turing", "alan@uni.example")), plain.students());
        Roster semi = RosterReader.read(Resources.lms("rosters/plain-semicolon.csv"));
        assertEquals("student", semi.idColumn());
        assertEquals("Lovelace; Ada", semi.find("s1").orElseThrow().name());
    }

    @Test
    void windows1252RosterKeepsAccentedNames() throws IOException {
        Path f = dir.resolve("latin.csv");
        Files.write(f, "id,name\ns1,Se\u00e1n M\u00fcller\n".getBytes("windows-1252"));
        assertEquals("Seán Müller", RosterReader.read(f).find("s1").orElseThrow().name());
    }

    @Test
    void duplicateIdNamesBothLines() throws IOException {
        Path f = write("id,name\ns1,A\ns2,B\ns1,C\n");
        BadInputException e = assertThrows(BadInputException.class, () -> RosterReader.read(f));
        assertTrue(e.getMessage().contains("line 4: the student id 's1' is already on line 2"), e.getMessage());
    }

    @Test
    void emptyIdWithAChosenColumnNamesTheLine() throws IOException {
        Path f = write("First name,Last name,ID number,Email address\nAda,Lovelace,S1,a@x\nAlan,Turing,,b@x\n");
        BadInputException e = assertThrows(BadInputException.class, () -> RosterReader.read(f, "ID number"));
        assertTrue(e.getMessage().contains("line 3: expected a student id in column 'ID number', found an empty cell"),
                e.getMessage());
    }

    @Test
    void unknownIdColumnListsTheHeader() throws IOException {
        Path f = write("id,name\ns1,A\n");
        BadInputException e = assertThrows(BadInputException.class, () -> RosterReader.read(f, "matric"));
        assertTrue(e.getMessage().endsWith("line 1: expected a column named 'matric' (--id-column), found [id, name]."),
                e.getMessage());
    }

    @Test
    void quotedFieldAcrossLinesKeepsTheLineNumbersRight() throws IOException {
        Path f = write("id,name\ns1,\"Ada\nLovelace\"\n,B\n");
        BadInputException e = assertThrows(BadInputException.class, () -> RosterReader.read(f));
        assertTrue(e.getMessage().contains("line 4:"), e.getMessage());
    }

    private Path write(String text) throws IOException {
        Path f = dir.resolve("roster.csv");
        Files.writeString(f, text);
        return f;
    }

    private static List<String> ids(Roster r) {
        return r.students().stream().map(Student::id).toList();
    }
}
