package backpropgrader.lms;

import backpropgrader.exercise.Student;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Per LMS: a bulk download laid out as that LMS names files → matched to the LMS's roster → scored (a stand-in
 * for the grader: fixed scores per student) → exported → read back with the LMS's own rules ({@link LmsRules}):
 * every student matched, every grade equal; and the exported files equal the hand-written expected ones.
 */
class RoundTripTest {

    @TempDir
    Path dir;

    /** The stand-in grader's scores (out of 20) and comments, by position on the roster. */
    private static final double[] SCORES = {17.5, 12.25, 20, 8.125};
    private static final String[] COMMENTS = {"All correct.\nSee the feedback page.", "Check <dJ/dw> & signs."};

    @Test
    void moodleFromZipThroughWorksheetBackToEveryParticipantAndGrade() throws IOException {
        Roster roster = RosterReader.read(Resources.lms("rosters/moodle-participants.csv"));
        Path worksheet = Resources.lms("moodle/Grades-NN101-Backprop 1-42.csv");
        Path zip = Zips.ofFolder(dir.resolve("NN101-Backprop 1-42.zip"), Resources.lms("downloads/moodle-folders"),
                "UTF-8", true);
        List<GradeRow> rows;
        try (BulkDownload d = BulkDownloadReader.open(zip, roster, MoodleWorksheet.read(worksheet), ZipLimits.DEFAULT)) {
            rows = grade(roster, d);
        }
        Path out = dir.resolve("export");
        ExportResult r = LmsExporter.of(Lms.MOODLE).write(rows, ExportSettings.of("Backprop 1").withLmsFile(worksheet), out);
        assertEquals(List.of(), r.notes());
        assertEquals(4, r.grades());
        assertEquals(Map.of("101", 17.5, "205", 12.25, "150", 20.0, "177", 8.13),
                LmsRules.moodleWorksheet(out.resolve("Grades-NN101-Backprop 1-42.csv")));
        assertEquals(Map.of("101", "feedback.html", "205", "feedback.html", "150", "feedback.html", "177", "feedback.html"),
                LmsRules.moodleFeedbackZip(out.resolve("feedback-files.zip")));
        assertSameText("expected/moodle-worksheet.csv", out.resolve("Grades-NN101-Backprop 1-42.csv"));
        assertSameText("expected/moodle-gradebook-import.csv", out.resolve("gradebook-import.csv"));
    }

    @Test
    void canvasBackToEveryUserIdAndGradeUnderTheSameAssignmentId() throws IOException {
        Path gradebook = Resources.lms("rosters/canvas-gradebook.csv");
        Roster roster = RosterReader.read(gradebook);
        List<GradeRow> rows;
        try (BulkDownload d = BulkDownloadReader.open(Resources.lms("downloads/canvas"), roster)) {
            rows = grade(roster, d);
        }
        Path out = dir.resolve("export");
        ExportResult r = LmsExporter.of(Lms.CANVAS).write(rows, ExportSettings.of("Backprop 1").withLmsFile(gradebook), out);
        assertEquals(Map.of("340934", 17.5, "340935", 12.25, "340936", 20.0),
                LmsRules.canvasImport(out.resolve("gradebook-import.csv"), "4411"));
        assertEquals(Map.of("340934", "208490284", "340935", "208490301"),
                LmsRules.canvasFeedbackZip(out.resolve("feedback-files.zip")));
        assertEquals(3, r.grades());
        assertEquals(1, r.notes().size());
        assertTrue(r.notes().get(0).startsWith("S1003 (Grace Hopper): no submitted file id"), r.notes().get(0));
        assertSameText("expected/canvas-gradebook-import.csv", out.resolve("gradebook-import.csv"));
    }

    @Test
    void blackboardBackToEveryUsernameAndGradeInTheSameColumn() throws IOException {
        Path gradeCenter = Resources.lms("rosters/blackboard-grade-center.txt");
        Roster roster = RosterReader.read(gradeCenter);
        List<GradeRow> rows;
        try (BulkDownload d = BulkDownloadReader.open(Resources.lms("downloads/blackboard"), roster)) {
            assertEquals(List.of(), d.unmatched());
            rows = grade(roster, d);
        }
        Path out = dir.resolve("export");
        LmsExporter.of(Lms.BLACKBOARD).write(rows,
                ExportSettings.of("Backprop 1").withLmsFile(gradeCenter).withTabs(true), out);
        assertEquals(Map.of("alovelace", 17.5, "aturing", 12.25, "ghopper", 20.0),
                LmsRules.blackboardUpload(out.resolve("grade-center-upload.txt"), '\t', "118273"));
        assertSameText("expected/blackboard-grade-center-upload.txt", out.resolve("grade-center-upload.txt"));
    }

    /** The stand-in grader: each roster student with a submission gets their fixed score, comment and page. */
    private List<GradeRow> grade(Roster roster, BulkDownload d) throws IOException {
        List<GradeRow> rows = new ArrayList<>();
        Files.createDirectories(dir.resolve("feedback"));
        for (int i = 0; i < roster.students().size(); i++) {
            Student s = roster.students().get(i);
            LmsSubmission sub = d.forStudent(s.id()).orElse(null);
            Path page = Files.writeString(dir.resolve("feedback/" + s.id() + ".html"), "<p>" + s.id() + "</p>");
            rows.add(GradeRow.of(s, sub, sub == null ? null : SCORES[i], 20, COMMENTS[i % 2], sub == null ? null : page));
        }
        return rows;
    }

    private static void assertSameText(String expected, Path actual) throws IOException {
        assertEquals(Files.readString(Resources.lms(expected)), Files.readString(actual), expected);
    }
}
