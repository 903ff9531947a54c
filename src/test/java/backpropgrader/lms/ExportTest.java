package backpropgrader.lms;

import backpropgrader.kernel.BadInputException;
import backpropgrader.exercise.Student;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportTest {

    @TempDir
    Path dir;

    @Test
    void scoresRoundHalfUpWithTheLocalesSeparator() {
        assertEquals("8.13", Scores.format(8.125, 2, false, Locale.ROOT));
        assertEquals("17,50", Scores.format(17.5, 2, false, Locale.GERMAN));
        assertEquals("17.5", Scores.format(17.5, 2, true, Locale.ENGLISH));
        assertEquals("20", Scores.format(20, 2, true, Locale.ROOT));
        assertEquals("0.00", Scores.format(-0.001, 2, false, Locale.ROOT));
    }

    @Test
    void moodleWithoutWorksheetUsesTheDownloadsParticipantIdsAndSaysWhatItCannotKnow() throws IOException {
        GradeRow ada = row("S1001", "Ada Lovelace", Map.of(LmsIds.MOODLE_PARTICIPANT, "101"), 17.5);
        GradeRow alan = row("S1002", "Alan Turing", Map.of(), 12.0);
        ExportResult r = LmsExporter.of(Lms.MOODLE).write(List.of(ada, alan),
                ExportSettings.of("Backprop 1").withLocale(Locale.GERMAN).withMaximum(20), dir);
        // Moodle's grades always with a decimal point, whatever --locale says (it changes text for people only).
        assertEquals("Identifier,Full name,Email address,Grade,Maximum Grade,Last modified (grade),Feedback comments\r\n"
                        + "Participant 101,Ada Lovelace,,17.50,20.00,-,Fine.\r\n",
                Files.readString(dir.resolve("grading-worksheet.csv")));
        assertEquals(Map.of("101", 17.5), LmsRules.moodleWorksheet(dir.resolve("grading-worksheet.csv")));
        assertEquals(List.of(new ExportResult.Count(dir.resolve("feedback-files.zip"), 0, "feedback page"),
                new ExportResult.Count(dir.resolve("gradebook-import.csv"), 2, "grade"),
                new ExportResult.Count(dir.resolve("grading-worksheet.csv"), 1, "grade")), r.counts(),
                "what each file holds, as written");
        assertEquals(2, r.grades(), "both grades reach Moodle, through gradebook-import.csv");
        assertTrue(r.notes().get(0).startsWith("S1002 (Alan Turing) has no Moodle participant id"), r.notes().toString());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("'Allow updating records")), r.notes().toString());
    }

    @Test
    void moodleScalesToTheWorksheetsMaximumAndGivesAGroupOneFeedbackFile() throws IOException {
        Path ws = Files.writeString(dir.resolve("Grades-x-1.csv"), "Identifier,Full name,Email address,Grade,"
                + "Maximum Grade,Last modified (grade)\nParticipant 5,Ada Lovelace,a@x,,100.00,-\n"
                + "Participant 6,Alan Turing,b@x,,100.00,-\n");
        Path page = Files.writeString(dir.resolve("team.html"), "<p>team</p>");
        Map<String, String> team = Map.of(LmsIds.MOODLE_GROUP, "7", LmsIds.MOODLE_NAME, "Team Red");
        GradeRow ada = new GradeRow("S1", "Ada Lovelace", "a@x", team, 15.0, 20, "", page, false);
        GradeRow alan = new GradeRow("S2", "Alan Turing", "b@x", team, 15.0, 20, "", page, false);
        Path out = dir.resolve("out");
        ExportResult r = LmsExporter.of(Lms.MOODLE).write(List.of(ada, alan),
                ExportSettings.of("Backprop 1").withLmsFile(ws), out);
        assertEquals(Map.of("5", 75.0, "6", 75.0), LmsRules.moodleWorksheet(out.resolve("Grades-x-1.csv")));
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("Scores are out of 20 here and out of 100")));
        assertEquals(List.of("Team Red_7_assignsubmission_file_feedback.html"),
                LmsRules.entries(out.resolve("feedback-files.zip")));
    }

    @Test
    void canvasWithoutGradebookWarnsThatATitleAloneMayCreateAnAssignment() throws IOException {
        GradeRow ada = row("S1001", "Ada Lovelace", Map.of(LmsIds.CANVAS_USER, "340934"), 17.456);
        GradeRow nobody = row("S9", "No Body", Map.of(), 3.0);
        ExportResult r = LmsExporter.of(Lms.CANVAS).write(List.of(ada, nobody), ExportSettings.of("Backprop 1")
                .withMaximum(20), dir);
        assertEquals("Student,ID,SIS User ID,SIS Login ID,Section,Backprop 1\r\n\"Lovelace, Ada\",340934,,,,17.46\r\n",
                Files.readString(dir.resolve("gradebook-import.csv")));
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("S9 (No Body) has no Canvas user id")));
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("else creates a new assignment")));
    }

    @Test
    void canvasUnknownAssignmentListsTheGradebooksAssignments() {
        BadInputException e = assertThrows(BadInputException.class, () -> LmsExporter.of(Lms.CANVAS).write(List.of(),
                ExportSettings.of("Backprop 9").withLmsFile(Resources.lms("rosters/canvas-gradebook.csv")), dir));
        assertTrue(e.getMessage().endsWith("line 1: expected an assignment column for 'Backprop 9', found"
                + " [Backprop 1 (4411), Quiz 2 (4412)]."), e.getMessage());
    }

    @Test
    void blackboardCommaSeparatedQuotesEveryFieldAndFallsBackToTheRosterId() throws IOException {
        GradeRow ada = row("alovelace", "Ada Lovelace", Map.of(), 17.5);
        ExportResult r = LmsExporter.of(Lms.BLACKBOARD).write(List.of(ada), ExportSettings.of("Backprop 1 |118273")
                .withMaximum(20), dir);
        assertEquals("\"Username\",\"Backprop 1 |118273\",\"Feedback to Learner\",\"Feedback Format\"\r\n"
                + "\"alovelace\",\"17.5\",\"Fine.\",\"HTML\"\r\n", Files.readString(dir.resolve("grade-center-upload.csv")));
        assertEquals(Map.of("alovelace", 17.5), LmsRules.blackboardUpload(dir.resolve("grade-center-upload.csv"), ',', "118273"));
        assertEquals(1, r.notes().size());
    }

    @Test
    void feedbackZipIsByteIdenticalInAnyTimeZone() throws IOException {
        Path page = Files.writeString(dir.resolve("p.html"), "<p>x</p>");
        GradeRow ada = new GradeRow("S1", "Ada", "", Map.of(LmsIds.MOODLE_PARTICIPANT, "5"), 1.0, 2, "", page, false);
        TimeZone before = TimeZone.getDefault();
        byte[][] zips = new byte[2][];
        try {
            for (int i = 0; i < 2; i++) {
                TimeZone.setDefault(TimeZone.getTimeZone(i == 0 ? "UTC" : "Asia/Tokyo"));
                LmsExporter.of(Lms.MOODLE).write(List.of(ada), ExportSettings.of("A").withMaximum(2), dir.resolve("o" + i));
                zips[i] = Files.readAllBytes(dir.resolve("o" + i + "/feedback-files.zip"));
            }
        } finally {
            TimeZone.setDefault(before);
        }
        assertTrue(Arrays.equals(zips[0], zips[1]));
    }

    @Test
    void aFailedExportLeavesNoFileBehind() throws IOException {
        GradeRow ada = new GradeRow("S1", "Ada", "", Map.of(LmsIds.MOODLE_PARTICIPANT, "5"), 1.0, 2, "",
                dir.resolve("missing.html"), false);
        Path out = dir.resolve("out");
        assertThrows(java.io.UncheckedIOException.class, () -> LmsExporter.of(Lms.MOODLE).write(List.of(ada),
                ExportSettings.of("A").withMaximum(2), out));
        try (var files = Files.list(out)) {
            assertEquals(List.of(), files.toList());
        }
    }

    private static GradeRow row(String id, String name, Map<String, String> ids, double score) {
        return GradeRow.of(new Student(id, name, "", "", ids), null, score, 20, "Fine.", null);
    }
}
