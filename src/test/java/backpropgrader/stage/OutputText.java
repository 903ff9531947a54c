package backpropgrader.stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file a run wrote, as text, to look for what must never be in any of them. */
final class OutputText {

    private OutputText() {
    }

    /** Relative path → content (bytes read as UTF-8, so zips and the like are searched as well as they can be). */
    static TreeMap<String, String> of(Path folder) {
        TreeMap<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(folder.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The files under {@code folder} (and the extra texts, named) that contain any of {@code never}. */
    static List<String> containing(Path folder, List<String> never, String... extra) {
        List<String> found = new ArrayList<>();
        of(folder).forEach((name, text) -> never.stream().filter(text::contains)
                .forEach(n -> found.add(name + " contains '" + n + "'")));
        for (int i = 0; i < extra.length; i++) {
            String text = extra[i];
            never.stream().filter(text::contains).forEach(n -> found.add("console output contains '" + n + "'"));
        }
        return found;
    }
}
