package backpropgrader.stage;

import backpropgrader.kernel.TreeFiles;
import backpropgrader.stage.SyntheticAnswers.Style;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Issue 14, point 1: nothing outside the submissions is ever read. Each test hands in what a probing student
 * would — a link to the course secret, to /etc/passwd, to a classmate's instructor key, a named pipe — and checks
 * that the rest of the class is graded exactly as without it, that the hand-in is reported with what it is, and
 * that nothing from outside the submissions appears in any file written or on the console.
 */
class HostileHandinsTest {

    static final String SECRET = "demo secret: for the hostile hand-ins test only, 7f3a";
    static final String LINK = ": the file is a link; links are not followed — hand in the file itself.";

    @TempDir
    Path dir;
    GradeFixture fx;
    String passwd;

    @BeforeEach
    void aClassWithItsSecretInAFile() throws IOException {
        StringBuilder roster = new StringBuilder("id,name,email\n");
        for (int i = 1; i <= 9; i++) {
            roster.append("s").append(i).append(",Student ").append(i).append(",s").append(i).append("@uni.example\n");
        }
        fx = new GradeFixture(dir, roster.toString(), "");
        Files.writeString(dir.resolve("course.yaml"), """
                title: "Hostile hand-ins"
                assignment: hostile-test
                secret_file: secret.txt
                families: [example-1-single-sample, quiz-1.1-chain-rule]
                """);
        Files.writeString(dir.resolve("secret.txt"), SECRET + "\n");
        fx.submit("s1.json", SyntheticFiles.json("s1", fx.answers("s1", Style.CORRECT)));
        fx.submit("s2.txt", SyntheticFiles.text("s2", fx.answers("s2", Style.COMMA_MINUS)));
        fx.submit("s3.json", SyntheticFiles.json("s3", fx.answers("s3", Style.MISCONCEPTION)));
        passwd = Files.readAllLines(Path.of("/etc/passwd")).get(0);
    }

