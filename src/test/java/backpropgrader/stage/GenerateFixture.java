package backpropgrader.stage;

import backpropgrader.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A course folder in a temporary directory, and {@code ./grader} run in-process on it. */
final class GenerateFixture {

    static final String SECRET = "correct horse battery staple 42";

    final Path dir;
    String out = "";
    String err = "";

    GenerateFixture(Path dir) throws IOException {
        this.dir = dir;
        Files.writeString(dir.resolve("secret.txt"), SECRET + "\n");
        Files.writeString(dir.resolve("course.yaml"), """
                title: "EMS702P <Week 9> & friends"
                assignment: week9-2025
                secret_file: secret.txt
                """);
        roster("id,name,email\ns1,Ada Lovelace,ada@uni.example\ns2,Alan Turing,alan@uni.example\n");
    }

    void roster(String text) throws IOException {
        Files.writeString(dir.resolve("roster.csv"), text);
    }

    int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    int generate(String... more) {
        String[] base = {"generate", "--roster", dir.resolve("roster.csv").toString(), "--out", dir.resolve("out").toString(),
                "--course", dir.resolve("course.yaml").toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return run(all);
    }

    Path out(String relative) {
        return dir.resolve("out").resolve(relative);
    }

    /** Every file under {@code root}: relative path → bytes as text (all outputs are UTF-8 text). */
    static Map<String, String> tree(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
