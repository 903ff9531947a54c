package backpropgrader.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A tree removed whole, many files at once, and nothing outside it, even through a link. */
class FoldersTest {

    @TempDir
    Path dir;

    @Test
    void aLargeTreeGoesWholeAndALinkTakesNothingWithIt() throws IOException {
        Path keep = Files.writeString(dir.resolve("keep.txt"), "outside");
        Path keptFolder = Files.createDirectories(dir.resolve("kept")).resolve("inside.txt");
        Files.writeString(keptFolder, "outside too");
        Path root = dir.resolve("graded");
        for (int f = 0; f < 300; f++) { // more than are removed one at a time
            Path sub = Files.createDirectories(root.resolve("feedback").resolve("part" + f % 7));
            Files.writeString(sub.resolve("s" + f + ".html"), "<p>page " + f + "</p>");
        }
        Files.createDirectories(root.resolve("empty/deeper"));
        Files.createSymbolicLink(root.resolve("feedback/link-to-file"), keep);
        Files.createSymbolicLink(root.resolve("feedback/link-to-folder"), keptFolder.getParent());

        Folders.delete(root);

        assertFalse(Files.exists(root));
        assertEquals("outside", Files.readString(keep));
        assertEquals("outside too", Files.readString(keptFolder));
    }

    @Test
    void aFileOrNothingAtAll() throws IOException {
        Path file = Files.writeString(dir.resolve("results.json"), "{}");
        Folders.delete(file);
        assertFalse(Files.exists(file));
        Folders.delete(dir.resolve("never-there")); // nothing happens
        assertTrue(Files.isDirectory(dir));
    }
}
