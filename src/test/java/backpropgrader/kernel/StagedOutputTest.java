package backpropgrader.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Outputs complete or absent: nothing is in place before the commit, and no staging folder is left after. */
class StagedOutputTest {

    @TempDir
    Path dir;

    @Test
    void theWholeFolderReplacesTheOldOneOnlyAtTheCommit() throws IOException {
        Path out = dir.resolve("graded");
        Files.createDirectories(out);
        Files.writeString(out.resolve("old.txt"), "last week's");
        try (StagedOutput staged = StagedOutput.beside(out)) {
            staged.write(out.resolve("feedback/s1.html"), "page");
            assertTrue(Files.exists(out.resolve("old.txt")), "nothing changes before the commit");
            assertFalse(Files.exists(out.resolve("feedback")));
            staged.commit();
        }
        assertEquals("page", Files.readString(out.resolve("feedback/s1.html")));
        assertFalse(Files.exists(out.resolve("old.txt")), "the old folder was replaced whole");
        assertEquals(List.of("graded"), names(dir), "no staging or old folder left beside it");
    }

    @Test
    void aPageFromAReusedBufferIsItsLengthOnly() throws IOException {
        Path out = dir.resolve("graded");
        byte[] buffer = "<p>ŷ − y</p>left from a longer page".getBytes(StandardCharsets.UTF_8);
        int length = "<p>ŷ − y</p>".getBytes(StandardCharsets.UTF_8).length;
        try (StagedOutput staged = StagedOutput.beside(out)) {
            staged.write(out.resolve("feedback/s1.html"), buffer, length);
            staged.write(out.resolve("feedback/s2.html"), new byte[0], 0);
            staged.commit();
        }
        assertEquals("<p>ŷ − y</p>", Files.readString(out.resolve("feedback/s1.html")));
        assertEquals(0, Files.size(out.resolve("feedback/s2.html")));
    }

    @Test
    void partsReplaceTheirOldSelvesAndLeaveEverythingElse() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("students/s1"));
        Files.writeString(out.resolve("students/s1/old.txt"), "old");
        Files.writeString(out.resolve("notes.txt"), "mine");
        List<Path> parts = List.of(out.resolve("students/s1"), out.resolve("students/s2"));
        try (StagedOutput staged = StagedOutput.into(out)) {
            staged.write(out.resolve("students/s1/sheet.html"), "new");
            assertEquals(parts, staged.commit(parts), "a part not written (s2) is skipped, and returned as given");
        }
        assertEquals(List.of("sheet.html"), names(out.resolve("students/s1")));
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        assertEquals(List.of("out"), names(dir));
    }

    @Test
    void closingWithoutACommitLeavesTheTargetAsItWas() throws IOException {
        Path out = dir.resolve("graded");
        try (StagedOutput staged = StagedOutput.beside(out)) {
            staged.write(out.resolve("results.json"), "{}");
        }
        assertEquals(List.of(), names(dir));
    }

    @Test
    void onlyPathsInsideTheTargetCanBeWritten() {
        Path out = dir.resolve("graded");
        try (StagedOutput staged = StagedOutput.beside(out)) {
            assertThrows(IllegalArgumentException.class, () -> staged.write(out.resolve("../escape.txt"), "x"));
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
