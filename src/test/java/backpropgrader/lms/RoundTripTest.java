package backpropgrader.lms;

import backpropgrader.exercise.Student;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /**
     * Moodle 4.5 writes {@code Maximum grade} where 4.2 wrote {@code Maximum Grade}: the maximum (100 here) is read
     * all the same, and the scores, out of 20 here, are scaled to it — Moodle stores what it is given.
     */
    @Test
    void moodle45WorksheetsMaximumGradeIsReadAndEveryGradeScaledToIt() throws IOException {
        Path worksheet = Resources.lms("moodle/Grades-NN101-Backprop 1-45.csv");
        ExportResult r = moodle(worksheet, ExportSettings.of("Backprop 1"));
        assertEquals(Map.of("101", 87.5, "205", 61.25, "150", 100.0, "177", 40.63),
                LmsRules.moodleWorksheet(dir.resolve("export/Grades-NN101-Backprop 1-45.csv")));
        assertTrue(r.notes().contains("Scores are out of 20 here and out of 100 in the LMS; they were scaled to the"
                + " LMS's."), r.notes().toString());
    }

    /** --locale de writes the comments' numbers the German way; the grade keeps its point, which every site reads. */
    @Test
    void aGermanLocaleLeavesMoodlesGradesWithADecimalPointThatAnEnglishSiteReadsWhole() throws IOException {
        Path worksheet = Resources.lms("moodle/Grades-NN101-Backprop 1-42.csv");
        moodle(worksheet, ExportSettings.of("Backprop 1").withLocale(Locale.GERMAN));
        Path out = dir.resolve("export/Grades-NN101-Backprop 1-42.csv");
        assertEquals(Map.of("101", 17.5, "205", 12.25, "150", 20.0, "177", 8.13), LmsRules.moodleWorksheet(out));
        assertEquals(17.0, LmsRules.unformatFloat("17,50", '.'), "what a decimal comma would have become");
    }

    /**
     * A German Moodle writes German headers (ID, Bewertung, Bestwertung, …), its own participant prefix
     * ("Teilnehmer/in101") and a decimal comma in the maximum: read as it is, filled in under the same headers,
     * and read back by a German site's importer.
     */
    @Test
    void aGermanWorksheetIsFilledInUnderItsOwnHeadersAndReadBackByAGermanSite() throws IOException {
        Path worksheet = Resources.lms("moodle/Bewertungen-NN101-Backprop 1-42.csv");
        ExportResult r = moodle(worksheet, ExportSettings.of("Backprop 1"));
        Path out = dir.resolve("export/Bewertungen-NN101-Backprop 1-42.csv");
        assertEquals(Map.of("101", 17.5, "205", 12.25, "150", 20.0, "177", 8.13),
                LmsRules.moodleWorksheet(out, LmsRules.MoodleSite.GERMAN));
        List<List<String>> rows = LmsRules.rows(out, ',');
        List<String> downloaded = new ArrayList<>(LmsRules.rows(worksheet, ',').get(0));
        downloaded.set(0, downloaded.get(0).replace("\uFEFF", "")); // the byte-order mark is no cell
        assertEquals(downloaded, rows.get(0), "the headers as Moodle wrote them");
        assertEquals(List.of("Teilnehmer/in205", "Alan Turing", "alan@uni.example", "Zur Bewertung abgegeben -"
                + " Bewertet", "12.25", "20,00", "Ja", "Montag, 4. März 2024, 20:10", "Mittwoch, 6. März 2024, 14:15",
                "Check &lt;dJ/dw&gt; &amp; signs.<br>Item-by-item feedback and the worked solution: the attached"
                + " feedback file feedback.html."), rows.get(4), "every cell kept but Grade and the feedback");
        assertEquals(List.of(), r.notes());
    }

    /** A language the tool has no strings for: the columns by Moodle's order, and a note saying so. */
    @Test
    void aWorksheetInAnotherLanguageIsReadByMoodlesColumnOrderWithANote() throws IOException {
        Path worksheet = Resources.lms("moodle/Calificaciones-NN101-Backprop 1-42.csv");
        ExportResult r = moodle(worksheet, ExportSettings.of("Backprop 1"));
        List<List<String>> rows = LmsRules.rows(dir.resolve("export/Calificaciones-NN101-Backprop 1-42.csv"), ',');
        assertEquals(List.of("Participante 101", "17.50"), List.of(rows.get(1).get(0), rows.get(1).get(4)));
        assertTrue(r.notes().get(0).endsWith("the worksheet's headers are in a language the tool does not know, so"
                + " its columns were taken by the order Moodle writes them: Identificador as Identifier, Calificación"
                + " as Grade, Calificación máxima as the maximum grade, Última modificación (calificación) as Last"
                + " modified (grade); feedback comments and submission times were not read. Check those columns"
                + " before uploading."), r.notes().get(0));
    }

    /** The Moodle round trip over {@code worksheet}, from the folder download, with the stand-in scores. */
    private ExportResult moodle(Path worksheet, ExportSettings settings) throws IOException {
        Roster roster = RosterReader.read(Resources.lms("rosters/moodle-participants.csv"));
        List<GradeRow> rows;
        try (BulkDownload d = BulkDownloadReader.open(Resources.lms("downloads/moodle-folders"), roster,
                MoodleWorksheet.read(worksheet), ZipLimits.DEFAULT)) {
            rows = grade(roster, d);
        }
        Path out = dir.resolve("export");
        ExportResult r = LmsExporter.of(Lms.MOODLE).write(rows, settings.withLmsFile(worksheet), out);
        assertEquals(Map.of("101", "feedback.html", "205", "feedback.html", "150", "feedback.html", "177",
                "feedback.html"), LmsRules.moodleFeedbackZip(out.resolve("feedback-files.zip")));
        return r;
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
