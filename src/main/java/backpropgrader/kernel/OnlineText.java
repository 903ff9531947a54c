package backpropgrader.kernel;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Set;

/**
 * Text a student typed into the LMS (Moodle online text, Canvas text entry), which the download gives as HTML:
 * turned back into the lines they typed, so {@code key = value} answers read like a plain-text submission. The
 * HTML is parsed by jsoup, as a browser would (unclosed tags, stray {@code <}, every named entity), in time
 * linear in its length, whatever a hostile hand-in nests or leaves open.
 */
public final class OnlineText {

    /** Elements whose end is a line break, as the LMS editors write paragraphs and lists. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "pre");
    /** Elements whose content is never text someone typed. */
    private static final Set<String> HIDDEN = Set.of("script", "style", "head");

    private OnlineText() {
    }

    /** Block ends and {@code <br>} become line breaks, other tags go, entities are decoded, lines are trimmed. */
    public static String toText(String html) {
        StringBuilder text = new StringBuilder(html.length() / 2);
        NodeTraversor.traverse(new NodeVisitor() {
            private int hidden; // depth inside script, style, head

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && HIDDEN.contains(e.normalName())) {
                    hidden++;
                } else if (hidden == 0 && node instanceof TextNode t) {
                    text.append(t.getWholeText());
                } else if (hidden == 0 && node instanceof Element e && e.normalName().equals("br")) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && HIDDEN.contains(e.normalName())) {
                    hidden--;
                } else if (hidden == 0 && node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    text.append('\n');
                }
            }
        }, Jsoup.parse(html));
        return trimmedLines(text.toString().replace('\u00A0', ' '));
    }

    /** Each line stripped, the whole stripped, one final line break. */
    private static String trimmedLines(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.lines().forEach(l -> out.append(l.strip()).append('\n'));
        return out.toString().strip() + "\n";
    }
}
