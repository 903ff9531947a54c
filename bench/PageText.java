import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a reader sees of each HTML page under a folder, as text, one dump per page into another folder, so that two
 * runs' pages can be compared with {@code diff -r} whatever their markup: the title, the body's text, each
 * formula's text on its own line, and the tooltips and accessible names (title, aria-label, alt). Run by hand
 * with the jar (which carries jsoup) on the class path:
 * {@code java -cp target/backprop-grader.jar bench/PageText.java PAGES DUMPS}.
 */
public class PageText {

    public static void main(String[] args) throws IOException {
        Path pages = Path.of(args[0]);
        Path dumps = Path.of(args[1]);
        List<Path> files;
        try (Stream<Path> s = Files.walk(pages)) {
            files = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path p : files) {
            Path out = dumps.resolve(pages.relativize(p) + ".txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, dump(Files.readString(p, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        }
        System.out.println(files.size() + " pages dumped into " + dumps);
    }

    static String dump(String html) {
        Document d = Jsoup.parse(html);
        StringBuilder out = new StringBuilder("title: ").append(d.title()).append("\n\nbody:\n")
                .append(d.body().text()).append("\n\nformulas:\n");
        for (Element m : d.select("math")) {
            out.append(m.text()).append('\n');
        }
        out.append("\nnames:\n");
        for (Element e : d.select("[title], [aria-label], [alt]")) {
            out.append(e.tagName()).append(' ').append(e.attr("title")).append(" | ").append(e.attr("aria-label"))
                    .append(" | ").append(e.attr("alt")).append('\n');
        }
        return out.toString();
    }
}
