package backpropgrader.stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Another JVM on the test's own class path, its temporary folder {@code tmp} (so what it unpacks can be found),
 * its output and errors in files beside it: a second run that can really be stopped, by SIGTERM, SIGINT or
 * kill -9.
 */
final class SecondJvm {

    final Process process;
    private final Path out;
    private final Path err;

    private SecondJvm(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    static SecondJvm start(Path tmp, String name, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + tmp, "-cp",
                System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        try {
            Files.createDirectories(tmp);
            Path out = tmp.resolveSibling(name + ".out");
            Path err = tmp.resolveSibling(name + ".err");
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            return new SecondJvm(p, out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code ./grader ARGS} in another JVM to the end; returns its exit code. */
    static SecondJvm grader(Path tmp, String name, String... args) {
        SecondJvm run = start(tmp, name, "backpropgrader.cli.Main", args);
        run.exit(Duration.ofSeconds(120));
        return run;
    }

    long pid() {
        return process.pid();
    }

    /** Waits for {@code file} to appear, failing if the process ends first or takes too long. */
    void awaitFile(Path file, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!Files.exists(file)) {
            if (!process.isAlive()) {
                fail("the second JVM ended (exit " + process.exitValue() + ") before " + file + " appeared:\n" + err());
            }
            if (System.nanoTime() > end) {
                process.destroyForcibly();
                fail("the second JVM did not get to " + file + " in " + limit + ":\n" + err());
            }
            Thread.sleep(50);
        }
    }

    /** Waits for the process to end; its exit code. */
    int exit(Duration limit) {
        try {
            if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                fail("the second JVM did not end in " + limit + ":\n" + err());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    /** Sends a signal by name ("INT") with the system's kill command. */
    void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid())).inheritIO().start();
        if (!kill.waitFor(30, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            fail("kill -" + name + " " + pid() + " failed");
        }
    }

    String out() {
        return read(out);
    }

    String err() {
        return read(err);
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
