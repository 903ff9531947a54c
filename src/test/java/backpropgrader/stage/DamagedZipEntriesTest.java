package backpropgrader.stage;

import backpropgrader.stage.SyntheticAnswers.Style;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Students as adversaries, zips decided entry by entry: a hand-in padded past the zip-bomb ratio, an upload name
 * too long for a file system, or an entry whose bytes fail their checksum (one flipped digit would change a mark)
 * is that student's unreadable file, naming the damage; everyone else in the download is graded as without it.
 */
class DamagedZipEntriesTest {

    @TempDir
    Path dir;

    @Test
    void aMoodleDownloadWithAFlippedDigitAndAPaddedHandInGradesEveryoneElse() throws IOException {
        GradeFixture clean = fixture("clean", "moodle-participants.csv");
        GradeFixture hostile = fixture("hostile", "moodle-participants.csv");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("Ada Lovelace_101_assignsubmission_file/answers.json",
                SyntheticFiles.json("S1001", clean.answers("S1001", Style.CORRECT)));
        files.put("Alan Turing_205_assignsubmission_file/answers.txt",
                SyntheticFiles.text("S1002", clean.answers("S1002", Style.SLIP)));
        String grace = SyntheticFiles.json("S1003", clean.answers("S1003", Style.CORRECT));
        Path cleanZip = stored(dir.resolve("clean.zip"), files);
        files.put("Grace Hopper_150_assignsubmission_file/answers.json", grace);
        files.put("Seán O'Brien_300_assignsubmission_file/answers.json", "{\"answers\": {}}" + " ".repeat(2 << 20));
        Path hostileZip = flipFirstDigit(stored(dir.resolve("hostile.zip"), files), grace);

        assertEquals(0, grade(clean, cleanZip), clean.err + clean.out);
        assertEquals(1, grade(hostile, hostileZip), hostile.err + hostile.out);
        assertSame(clean, hostile, List.of("S1001", "S1002"));
        // The participants export has no participant ids: the download matched these by display name alone, so a
        // damaged entry counts for no one and is listed for the instructor with the damage named.
        assertEquals("not-submitted", hostile.student("S1003").get("status").asText());
        String attention = hostile.results().get("attention").toString();
        assertTrue(attention.contains("the download is damaged: entry 'Grace Hopper_150_assignsubmission_file/"
                + "answers.json' failed its checksum; download it again"), attention);
        assertTrue(attention.contains("'Seán O'Brien_300_assignsubmission_file/answers.json' was not unpacked:"
                + " expected it to unpack to at most 200 times its compressed size"), attention);
        HostileClass.assertNothingFromOutside(hostile.dir.resolve("graded"));
    }

    @Test
    void aCanvasUploadNameTooLongForAFileSystemCostsOnlyThatStudent() throws IOException {
        GradeFixture clean = fixture("clean", "canvas-gradebook.csv");
        GradeFixture hostile = fixture("hostile", "canvas-gradebook.csv");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lovelaceada_340934_208490284_answers.json",
                SyntheticFiles.json("S1001", clean.answers("S1001", Style.CORRECT)));
        files.put("turingalan_340935_208490301_answers.json",
                SyntheticFiles.json("S1002", clean.answers("S1002", Style.MISCONCEPTION)));
        Path cleanZip = LmsDownloadGradingTest.zip(dir.resolve("clean.zip"), files);
        files.put("hoppergrace_340936_208490302_" + "my answers ".repeat(21) + "final.json",
                SyntheticFiles.json("S1003", clean.answers("S1003", Style.CORRECT)));
        Path hostileZip = LmsDownloadGradingTest.zip(dir.resolve("hostile.zip"), files);

        assertEquals(0, grade(clean, cleanZip), clean.err + clean.out);
        assertEquals(1, grade(hostile, hostileZip), hostile.err + hostile.out);
        assertSame(clean, hostile, List.of("S1001", "S1002"));
        JsonNode g = hostile.student("S1003");
        assertEquals("unreadable", g.get("status").asText(), g.toString());
        assertTrue(g.get("error").asText().endsWith("has a name of 270 bytes; at most 255 fit in a file name; it was"
                + " not unpacked (rename the file and upload it again)."), g.get("error").asText());
        assertEquals("340936", g.get("lms").get("canvas.user_id").asText(), "the download still says whose it was");
        HostileClass.assertNothingFromOutside(hostile.dir.resolve("graded"));
    }

    private GradeFixture fixture(String name, String roster) throws IOException {
        return new GradeFixture(Files.createDirectories(dir.resolve(name)), LmsDownloadGradingTest.roster(roster),
                "group_work: false\n");
    }

    private static int grade(GradeFixture fx, Path zip) {
        return fx.run("grade", zip.toString(), "--roster", fx.path("roster.csv"), "--course", fx.path("course.yaml"),
                "--out", fx.path("graded"));
    }

    /** The classmates' results and feedback pages are the same in both runs (the zip's own path aside). */
    private void assertSame(GradeFixture clean, GradeFixture hostile, List<String> ids) {
        for (String id : ids) {
            assertEquals(clean.student(id).toString().replace(dir.resolve("clean.zip").toString(), "ZIP"),
                    hostile.student(id).toString().replace(dir.resolve("hostile.zip").toString(), "ZIP"), id);
            assertEquals(HostileClass.read(clean, "graded/feedback/" + id + ".html")
                            .replace(dir.resolve("clean.zip").toString(), "ZIP"),
                    HostileClass.read(hostile, "graded/feedback/" + id + ".html")
                            .replace(dir.resolve("hostile.zip").toString(), "ZIP"), id + "'s feedback");
        }
    }

    /** A zip whose entries are stored as they are, so their bytes can be found (and damaged) in the zip's. */
    private static Path stored(Path zip, Map<String, String> files) throws IOException {
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                ZipArchiveEntry e = new ZipArchiveEntry(f.getKey());
                boolean large = f.getValue().length() > 100_000; // the padded one: deflated, it inflates past the ratio
                e.setMethod(large ? ZipMethod.DEFLATED.getCode() : ZipMethod.STORED.getCode());
                out.putArchiveEntry(e);
                out.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeArchiveEntry();
            }
        }
        return zip;
    }

    /** One digit of {@code text}'s first answer, changed in the finished zip's bytes (its CRC left as it was). */
    private static Path flipFirstDigit(Path zip, String text) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        byte[] t = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + t.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + t.length, t, 0, t.length)) {
                int digit = i + text.indexOf("answers");
                while (!Character.isDigit(bytes[digit])) {
                    digit++;
                }
                bytes[digit] = (byte) (bytes[digit] == '9' ? '8' : bytes[digit] + 1);
                Files.write(zip, bytes);
                return zip;
            }
        }
        throw new IllegalArgumentException("the text is not stored as it is in " + zip);
    }
}
