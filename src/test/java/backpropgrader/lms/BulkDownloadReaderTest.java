package backpropgrader.lms;

import backpropgrader.kernel.OnlineText;

import backpropgrader.kernel.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BulkDownloadReaderTest {

    @TempDir
    Path dir;

    private final Roster moodle = RosterReader.read(Resources.lms("rosters/moodle-participants.csv"));

    @Test
    void moodleFoldersMatchByFullNameAndKeepTheParticipantId() {
        try (BulkDownload d = BulkDownloadReader.open(Resources.lms("downloads/moodle-folders"), moodle)) {
            assertEquals(Lms.MOODLE, d.lms());
            Map<String, LmsSubmission> by = byStudent(d);
            assertEquals(List.of("S1001", "S1002", "S1003", "S1004"), List.copyOf(by.keySet()));
            LmsSubmission ada = by.get("S1001");
            assertEquals("Ada Lovelace_101_assignsubmission_file/answers.json", ada.entry());
            assertEquals("101", ada.lms().get(LmsIds.MOODLE_PARTICIPANT));
            assertTrue(ada.note().contains("left Ada Lovelace_101_assignsubmission_file/photo-of-working.jpg"), ada.note());
            assertEquals("answers.txt", by.get("S1002").original());
            assertEquals("205", by.get("S1002").lms().get(LmsIds.MOODLE_PARTICIPANT));
            assertEquals(LmsSubmission.ONLINE_TEXT, by.get("S1003").kind());
            assertEquals("177", by.get("S1004").lms().get(LmsIds.MOODLE_PARTICIPANT), "apostrophe dropped by Moodle");
            LmsSubmission stranger = d.unmatched().get(0);
            assertEquals("999", stranger.lms().get(LmsIds.MOODLE_PARTICIPANT));
            assertEquals("no student on the roster matches the name 'Nobody Known'", stranger.problem());
            assertTrue(d.submissions().stream().noneMatch(s -> s.entry().contains("__MACOSX")));
        }
    }

    @Test
    void moodleFlatFilesReadLikeFolders() {
        try (BulkDownload d = BulkDownloadReader.open(Resources.lms("downloads/moodle-flat"), moodle)) {
            Map<String, LmsSubmission> by = byStudent(d);
            assertEquals("answers.json", by.get("S1001").original());
            assertEquals("onlinetext.html", by.get("S1002").original());
            assertEquals(LmsSubmission.ONLINE_TEXT, by.get("S1002").kind());
        }
    }

    @Test
    void moodleBlindMarkingKeepsParticipantIdsAndMapsOnlyThroughTheWorksheet() {
        try (BulkDownload d = BulkDownloadReader.open(Resources.lms("downloads/moodle-blind"), moodle)) {
            assertEquals(2, d.unmatched().size());
            assertTrue(d.unmatched().get(0).problem().startsWith("the download is blind-marked"));
            assertEquals("101", d.unmatched().get(0).lms().get(LmsIds.MOODLE_PARTICIPANT));
        }
        MoodleWorksheet ws = MoodleWorksheet.read(Resources.lms("moodle/Grades-NN101-Backprop 1-42.csv"));
        try (BulkDownload d = BulkDownloadReader.open(Resources.lms("downloads/moodle-blind"), moodle, ws,
                ZipLimits.DEFAULT)) {
            assertEquals(List.of("S1001", "S1002"), List.copyOf(byStudent(d).keySet()));
        }
    }

    @Test
    void moodleGroupFoldersCountForEveryMember() {
        try (BulkDownload d = BulkDownloadReader.open(Resources.lms("downloads/moodle-groups"), moodle)) {
            LmsSubmission red = d.forStudent("S1002").orElseThrow();
            assertEquals("Team Red", red.group());
            assertNull(red.student());
            assertEquals(List.of("S1001", "S1002"), red.members());
            assertEquals("7", red.lms().get(LmsIds.MOODLE_GROUP));
            assertNull(red.lms().get(LmsIds.MOODLE_PARTICIPANT));
            assertEquals(List.of("S1003", "S1004"), d.forStudent("S1004").orElseThrow().members());
        }
    }

    @Test
    void canvasMatchesByUserIdTakesTheLaterUploadAndCarriesLate() {
        Roster canvas = RosterReader.read(Resources.lms("rosters/canvas-gradebook.csv"));
        try (BulkDownload d = BulkDownloadReader.open(Resources.lms("downloads/canvas"), canvas)) {
            assertEquals(Lms.CANVAS, d.lms());
            Map<String, LmsSubmission> by = byStudent(d);
            assertEquals(List.of("S1001", "S1002", "S1003"), List.copyOf(by.keySet()));
            LmsSubmission alan = by.get("S1002");
            assertEquals("turingalan_LATE_340935_208490301_answers-1.json", alan.entry());
            assertTrue(alan.late());
            assertEquals(Map.of(LmsIds.CANVAS_USER, "340935", LmsIds.CANVAS_FILE, "208490301",
                    LmsIds.CANVAS_FILE_NAME, "turingalan"), alan.lms());
            assertFalse(by.get("S1001").late());
            assertEquals(LmsSubmission.ONLINE_TEXT, by.get("S1003").kind());
        }
    }

    @Test
    void canvasWithAPlainRosterMatchesByTheNameInTheFileName() {
        Roster plain = RosterReader.read(Resources.lms("rosters/plain.csv"));
        try (BulkDownload d = BulkDownloadReader.open(Resources.lms("downloads/canvas"), plain)) {
            assertEquals(List.of("s1", "s2"), List.copyOf(byStudent(d).keySet()));
            assertEquals("340934", d.forStudent("s1").orElseThrow().lms().get(LmsIds.CANVAS_USER));
        }
    }

    @Test
    void canvasAnonymousGradingNamesNoOneButKeepsTheAnonymousId() {
        Roster canvas = RosterReader.read(Resources.lms("rosters/canvas-gradebook.csv"));
        try (BulkDownload d = BulkDownloadReader.open(Resources.lms("downloads/canvas-anonymous"), canvas)) {
            assertEquals(2, d.unmatched().size());
            LmsSubmission q = d.unmatched().get(0);
            assertEquals("q9w3e", q.lms().get(LmsIds.CANVAS_ANONYMOUS));
            assertTrue(q.late());
            assertTrue(q.problem().startsWith("the download is anonymous"));
        }
    }

    @Test
    void blackboardTakesTheLatestAttemptThroughTheInfoFilesEvenWhenLocalised() throws IOException {
        Roster bb = RosterReader.read(Resources.lms("rosters/blackboard-users.csv"));
        try (BulkDownload d = BulkDownloadReader.open(Resources.lms("downloads/blackboard"), bb)) {
            assertEquals(Lms.BLACKBOARD, d.lms());
            LmsSubmission ada = d.forStudent("S1001").orElseThrow();
            assertEquals("2024-03-05-09-00-00", ada.attempt());
            assertTrue(Files.readString(ada.file()).contains("1.25"));
            assertTrue(ada.note().contains("the latest of 2 attempts"), ada.note());
            LmsSubmission alan = d.forStudent("S1002").orElseThrow();
            assertEquals("meine antworten.json", alan.original());
            assertEquals("aturing", alan.lms().get(LmsIds.BLACKBOARD_USERNAME));
            LmsSubmission grace = d.unmatched().get(0);
            assertEquals(LmsSubmission.INFO_TEXT, grace.kind());
            assertTrue(grace.problem().contains("'ghopper' (Grace Hopper)"), grace.problem());
            assertTrue(d.notes().stream().noneMatch(n -> n.contains("not named the way")), d.notes().toString());
        }
    }

    @Test
    void theZipItselfReadsLikeTheFolderAndItsTemporaryCopyGoesOnClose() throws IOException {
        Path zip = Zips.ofFolder(dir.resolve("NN101-Backprop 1-42.zip"), Resources.lms("downloads/moodle-folders"),
                "IBM437", false);
        Path unpacked;
        try (BulkDownload d = BulkDownloadReader.open(zip, moodle)) {
            unpacked = d.folder();
            assertEquals(List.of("S1001", "S1002", "S1003", "S1004"), List.copyOf(byStudent(d).keySet()));
            assertEquals("177", d.forStudent("S1004").orElseThrow().lms().get(LmsIds.MOODLE_PARTICIPANT));
        }
        assertFalse(Files.exists(unpacked));
    }

    @Test
    void plainFolderPassesFilesThroughWithTheFileNameAsTheHint() throws IOException {
        Files.writeString(dir.resolve("s1.json"), "{}");
        Files.writeString(dir.resolve("S2.txt"), "x = 1");
        Files.writeString(dir.resolve("whoever.json"), "{}");
        Roster plain = RosterReader.read(Resources.lms("rosters/plain.csv"));
        try (BulkDownload d = BulkDownloadReader.open(dir, plain)) {
            assertEquals(Lms.NONE, d.lms());
            assertEquals(List.of("s1", "s2"), List.copyOf(byStudent(d).keySet()));
            assertTrue(d.unmatched().get(0).problem().contains("'whoever' is no roster id"));
        }
        assertTrue(Files.exists(dir.resolve("s1.json")), "a folder given as it is stays");
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws IOException {
        Path f = Files.writeString(dir.resolve("subs.csv"), "student\n");
        BadInputException e = assertThrows(BadInputException.class, () -> BulkDownloadReader.open(f, moodle));
        assertTrue(e.getMessage().endsWith("found a file that is not a zip."), e.getMessage());
    }

    @Test
    void aStudentWhoLeavesThousandsOfFilesGetsANoteNamingTwentyOfThem() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("dl/Ada Lovelace_101_assignsubmission_file"));
        Files.writeString(folder.resolve("answers.json"), "{}");
        for (int i = 0; i < 1_000; i++) {
            Files.writeString(folder.resolve("scan-" + i + ".png"), "");
        }
        try (BulkDownload d = BulkDownloadReader.open(dir.resolve("dl"), moodle)) {
            String note = d.notes().stream().filter(n -> n.contains("took")).findFirst().orElseThrow();
            assertTrue(note.endsWith(" and 980 more."), note);
            assertTrue(note.length() < 2_000, note.length() + " characters");
        }
    }

    @Test
    void onlineTextHtmlTurnsBackIntoTheLinesTyped() {
        assertEquals("[lecture-example-1]\nz[1]_1 = 1.25\nw &lt; 2 −0.5\n",
                OnlineText.toText("<p>[lecture-example-1]<br>z[1]_1&nbsp;= 1.25</p><div>w &amp;lt; 2 &#8722;0.5</div>"));
    }

    private static Map<String, LmsSubmission> byStudent(BulkDownload d) {
        return d.submissions().stream().filter(s -> s.student() != null)
                .collect(Collectors.toMap(LmsSubmission::student, s -> s, (a, b) -> a, java.util.TreeMap::new));
    }
}
