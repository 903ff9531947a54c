package backpropgrader.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Output is UTF-8 and byte-identical whatever the JVM's default charset and locale (docs/ARCHITECTURE.md, qualities). The default
 * charset is fixed when a JVM starts, so this one test starts a JVM (plain {@code java}, not Maven) with an ASCII
 * default and a German locale, and compares its bytes with the in-process run's.
 */
class OutputEncodingTest {

    @Test
    void anAsciiGermanJvmWritesTheSameUtf8BytesAsThisOne() throws IOException, InterruptedException {
        for (String[] args : List.of(new String[] {"solve", "exercises/lecture/example-2.json"},
                new String[] {"lecture", "--format", "json"})) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dfile.encoding=ANSI_X3.4-1968", "-Duser.language=de", "-Duser.country=DE",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = p.getInputStream().readAllBytes();
            assertEquals(0, p.waitFor(), String.join(" ", args));
            assertEquals(Cli.run(args).out(), new String(out, StandardCharsets.UTF_8), String.join(" ", args));
        }
    }
}
