package backpropgrader.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What nobody handed in is left out wherever it is in the path; a zip is known by its first bytes. */
class HiddenFilesTest {

    @Test
    void hiddenAndSystemFilesAndFoldersAnywhereInThePath() {
        for (String p : List.of(".DS_Store", "__MACOSX/s1/._s1.json", "s1/.git/config", "~$answers.docx",
                "s1.json~", "photos/Thumbs.db", "DESKTOP.INI", "a\\.hidden\\s1.json")) {
            assertTrue(HiddenFiles.hidden(p), p);
        }
        for (String p : List.of("s1.json", "Ada Lovelace_101_assignsubmission_file_/s1.txt", "s1~x.json")) {
            assertFalse(HiddenFiles.hidden(p), p);
        }
    }

    @Test
    void aZipIsKnownByItsFirstBytesNotItsName(@TempDir Path dir) throws IOException {
        assertTrue(ZipSniff.isZip(Files.write(dir.resolve("download"), new byte[] {'P', 'K', 3, 4, 20, 0})));
        assertTrue(ZipSniff.isZip(Files.write(dir.resolve("empty.zip"), new byte[] {'P', 'K', 5, 6, 0, 0})));
        assertFalse(ZipSniff.isZip(Files.writeString(dir.resolve("a.zip"), "PK is not enough")));
        assertFalse(ZipSniff.isZip(Files.write(dir.resolve("short"), new byte[] {'P', 'K'})));
        assertEquals(0, Files.size(Files.write(dir.resolve("nothing"), new byte[0])));
        assertFalse(ZipSniff.isZip(dir.resolve("nothing")));
    }
}
