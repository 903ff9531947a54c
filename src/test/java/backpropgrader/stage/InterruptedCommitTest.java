package backpropgrader.stage;

import backpropgrader.kernel.Folders;
import backpropgrader.stage.SyntheticAnswers.Style;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, point 5: a grade run killed between its commit's two moves ({@code graded} → {@code .graded.old-…},
 * then the staging folder → {@code graded}) leaves {@code graded} absent and the last results put aside; the
 * next run puts them back and says so, instead of saying nothing.
 */
class InterruptedCommitTest {

    @TempDir
    Path dir;
    GradeFixture fx;
    String lastResults;
    long dead;

    @BeforeEach
    void lastWeeksResults() throws Exception {
        fx = new GradeFixture(dir);
        fx.submit("s1.json", SyntheticFiles.json("s1", fx.answers("s1", Style.CORRECT)));
        fx.submit("s2.txt", SyntheticFiles.text("s2", fx.answers("s2", Style.SLIP)));
        assertEquals(0, fx.grade(), fx.err);
        lastResults = Files.readString(dir.resolve("graded/results.json"));
        Process p = new ProcessBuilder("true").start(); // a pid that has ended, as a killed run's has
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        dead = p.pid();
    }

    @Test
    void killedBetweenTheTwoMovesTheLastResultsAreRestoredByTheNextRun() throws IOException {
        Folders.move(dir.resolve("graded"), dir.resolve(".graded.old-" + dead + "-17"));
        Files.createDirectories(dir.resolve(".graded.staging-" + dead + "-18/feedback"));
        Files.writeString(dir.resolve(".graded.staging-" + dead + "-18/results.json"), "{\"new\": true}");

        assertEquals(64, fx.grade(), fx.err);
        assertEquals("grader: note: restored " + fx.path("graded") + "/ from an interrupted run (its results had been"
                + " put aside in .graded.old-" + dead + "-17 while the new ones moved in).\n"
                + "grader: note: removed .graded.staging-" + dead + "-18, the staging folder of an interrupted run"
                + " (pid " + dead + ").\n"
                + "grader: " + fx.path("graded") + ": already exists; give --force to replace it (its results are"
                + " replaced only once the new ones are complete), or choose another --out.\n", fx.err);
        assertEquals(lastResults, Files.readString(dir.resolve("graded/results.json")), "never silently lost");
        assertEquals(List.of("graded"), beside());
    }

    @Test
    void anEarlierVersionsNamesAreRestoredToo() throws IOException {
        Folders.move(dir.resolve("graded"), dir.resolve(".graded.old-5519027736"));
        Files.createDirectories(dir.resolve(".graded.staging-8841002913"));
        assertEquals(0, fx.grade("--force"), fx.err);
        assertTrue(fx.err.contains("restored " + fx.path("graded") + "/ from an interrupted run"), fx.err);
        assertTrue(fx.err.contains("removed .graded.staging-8841002913, the staging folder of an interrupted run."),
                fx.err);
        assertEquals(List.of("graded"), beside());
    }

    @Test
    void killedAfterBothMovesTheOldFolderIsRemovedAndTheCommittedResultsStay() throws IOException {
        Path old = Files.createDirectories(dir.resolve(".graded.old-" + dead + "-19"));
        Files.writeString(old.resolve("results.json"), "the week before's");
        assertEquals(0, fx.grade("--force"), fx.err);
        assertEquals("grader: note: removed .graded.old-" + dead + "-19, results that an interrupted run had already"
                + " replaced in " + fx.path("graded") + "/.\n", fx.err);
        assertEquals(lastResults, Files.readString(dir.resolve("graded/results.json")));
        assertEquals(List.of("graded"), beside());
    }

    @Test
    void whatALiveRunIsUsingIsLeftAlone() throws IOException {
        long alive = ProcessHandle.current().pid(); // e.g. a run of an earlier version, without the lock
        Path theirs = Files.createDirectories(dir.resolve(".graded.staging-" + alive + "-20"));
        assertEquals(0, fx.grade("--force"), fx.err);
        assertEquals("", fx.err);
        assertTrue(Files.isDirectory(theirs));
    }

    private List<String> beside() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.contains("graded")).sorted().toList();
        }
    }
}
