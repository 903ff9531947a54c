package backpropgrader.render;

import backpropgrader.engine.FixedInstance;
import backpropgrader.marking.Asked;
import backpropgrader.engine.NetworkGraph;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Writes sample pages to {@code target/sample-pages/}: a sheet (English and German), its worked solutions and a
 * gallery of diagrams of several shapes. docs/sheet.png is a screenshot of the sheet (see the README); the
 * pages are also the quick way to look at a change of a template or of the diagram layout.
 */
class SamplePagesTest {

    @Test
    void writesSamplePagesThatNeedNoNetwork() throws IOException {
        Path dir = Path.of("target/sample-pages");
        Files.createDirectories(dir);
        write(dir.resolve("sheet.html"), Sheets.sheet(TestPages.all(Locale.ENGLISH)));
        write(dir.resolve("sheet-de.html"), Sheets.sheet(TestPages.all(Locale.GERMANY)));
        write(dir.resolve("worked-solutions.html"), Sheets.workedSolutions(TestPages.all(Locale.ENGLISH)));
        SheetPage classification = TestPages.page(TestPages.ADA, Locale.ENGLISH,
                TestPages.variant(TestPages.softmax(), List.of(Asked.number("J", 1), Asked.number("dJ/dw[2]_3,2", 1))),
                TestPages.variant(TestPages.deep(), List.of(Asked.number("J", 1), Asked.number("dJ/db[3]_2", 1))));
        write(dir.resolve("sheet-classification.html"), Sheets.sheet(classification));
        write(dir.resolve("worked-classification.html"), Sheets.workedSolutions(classification));
        StringBuilder gallery = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><meta charset=\"utf-8\"><title>Diagrams</title><body>");
        NumberFormatter format = new NumberFormatter(Locale.ENGLISH);
        List<FixedInstance> shapes = List.of(TestPages.lecture("example-1"), TestPages.lecture("quiz-1.2"),
                TestPages.instance342(false), TestPages.instance342(true), TestPages.softmax(), TestPages.deep());
        for (int i = 0; i < shapes.size(); i++) {
            FixedInstance in = shapes.get(i);
            gallery.append("<h2>").append(Markup.text(in.id())).append("</h2>")
                    .append(NetworkDiagram.svg(in, NetworkGraph.build(in), format, "d" + i));
        }
        write(dir.resolve("diagrams.html"), gallery.append("</body></html>").toString());
        for (String name : new String[] {"sheet.html", "sheet-de.html", "worked-solutions.html", "diagrams.html",
                "sheet-classification.html", "worked-classification.html"}) {
            String html = Files.readString(dir.resolve(name));
            assertFalse(html.contains("http://") || html.contains("https://"), name + " refers to the network");
        }
    }

    private static void write(Path file, String html) throws IOException {
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }
}
