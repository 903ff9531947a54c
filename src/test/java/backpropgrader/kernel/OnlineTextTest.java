package backpropgrader.kernel;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HTML typed into an LMS, turned back into the lines typed — and in linear time, whatever a hand-in nests. */
class OnlineTextTest {

    @Test
    void blockEndsAndBreaksAreLinesEntitiesAreDecodedAndLinesAreTrimmed() {
        assertEquals("[lecture-example-1]\nz[1]_1 = 1.25\nw &lt; 2 −0.5\n",
                OnlineText.toText("<p>[lecture-example-1]<br>z[1]_1&nbsp;= 1.25</p>"
                        + "<div>w &amp;lt; 2 &#8722;0.5</div>"));
        assertEquals("a\n\nb = &#x2212;1\nc = −1,744 × 2\n", OnlineText.toText(
                "<h1> a </h1>\n<ul><li>b = &amp;#x2212;1</li><li>c = &minus;1,744 &times; 2</li></ul>"));
        assertEquals("x = 1\ny = 2\n",
                OnlineText.toText("<table><tr><td>x = 1</td></tr><tr><td>y = 2</td></tr></table>"));
    }

    @Test
    void scriptStyleHeadAndCommentsAreNotText() {
        assertEquals("J = 0.5\n", OnlineText.toText("<html><head><title>t</title><style>p{}</style></head><body>"
                + "<script>alert('x')</script><!-- note --><p>J = 0.5</p><style>b{}</style></body></html>"));
    }

    @Test
    void aStrayLessThanSignIsTextNotTheStartOfATagThatSwallowsTheNextLine() {
        assertEquals("a = 1 < 2\nb = 3\n", OnlineText.toText("<p>a = 1 < 2</p><p>b = 3</p>"));
    }

    /** A guard against quadratic behaviour (the regular expressions took 103 s for 200 KB), not a benchmark. */
    @Test
    void aMegabyteOfHostileHtmlConvertsInLinearTimeNotQuadratic() {
        StringBuilder html = new StringBuilder("<p>[lecture-example-1]</p><p>J = 0.5</p>");
        while (html.length() < (1 << 20)) {
            html.append("<div>".repeat(200)).append("<b><i><u><font><span>").append("<p>k = 1")
                    .append("<script>var SECRET = '").append("<p>".repeat(50)).append("';</script>")
                    .append("<style>.SECRET { }").append("<div>".repeat(20)).append("</style>")
                    .append("<a href='x'>t</a><br><td><li><table><tr>");
        }
        html.append("<unclosed attr='never closed");
        String text = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> OnlineText.toText(html.toString()));
        assertTrue(text.startsWith("[lecture-example-1]\nJ = 0.5\n"), text.substring(0, 60));
        assertFalse(text.contains("SECRET"), "script and style content is not text");
        assertTrue(text.contains("k = 1"));
    }
}
