package backpropgrader.lms;

import backpropgrader.kernel.BadInputException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeZipTest {

    @TempDir
    Path dir;

    @Test
    void ordinaryZipUnpacksEveryFileUnderItsRelativePath() throws IOException {
        Path zip = Zips.of(dir.resolve("ok.zip"), Map.of("a/b.json", "{}", "./c.txt", "x = 1"));
        Path out = dir.resolve("out");
        assertEquals(List.of("a/b.json", "c.txt"),
                SafeZip.extract(zip, out, ZipLimits.DEFAULT).files().stream().sorted().toList());
        assertEquals("x = 1", Files.readString(out.resolve("c.txt")));
    }

    @Test
    void entryClimbingOutWithDotDotIsRefusedAndNothingIsWritten() throws IOException {
        Path out = dir.resolve("a/b/out");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("fine.txt", "first");
        files.put("../../evil", "pwned");
        BadInputException e = refused(Zips.of(dir.resolve("slip.zip"), files), out);
        assertTrue(e.getMessage().contains("entry 2 '../../evil': expected a path inside the folder, found one that"
                + " climbs out of it with '..'; the zip is refused"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("a/evil")));
        assertFalse(Files.exists(dir.resolve("evil")));
    }

    @Test
    void absolutePathsDriveLettersAndBackslashClimbsAreRefused() throws IOException {
        Path target = dir.resolve("abs-evil.txt");
        assertTrue(refused(Zips.of(dir.resolve("abs.zip"), Map.of(target.toString(), "x")), dir.resolve("o1"))
                .getMessage().contains("expected a relative path, found an absolute one"));
        assertFalse(Files.exists(target));
        assertTrue(refused(Zips.of(dir.resolve("drive.zip"), Map.of("C:\\Windows\\evil.dll", "x")), dir.resolve("o2"))
                .getMessage().contains("found one starting with the drive 'C:'"));
        assertTrue(refused(Zips.of(dir.resolve("bs.zip"), Map.of("..\\..\\evil", "x")), dir.resolve("o3"))
                .getMessage().contains("climbs out of it with '..'"));
        assertFalse(Files.exists(dir.resolve("evil")));
    }

    @Test
    void symbolicLinkEntryIsRefused() throws IOException {
        Path zip = Zips.write(dir.resolve("link.zip"), "UTF-8", true, out -> {
            try {
                ZipArchiveEntry link = new ZipArchiveEntry("etc");
                link.setUnixMode(0120777);
                out.putArchiveEntry(link);
                out.write("/etc".getBytes(StandardCharsets.UTF_8));
                out.closeArchiveEntry();
            } catch (IOException x) {
                throw new IllegalStateException(x);
            }
        });
        assertTrue(refused(zip, dir.resolve("out")).getMessage().contains("found a symbolic link"));
    }

    @Test
    void oneGigabyteEntryIsRefusedByItsDeclaredSizeBeforeAnyByteIsWritten() throws IOException {
        Path zip = Zips.bomb(dir.resolve("bomb.zip"), "answers.json", 1024, 1L << 30);
        assertTrue(Files.size(zip) < 2_000_000, "the bomb itself is small: " + Files.size(zip));
        BadInputException e = refused(zip, dir.resolve("out"));
        assertTrue(e.getMessage().contains("entry 1 'answers.json': expected at most 100 MiB unpacked, found 1024 MiB"
                + " declared"), e.getMessage());
    }

    @Test
    void bombThatLiesAboutItsSizeIsCaughtByTheRatioAsBytesComeOutAndLeftOutAlone() throws IOException {
        Path zip = Zips.bomb(dir.resolve("liar.zip"), "answers.json", 1024, 100);
        Path out = dir.resolve("out");
        SafeZip.Unpacked u = SafeZip.extract(zip, out, ZipLimits.DEFAULT);
        assertEquals(List.of(), u.files());
        assertEquals(Map.of("answers.json", "entry 'answers.json' was not unpacked: expected it to unpack to at most"
                + " 200 times its compressed size, found 720 times and growing (a zip bomb's mark)"), u.damaged());
        assertFalse(Files.exists(out.resolve("answers.json")), "nothing of it is left");
    }

    @Test
    void oneAnswersFilePaddedWithTwoMegabytesOfSpacesCostsOnlyItself() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("s1.json", "{\"answers\": {}}");
        files.put("s2/answers.json", "{\"answers\": {}}" + " ".repeat(2 << 20));
        files.put("s3.txt", "x = 1");
        Path out = dir.resolve("out");
        SafeZip.Unpacked u = SafeZip.extract(Zips.of(dir.resolve("padded.zip"), files), out, ZipLimits.DEFAULT);
        assertEquals(List.of("s1.json", "s3.txt"), u.files());
        assertTrue(u.damaged().get("s2/answers.json").startsWith("entry 's2/answers.json' was not unpacked: expected"
                + " it to unpack to at most 200 times its compressed size"), u.damaged().toString());
        assertEquals("x = 1", Files.readString(out.resolve("s3.txt")));
    }

    @Test
    void aNameTooLongForAFileSystemCostsOnlyItsEntry() throws IOException {
        String upload = "lovelaceada_340934_208490284_" + "a".repeat(235) + ".json";
        Map<String, String> files = new LinkedHashMap<>();
        files.put(upload, "{}");
        files.put("turingalan_340935_208490301_answers.json", "{}");
        SafeZip.Unpacked u = SafeZip.extract(Zips.of(dir.resolve("canvas.zip"), files), dir.resolve("out"),
                ZipLimits.DEFAULT);
        assertEquals(List.of("turingalan_340935_208490301_answers.json"), u.files());
        assertEquals("entry 'lovelaceada_340934_208490284_" + "a".repeat(31) + "…' has a name of 269 bytes; at most"
                + " 255 fit in a file name; it was not unpacked (rename the file and upload it again)",
                u.damaged().get(upload));
    }

    @Test
    void anEntryThatFailsItsChecksumIsLeftOutAndNamedAsDamaged() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("s1.json", "{\"answers\": {\"e\": {\"J\": \"113\"}}}");
        files.put("s2.json", "{\"answers\": {\"e\": {\"J\": \"7\"}}}");
        Path zip = Zips.flip(Zips.stored(dir.resolve("crc.zip"), files), "113", "112");
        Path out = dir.resolve("out");
        SafeZip.Unpacked u = SafeZip.extract(zip, out, ZipLimits.DEFAULT);
        assertEquals(List.of("s2.json"), u.files());
        assertEquals(Map.of("s1.json", "the download is damaged: entry 's1.json' failed its checksum; download it"
                + " again"), u.damaged());
        assertFalse(Files.exists(out.resolve("s1.json")), "the changed mark is never read");
    }

    @Test
    void aZipPastTheTotalSizeIsStillRefusedWhole() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            files.put("f" + i + ".txt", Zips.incompressible(300_000, i));
        }
        ZipLimits small = new ZipLimits(50_000, 100L << 20, 1L << 20, 200, 1L << 20,
                java.nio.charset.Charset.forName("IBM437"), 255);
        Path out = dir.resolve("out");
        BadInputException e = assertThrows(BadInputException.class,
                () -> SafeZip.extract(Zips.of(dir.resolve("big.zip"), files), out, small));
        assertTrue(e.getMessage().contains("expected at most 1 MiB unpacked in all, found more by entry 4 'f3.txt';"
                + " the zip is refused"), e.getMessage());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of(), s.toList(), "nothing is left unpacked");
        }
    }

    @Test
    void hundredThousandEntriesAreRefusedBeforeAnythingIsUnpacked() throws IOException {
        Path zip = Zips.write(dir.resolve("many.zip"), "UTF-8", true, out -> {
            for (int i = 0; i < 100_000; i++) {
                Zips.add(out, "f" + i, "");
            }
        });
        BadInputException e = refused(zip, dir.resolve("out"));
        assertTrue(e.getMessage().contains("expected at most 50000 entries, found 100000"), e.getMessage());
    }

    @Test
    void sameNameTwiceIsRefused() throws IOException {
        Path zip = Zips.write(dir.resolve("twice.zip"), "UTF-8", true, out -> {
            Zips.add(out, "a.json", "1");
            Zips.add(out, "a.json", "2");
        });
        assertTrue(refused(zip, dir.resolve("out")).getMessage().contains("found this one twice"));
    }

    @Test
    void namesInCp437WithoutTheFlagAndUtf8WithoutTheFlagBothDecode() throws IOException {
        Path cp437 = Zips.write(dir.resolve("cp437.zip"), "IBM437", false, out -> Zips.add(out, "Müller_ä.txt", "x"));
        assertEquals(List.of("Müller_ä.txt"), SafeZip.extract(cp437, dir.resolve("o1"), ZipLimits.DEFAULT).files());
        Path utf8 = Zips.write(dir.resolve("utf8.zip"), "UTF-8", false, out -> Zips.add(out, "Zoë Ngũgĩ.json", "x"));
        assertEquals(List.of("Zoë Ngũgĩ.json"), SafeZip.extract(utf8, dir.resolve("o2"), ZipLimits.DEFAULT).files());
    }

    @Test
    void notAZipIsACleanError() throws IOException {
        Path fake = dir.resolve("fake.zip");
        Files.writeString(fake, "not a zip");
        assertTrue(refused(fake, dir.resolve("out")).getMessage().contains("expected a readable zip file"));
    }

    /** Extraction fails and leaves the output folder empty. */
    private BadInputException refused(Path zip, Path out) throws IOException {
        BadInputException e = assertThrows(BadInputException.class, () -> SafeZip.extract(zip, out, ZipLimits.DEFAULT));
        assertTrue(e.getMessage().startsWith(zip.toString()), e.getMessage());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of(), s.toList(), "nothing is left unpacked");
        }
        return e;
    }
}
