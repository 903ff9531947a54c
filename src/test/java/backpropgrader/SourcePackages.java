package backpropgrader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The main sources as the compiler sees their dependencies: for each file, its package, its imports and the
 * fully qualified names its code (not its comments) uses. Read from {@code src/main/java} as text, so the tests
 * built on it check what the sources say, whatever has been compiled.
 */
final class SourcePackages {

    static final Path MAIN = Path.of("src/main/java/backpropgrader");

    /** One main source file. */
    record Source(Path file, String pkg, Set<String> imports, String code) {
    }

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)(?:\\.\\*)?\\s*;", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\bbackpropgrader\\.([a-z]+)\\.[A-Z]");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"");

    private SourcePackages() {
    }

    static List<Source> read() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().map(SourcePackages::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Source source(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String code = STRING.matcher(COMMENT.matcher(text).replaceAll(" ")).replaceAll("\"\"");
        Set<String> imports = new TreeSet<>();
        Matcher m = IMPORT.matcher(code);
        while (m.find()) {
            imports.add(m.group(1));
        }
        return new Source(file, MAIN.relativize(file).getName(0).toString(), imports, code);
    }

    /** Package → the project's other packages its code uses (imports and qualified names in code). */
    static Map<String, Set<String>> graph(List<Source> sources) {
        Map<String, Set<String>> g = new TreeMap<>();
        for (Source s : sources) {
            Set<String> uses = g.computeIfAbsent(s.pkg(), k -> new TreeSet<>());
            Matcher m = QUALIFIED.matcher(s.code());
            while (m.find()) {
                if (!m.group(1).equals(s.pkg())) {
                    uses.add(m.group(1));
                }
            }
        }
        return g;
    }
}
