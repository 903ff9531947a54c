package backpropgrader.stage;

import backpropgrader.stage.SyntheticAnswers.Style;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 14, point 5: runs that cannot trample each other, with real second JVMs. A run is stopped half-way
 * ({@link GradeUntilKilled}: output locked, download unpacked, pages being staged) and then another run is
 * started beside it, or it is stopped with SIGTERM, SIGINT or kill -9; what is left on disk is checked, and what
 * the next run does about it.
 */
class ConcurrentRunsTest {

    private static final Duration START = Duration.ofSeconds(120);

    @TempDir
    Path dir;
    GradeFixture fx;
    Path zip;
    Path tmp;

    @BeforeEach
    void aClassHandedInAsAZip() throws IOException {
        fx = new GradeFixture(dir);
        Map<String, String> files = new TreeMap<>();
        files.put("s1.json", SyntheticFiles.json("s1", fx.answers("s1", Style.CORRECT)));
        files.put("s2.txt", SyntheticFiles.text("s2", fx.answers("s2", Style.SLIP)));
        files.put("s3.json", SyntheticFiles.json("s3", fx.answers("s3", Style.MISCONCEPTION)));
        zip = LmsDownloadGradingTest.zip(dir.resolve("download.zip"), files);
        tmp = dir.resolve("tmp");
    }

    private SecondJvm stoppedHalfWay(String name) throws InterruptedException {
        SecondJvm run = SecondJvm.start(tmp, name, GradeUntilKilled.class.getName(), zip.toString(),
                fx.path("roster.csv"), fx.path("course.yaml"), fx.path("graded"), fx.path(name + ".ready"));
        run.awaitFile(dir.resolve(name + ".ready"), START);
        return run;
    }

    @Test
    void aSecondRunOnTheSameAbsentOutRefusesAtOnceAndSaysWhoIsWriting() throws Exception {
        SecondJvm first = stoppedHalfWay("first");
        try {
            assertFalse(Files.exists(dir.resolve("graded")), "nothing committed yet: --out is still absent");
            Pattern refused = Pattern.compile("grader: another grade run is writing " + Pattern.quote(fx.path("graded"))
                    + "/ \\(pid " + first.pid() + ", started \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\); wait for it"
                    + " to finish or choose another --out\\.\n");
            assertEquals(64, fx.grade(), fx.err + fx.out);
            assertTrue(refused.matcher(fx.err).matches(), fx.err);
            assertEquals(64, fx.grade("--force"), "--force does not break a lock");
            assertTrue(refused.matcher(fx.err).matches(), fx.err);
            assertEquals(64, fx.run("generate", "--roster", fx.path("roster.csv"), "--course", fx.path("course.yaml"),
                    "--out", fx.path("graded")), fx.err);
            assertTrue(refused.matcher(fx.err).matches(), "another command on the same folder too: " + fx.err);
            assertEquals("", fx.out);
        } finally {
            first.process.destroy(); // SIGTERM
        }
        assertEquals(143, first.exit(START), first.err());
        assertEquals(List.of(), leftovers(), "SIGTERM removes the staging folder, the download and the lock");
        assertEquals(0, fx.grade(), fx.err + fx.out);
        assertEquals(3, fx.results().get("students").size());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void sigintRemovesWhatTheRunMadeAsSigtermDoes() throws Exception {
        SecondJvm run = stoppedHalfWay("interrupted");
        assumeTrue(!ignoresSigint(run.pid()), "this process tree ignores SIGINT (started without job control)");
        run.signal("INT");
        assertEquals(130, run.exit(START), run.err());
        assertEquals(List.of(), leftovers());
        assertFalse(Files.exists(dir.resolve("graded")));
    }

    @Test
    void afterKillMinus9TheNextRunRemovesWhatWasLeftAndSaysSo() throws Exception {
        SecondJvm killed = stoppedHalfWay("killed");
        long pid = killed.pid();
        killed.process.destroyForcibly(); // kill -9: no shutdown hook runs
        assertEquals(137, killed.exit(START));
        List<String> left = leftovers();
        assertTrue(left.contains(".graded.lock"), left.toString());
        String staging = left.stream().filter(n -> n.startsWith(".graded.staging-" + pid + "-")).findFirst()
                .orElseThrow(() -> new AssertionError("no staging folder of pid " + pid + ": " + left));
        String unpacked = left.stream().filter(n -> n.startsWith("tmp/backprop-grader-download-" + pid + "-"))
                .findFirst().orElseThrow(() -> new AssertionError("no unpacked download of pid " + pid + ": " + left));

        SecondJvm next = SecondJvm.grader(tmp, "next", "grade", zip.toString(), "--roster", fx.path("roster.csv"),
                "--course", fx.path("course.yaml"), "--out", fx.path("graded"));
        assertEquals(0, next.process.exitValue(), next.err() + next.out());
        assertTrue(next.err().contains("grader: note: removed " + staging + ", the staging folder of an interrupted"
                + " run (pid " + pid + ").\n"), next.err());
        assertTrue(next.err().contains("grader: note: removed " + dir.resolve(unpacked) + ", the unpacked download"
                + " left by an interrupted run (pid " + pid + ").\n"), next.err());
        assertEquals(List.of(), leftovers());
        assertEquals(3, fx.results().get("students").size(), "the next run graded the class in full");
    }

    /** Hidden files and folders beside --out, and whatever is in the runs' temporary folder. */
    private List<String> leftovers() throws IOException {
        List<String> out = new ArrayList<>(names(dir, ".graded"));
        names(tmp, "").forEach(n -> out.add("tmp/" + n));
        return out;
    }

    private static List<String> names(Path folder, String prefix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted().toList();
        }
    }

    /** Whether SIGINT is in the process's ignored signals (then the JVM installs no handler for it). */
    private static boolean ignoresSigint(long pid) throws IOException {
        Path status = Path.of("/proc/" + pid + "/status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseLong(line.substring(7).strip(), 16) & (1L << 1)) != 0;
            }
        }
        return false;
    }
}
