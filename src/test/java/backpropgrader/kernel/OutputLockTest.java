package backpropgrader.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One run at a time per output folder; the lock file is gone once the run is, and a dead run's is taken over. */
class OutputLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondLockOnTheSameFolderIsRefusedWithWhoHoldsIt() {
        Path out = dir.resolve("graded");
        try (OutputLock first = OutputLock.take(out, "grade")) {
            UsageException e = assertThrows(UsageException.class, () -> OutputLock.take(out, "export"));
            assertTrue(e.getMessage().matches("another grade run is writing " + java.util.regex.Pattern.quote(
                    out.toString()) + "/ \\(pid " + ProcessHandle.current().pid() + ", started [-0-9: ]{19}\\);"
                    + " wait for it to finish or choose another --out\\."), e.getMessage());
            assertTrue(Files.exists(dir.resolve(".graded.lock")));
            assertFalse(Files.exists(out), "locking makes nothing but the lock file");
        }
        assertFalse(Files.exists(dir.resolve(".graded.lock")), "released: no lock file left beside the folder");
        try (OutputLock again = OutputLock.take(out, "grade")) {
            assertEquals(out.toAbsolutePath(), again.target());
        }
    }

    @Test
    void otherFoldersBesideItAreNotLocked() {
        try (OutputLock a = OutputLock.take(dir.resolve("graded"), "grade");
             OutputLock b = OutputLock.take(dir.resolve("handout"), "generate")) {
            assertEquals("handout", b.target().getFileName().toString());
        }
    }

    @Test
    void aLockFileLeftByAKilledRunIsTakenOver() throws IOException {
        Files.writeString(dir.resolve(".graded.lock"), "grade\npid 999999999, started 2020-01-01 00:00:00\n");
        try (OutputLock lock = OutputLock.take(dir.resolve("graded"), "grade")) {
            assertTrue(Files.readString(dir.resolve(".graded.lock")).startsWith("grade\npid "
                    + ProcessHandle.current().pid() + ", started "));
        }
        assertFalse(Files.exists(dir.resolve(".graded.lock")));
    }

    @Test
    void aLinkPutWhereTheLockFileGoesIsNotFollowed() throws IOException {
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "keep me");
        Files.createSymbolicLink(dir.resolve(".graded.lock"), elsewhere);
        assertThrows(java.io.UncheckedIOException.class, () -> OutputLock.take(dir.resolve("graded"), "grade"));
        assertEquals("keep me", Files.readString(elsewhere));
    }
}