    @Test
    void linksPipesAndSocketsInAPlainFolderAreReportedAndNeverRead() throws Exception {
        assertEquals(0, fx.generate(), fx.err);
        assertEquals(0, fx.run("grade", fx.path("subs"), "--roster", fx.path("roster.csv"), "--course",
                fx.path("course.yaml"), "--out", fx.path("clean")), fx.err + fx.out);

        Path subs = dir.resolve("subs");
        Files.createSymbolicLink(subs.resolve("s5.txt"), Path.of("../secret.txt"));
        Files.createSymbolicLink(subs.resolve("s6.txt"), Path.of("/etc/passwd"));
        Path key = firstKey(dir.resolve("handout/instructor/keys/s1"));
        Files.createSymbolicLink(subs.resolve("s8.json"), key);
        Files.createSymbolicLink(subs.resolve("s4"), dir.resolve("handout/instructor"));
        Files.createDirectories(subs.resolve("nested"));
        Files.createSymbolicLink(subs.resolve("nested/s7.txt"), Path.of("../../secret.txt"));
        Files.createSymbolicLink(subs.resolve("notes.txt"), Path.of("/etc/passwd"));
        mkfifo(subs.resolve("s9.txt"));
        try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(subs.resolve("s9-socket.json")));
            // a pipe would hold the run for ever if it were opened
            assertEquals(1, assertTimeoutPreemptively(Duration.ofSeconds(120), () -> fx.grade()), fx.err + fx.out);
        }

        for (String id : List.of("s1", "s2", "s3")) {
            assertEquals(entry(dir.resolve("clean"), id), fx.student(id), id + " is graded as without the others");
            assertEquals(Files.readString(dir.resolve("clean/feedback/" + id + ".html")),
                    Files.readString(dir.resolve("graded/feedback/" + id + ".html")));
        }
        assertEquals(rows(dir.resolve("clean/grades.csv"), "s1", "s2", "s3"),
                rows(dir.resolve("graded/grades.csv"), "s1", "s2", "s3"));
        assertEquals(rows(dir.resolve("clean/items.csv"), "s1", "s2", "s3"),
                rows(dir.resolve("graded/items.csv"), "s1", "s2", "s3"));

        assertUnreadable("s5", fx.path("subs/s5.txt") + LINK);
        assertUnreadable("s6", fx.path("subs/s6.txt") + LINK);
        assertUnreadable("s8", fx.path("subs/s8.json") + LINK);
        assertUnreadable("s4", fx.path("subs/s4") + LINK);
        assertUnreadable("s7", fx.path("subs/nested/s7.txt") + LINK);
        assertUnreadable("s9", fx.path("subs/s9-socket.json") + ": the file is a socket, not a plain file; only"
                + " plain files are read — hand in the file itself.");
        assertTrue(fx.student("s9").get("warnings").toString().contains("s9.txt: the file is a named pipe (FIFO),"
                + " not a plain file"), fx.student("s9").toString());
        assertUnreadable("notes", fx.path("subs/notes.txt") + LINK);
        assertTrue(fx.out.contains("unreadable s5: " + fx.path("subs/s5.txt") + LINK), fx.out);

        List<String> never = new ArrayList<>(List.of(SECRET, "7f3a", passwd));
        assertEquals(List.of(), OutputText.containing(dir.resolve("graded"), never, fx.out, fx.err));
        // s1's key reached through s8.json: none of its values is on s8's page or in s8's entry
        String s8 = Files.readString(dir.resolve("graded/feedback/s8.html")) + fx.student("s8");
        for (String value : numbers(TreeFiles.read(key))) {
            assertFalse(s8.contains(value), "s1's key value " + value + " leaked into s8's outputs");
        }
        assertFalse(s8.contains(key.getFileName().toString()), "not even the name of what it points to");
    }

    @Test
    void aLinkBesideAStudentsOwnFileIsNamedAndTheOwnFileCounts() throws IOException {
        assertEquals(0, fx.run("grade", fx.path("subs"), "--roster", fx.path("roster.csv"), "--course",
                fx.path("course.yaml"), "--out", fx.path("clean")), fx.err + fx.out);
        Files.createSymbolicLink(dir.resolve("subs/s3-final.txt"), Path.of("../secret.txt"));
        assertEquals(0, fx.grade(), fx.err + fx.out);
        JsonNode s3 = fx.student("s3");
        assertEquals(entry(dir.resolve("clean"), "s3").get("score"), s3.get("score"));
        assertEquals("[\"Another file of s3 could not be read: " + fx.path("subs/s3-final.txt") + LINK + "\"]",
                s3.get("warnings").toString());
        assertEquals(List.of(), OutputText.containing(dir.resolve("graded"), List.of(SECRET, "7f3a"), fx.out, fx.err));
    }

    @Test
    void aLinkInAnLmsDownloadFolderIsReportedAndAPlainFileBesideItIsTaken() throws IOException {
        Files.createDirectories(dir.resolve("moodle"));
        GradeFixture lms = new GradeFixture(dir.resolve("moodle"), LmsDownloadGradingTest.roster(
                "moodle-participants.csv"), "group_work: false\n");
        Files.writeString(dir.resolve("moodle/secret.txt"), SECRET + "\n");
        Path subs = dir.resolve("moodle/subs");
        Files.createDirectories(subs.resolve("Ada Lovelace_101_assignsubmission_file"));
        Files.createSymbolicLink(subs.resolve("Ada Lovelace_101_assignsubmission_file/answers.json"),
                Path.of("../../secret.txt"));
        lms.submit("Alan Turing_205_assignsubmission_file/answers.json",
                SyntheticFiles.json("S1002", lms.answers("S1002", Style.CORRECT)));
        Files.createSymbolicLink(subs.resolve("Alan Turing_205_assignsubmission_file/aaa.json"),
                Path.of("/etc/passwd"));
        lms.submit("Grace Hopper_150_assignsubmission_file/answers.txt",
                SyntheticFiles.text("S1003", lms.answers("S1003", Style.CORRECT)));
        assertEquals(1, lms.grade(), lms.err + lms.out);

        // The participants export has no participant ids, so the download matched Ada by her display name alone:
        // an unreadable file cannot confirm that, so it counts for no one and is listed for the instructor.
        JsonNode ada = lms.student("S1001");
        assertEquals("not-submitted", ada.get("status").asText());
        String attention = lms.results().get("attention").toString();
        assertTrue(attention.contains("Ada Lovelace_101_assignsubmission_file/answers.json") && attention.contains(
                "by the display name alone") && attention.contains(LINK.strip().substring(0, 20)), attention);
        for (String id : List.of("S1002", "S1003")) {
            JsonNode s = lms.student(id);
            assertEquals(s.get("max").asDouble(), s.get("score").asDouble(), id + " graded from the plain file");
        }
        assertTrue(lms.results().get("warnings").toString().contains("took Alan Turing_205_assignsubmission_file/"
                + "answers.json"), lms.results().get("warnings").toString());
        assertEquals(List.of(), OutputText.containing(dir.resolve("moodle/graded"), List.of(SECRET, "7f3a", passwd),
                lms.out, lms.err));
    }

    @Test
    void aZipWithALinkEntryIsNeverUnpackedAsALink() throws IOException {
        Path zip = dir.resolve("download.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(Files.newOutputStream(zip))) {
            ZipArchiveEntry link = new ZipArchiveEntry("s5.txt");
            link.setUnixMode(0120777);
            out.putArchiveEntry(link);
            out.write("../secret.txt".getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
            ZipArchiveEntry s1 = new ZipArchiveEntry("s1.json");
            out.putArchiveEntry(s1);
            out.write(Files.readAllBytes(dir.resolve("subs/s1.json")));
            out.closeArchiveEntry();
        }
        assertEquals(65, fx.run("grade", zip.toString(), "--roster", fx.path("roster.csv"), "--course",
                fx.path("course.yaml"), "--out", fx.path("graded")), fx.err + fx.out);
        assertTrue(fx.err.contains("entry 1 's5.txt': expected a file or folder, found a symbolic link"), fx.err);
        assertFalse(Files.exists(dir.resolve("graded")));
        assertFalse((fx.out + fx.err).contains(SECRET));
    }

    @Test
    void aFileThatCannotBeReadSaysPermissionDenied() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
        Path locked = Files.writeString(dir.resolve("subs/s4.txt"), "[x]\na = 1\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assertEquals(1, fx.grade(), fx.err + fx.out);
        assertUnreadable("s4", fx.path("subs/s4.txt") + ": cannot be read: permission denied.");
    }

    @Test
    void anErrorQuotesOnlyAShortEscapedPieceOfTheStudentsOwnLine() throws IOException {
        fx.submit("s4.txt", "student = s4\n" + "demo \u001B[2J" + "x".repeat(100_000) + "\n");
        assertEquals(1, fx.grade(), fx.err + fx.out);
        String error = fx.student("s4").get("error").asText();
        assertEquals(fx.path("subs/s4.txt") + ": line 2: expected 'key = value', an [exercise-id] header or a #"
                + " comment, found 'demo \\u001B[2J" + "x".repeat(51) + "…'.", error);
        assertFalse(fx.out.contains("\u001B"), "no terminal escape reaches the console");
    }

    private void assertUnreadable(String id, String error) {
        JsonNode s = fx.student(id);
        assertEquals("unreadable", s.get("status").asText(), s.toString());
        assertEquals(error, s.get("error").asText());
    }

    private static JsonNode entry(Path graded, String id) {
        for (JsonNode s : TreeFiles.read(graded.resolve("results.json")).get("students")) {
            if (s.get("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError(id);
    }

    private static List<String> rows(Path csv, String... ids) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(csv)) {
            for (String id : ids) {
                if (line.startsWith(id + ",") || line.startsWith("\"" + id + "\",")) {
                    out.add(line);
                }
            }
        }
        return out;
    }

    private static Path firstKey(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().findFirst().orElseThrow();
        }
    }

    /** Every number in a key, as written there (long enough to be telling). */
    private static List<String> numbers(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n.isNumber() && n.asText().replaceAll("[^0-9]", "").length() >= 8) {
            out.add(n.asText());
        }
        n.forEach(c -> out.addAll(numbers(c)));
        return out;
    }

    static void mkfifo(Path p) throws IOException, InterruptedException {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertTrue(mk.waitFor(30, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo " + p);
    }
}
