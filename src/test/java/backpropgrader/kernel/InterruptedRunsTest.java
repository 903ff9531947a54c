package backpropgrader.kernel;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A commit of parts ({@code generate --only}, an export) cut off by kill -9 part-way is undone by the next run on
 * the same folder: every part back as it was before, the staging folder removed, each said in a note.
 */
class InterruptedRunsTest {

    @TempDir
    Path dir;
    long dead;
    final List<String> notes = new ArrayList<>();

    @BeforeEach
    void aPidThatHasEnded() throws Exception {
        Process p = new ProcessBuilder("true").start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        dead = p.pid();
    }

    @Test
    void aCommitOfPartsCutOffHalfWayIsUndone() throws IOException {
        Path out = dir.resolve("handout");
        write(out.resolve("students/s1/sheet.html"), "s1 before");
        write(out.resolve("students/s2/sheet.html"), "s2 before");
        write(out.resolve("notes.txt"), "the instructor's own");
        Path staging = Files.createDirectories(dir.resolve(".handout.staging-" + dead + "-42"));
        write(staging.resolve(StagedOutput.PLAN), "students/s1\nstudents/s2\nstudents/s3\n");
        // s1: put aside and its new version moved in; s2: put aside only (killed here); s3: not reached
        Files.createDirectories(staging.resolve(StagedOutput.REPLACED));
        Folders.move(out.resolve("students/s1"), staging.resolve(StagedOutput.REPLACED + "/0"));
        write(out.resolve("students/s1/sheet.html"), "s1 new");
        Folders.move(out.resolve("students/s2"), staging.resolve(StagedOutput.REPLACED + "/1"));
        write(staging.resolve("students/s2/sheet.html"), "s2 new");
        write(staging.resolve("students/s3/sheet.html"), "s3 new");

        try (Notices.Scope s = Notices.to(notes::add); OutputLock lock = StagedOutput.lock(out, "generate")) {
            assertEquals(List.of("restored " + out + "/ from an interrupted run: 2 parts of it put back as they were"
                    + " before that run.", "removed .handout.staging-" + dead + "-42, the staging folder of an"
                    + " interrupted run (pid " + dead + ")."), notes);
        }
        assertEquals("s1 before", Files.readString(out.resolve("students/s1/sheet.html")));
        assertEquals("s2 before", Files.readString(out.resolve("students/s2/sheet.html")));
        assertFalse(Files.exists(out.resolve("students/s3")), "a part the run had not reached is not there");
        assertEquals("the instructor's own", Files.readString(out.resolve("notes.txt")));
        assertEquals(List.of("handout"), names(dir));
    }

    @Test
    void aCompletedCommitOfPartsLeavesNoPlanToUndo() throws IOException {
        Path out = dir.resolve("handout");
        write(out.resolve("students/s1/sheet.html"), "s1 before");
        try (OutputLock lock = StagedOutput.lock(out, "generate"); StagedOutput staged = StagedOutput.into(lock)) {
            staged.write(out.resolve("students/s1/sheet.html"), "s1 new");
            staged.commit(List.of(out.resolve("students/s1")));
            try (Stream<Path> s = Files.list(dir)) {
                Path staging = s.filter(p -> p.getFileName().toString().startsWith(".handout.staging-"))
                        .findFirst().orElseThrow();
                assertFalse(Files.exists(staging.resolve(StagedOutput.PLAN)), "a kill now must not undo the commit");
                assertTrue(Files.exists(staging.resolve(StagedOutput.REPLACED + "/0/sheet.html")));
            }
        }
        assertEquals("s1 new", Files.readString(out.resolve("students/s1/sheet.html")));
        assertEquals(List.of("handout"), names(dir));
    }

    @Test
    void stagingFoldersCarryThePidOfTheirRun() throws IOException {
        Path out = dir.resolve("graded");
        try (StagedOutput staged = StagedOutput.beside(out)) {
            assertEquals(List.of(".graded.lock", ".graded.staging-" + ProcessHandle.current().pid() + "-"),
                    names(dir).stream().map(n -> n.replaceAll("-\\d+$", "-")).toList());
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
