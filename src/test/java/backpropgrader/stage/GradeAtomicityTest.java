package backpropgrader.stage;

import backpropgrader.stage.SyntheticAnswers.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/ARCHITECTURE.md, qualities "outputs are written completely or not at all": a run that fails leaves the old results alone. */
class GradeAtomicityTest {

    @TempDir
    Path dir;

    @Test
    void aRunThatFailsHalfWayLeavesTheOldResultsAndNoStagingFolder() throws IOException {
        GradeFixture fx = new GradeFixture(dir);
        fx.submit("s1.json", SyntheticFiles.json("s1", fx.answers("s1", Style.CORRECT)));
        fx.submit("s2.json", SyntheticFiles.json("s2", fx.answers("s2", Style.CORRECT)));
        Files.createDirectories(dir.resolve("graded"));
        Files.writeString(dir.resolve("graded/results.json"), "last week's");
        GradeStage.Progress failing = (done, total) -> {
            if (done == 2) {
                throw new IllegalStateException("the disk is full (simulated)");
            }
        };
        GradeStage.Request r = new GradeStage.Request(dir.resolve("subs"), dir.resolve("roster.csv"),
                dir.resolve("course.yaml"), dir.resolve("graded"), true, null, null, Map.of(), failing);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> GradeStage.run(r));
        assertEquals("the disk is full (simulated)", e.getMessage());
        assertEquals("last week's", Files.readString(dir.resolve("graded/results.json")));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().startsWith(".graded")).count(),
                    "the staging folder, with the pages written so far, is removed");
        }
    }

    @Test
    void anOutputFolderThatCannotBeCreatedIsReportedWithoutAStackTrace() throws IOException {
        GradeFixture fx = new GradeFixture(dir);
        Files.writeString(dir.resolve("a-file"), "not a folder");
        assertEquals(70, fx.run("grade", fx.path("subs"), "--roster", fx.path("roster.csv"), "--course",
                fx.path("course.yaml"), "--out", fx.path("a-file/graded")));
        assertTrue(fx.err.startsWith("grader: cannot create a staging folder beside " + fx.path("a-file/graded")),
                fx.err);
        assertTrue(fx.err.strip().endsWith("graded was left as it was."), fx.err);
        assertEquals(1, fx.err.strip().lines().count(), "one sentence, no stack trace: " + fx.err);
    }
}
