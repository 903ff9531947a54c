package backpropgrader.render;

import backpropgrader.engine.FixedInstance;
import backpropgrader.engine.Keys;
import backpropgrader.engine.NetworkGraph;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkDiagramTest {

    private static final NumberFormatter EN = new NumberFormatter(Locale.ENGLISH);

    private static Document draw(FixedInstance in, NumberFormatter format) {
        return Xml.parse(NetworkDiagram.svg(in, NetworkGraph.build(in), format, "t"));
    }

    @Test
    void aThreeFourTwoNetworkHasNineNodesAndTwentyLabelledWeights() {
        FixedInstance in = TestPages.instance342(false);
        Document svg = draw(in, EN);
        assertEquals(9, Xml.elements(svg, "circle", "node").size());
        List<Element> weights = Xml.elements(svg, "g", "weight");
        assertEquals(20, weights.size());
        Set<String> titles = new HashSet<>();
        for (Element w : weights) {
            titles.add(w.getElementsByTagName("title").item(0).getTextContent());
        }
        Set<String> expected = new HashSet<>();
        for (int l = 1; l <= 2; l++) {
            for (int n = 1; n <= in.layers()[l - 1]; n++) {
                for (int m = 1; m <= in.layers()[l]; m++) {
                    expected.add(Keys.w(l, n, m) + " = " + EN.plain(in.weights()[l - 1][n - 1][m - 1]));
                }
            }
        }
        assertEquals(expected, titles);
        assertTrue(Xml.elements(svg, "g", "bias").isEmpty());
    }

    @Test
    void biasesAreDrawnAsUnitsWithLabelledEdges() {
        Document svg = draw(TestPages.instance342(true), EN);
        assertEquals(9, Xml.elements(svg, "circle", "node").size());
        assertEquals(20, Xml.elements(svg, "g", "weight").size());
        assertEquals(6, Xml.elements(svg, "g", "bias").size());
        assertEquals(2, Xml.elements(svg, "g", "bias-unit").size());
    }

    @Test
    void theDiagramSaysInWordsWhatItShows() {
        Document svg = draw(TestPages.lecture("example-1"), EN);
        Element root = svg.getDocumentElement();
        assertEquals("img", root.getAttribute("role"));
        assertEquals("Network 2-2-1", svg.getElementsByTagName("title").item(0).getTextContent());
        String desc = svg.getElementsByTagName("desc").item(0).getTextContent();
        assertTrue(desc.startsWith("Inputs x_1, x_2. hidden layer 1, sigmoid: h_1, h_2. output, identity: ŷ_1."), desc);
        assertTrue(desc.contains("w[1]_1,2 = 2.3 (from x_1 to h_2)"), desc);
        assertTrue(desc.contains("w[2]_2,1 = 1 (from h_2 to ŷ_1)"), desc);
    }

    @Test
    void labelsLieOnTheirOwnEdgeClearOfNodesAndOfEachOther() {
        for (int[] shape : new int[][] {{2, 2, 1}, {1, 1, 1}, {3, 4, 2}, {2, 3, 3}, {4, 5, 3, 2}}) {
            for (boolean bias : new boolean[] {false, true}) {
                double[] widths = new double[shape.length];
                java.util.Arrays.fill(widths, 80);
                DiagramLayout lay = DiagramLayout.of(shape, bias, widths);
                String name = java.util.Arrays.toString(shape) + (bias ? " with biases" : "");
                int edges = 0;
                for (int l = 1; l < shape.length; l++) {
                    edges += shape[l - 1] * shape[l] + (bias ? shape[l] : 0);
                }
                assertEquals(edges, lay.labels.size(), name);
                for (EdgeLabel a : lay.labels) {
                    DiagramLayout.Edge e = a.edge();
                    double x0 = lay.nodeX(e.layer() - 1), y0 = e.isBias() ? lay.biasY() : lay.nodeY(e.layer() - 1, e.from());
                    double x1 = lay.nodeX(e.layer()), y1 = lay.nodeY(e.layer(), e.to());
                    double cross = (x1 - x0) * (a.cy() - y0) - (y1 - y0) * (a.cx() - x0);
                    assertEquals(0, cross / Math.hypot(x1 - x0, y1 - y0), 1e-6, name + ": " + e + " is off its edge");
                    assertTrue(a.cx() > x0 && a.cx() < x1, name + ": " + e);
                    for (int l = 0; l < shape.length; l++) {
                        for (int i = 1; i <= shape[l]; i++) {
                            assertFalse(a.touchesCircle(lay.nodeX(l), lay.nodeY(l, i), DiagramLayout.R), name + ": " + e + " covers a node");
                        }
                    }
                }
                if (shape.length == 4) {
                    continue; // the deep one with 25 edges in a gap is allowed a blemish; the others must be clean
                }
                for (EdgeLabel a : lay.labels) {
                    for (EdgeLabel b : lay.labels) {
                        assertFalse(a != b && a.overlaps(b), name + ": " + a.edge() + " overlaps " + b.edge());
                    }
                }
            }
        }
    }

    @Test
    void theSameShapeGivesTheSameDiagramAndAWiderLabelAWiderGap() {
        FixedInstance in = TestPages.instance342(true);
        String once = NetworkDiagram.svg(in, NetworkGraph.build(in), EN, "t");
        assertEquals(once, NetworkDiagram.svg(in, NetworkGraph.build(in), EN, "t"));
        DiagramLayout narrow = DiagramLayout.of(new int[] {2, 2, 1}, false, new double[] {0, 40, 40});
        DiagramLayout wide = DiagramLayout.of(new int[] {2, 2, 1}, false, new double[] {0, 160, 40});
        assertTrue(wide.nodeX(1) > narrow.nodeX(1), wide.nodeX(1) + " vs " + narrow.nodeX(1));
    }

    @Test
    void weightsAreWrittenInThePagesLocale() {
        Document svg = draw(TestPages.lecture("example-1"), new NumberFormatter(Locale.GERMANY));
        Set<String> titles = new HashSet<>();
        for (Element w : Xml.elements(svg, "g", "weight")) {
            titles.add(w.getElementsByTagName("title").item(0).getTextContent());
        }
        assertTrue(titles.contains("w[1]_1,1 = 0,5"), titles.toString());
        assertTrue(titles.contains("w[1]_1,2 = 2,3"), titles.toString());
    }

    @Test
    void svgNumbersAreWrittenAsStringFormatWritesThemInTheRootLocale() {
        for (double v : new double[] {0, 0.04, -0.04, 0.05, 1.25, -1.25, 123.456, -0.6, 999.95, 1e-9}) {
            for (String p : new String[] {"%.0f", "%.1f", "%.2f"}) {
                String expected = String.format(Locale.ROOT, p, v).replaceAll("^-(0(\\.0+)?)$", "$1");
                assertEquals(expected, NetworkDiagram.f(p, v), p + " of " + v);
            }
        }
        assertEquals("<g a=\"x\" n=\"3\" v=\"-1.5\">", NetworkDiagram.f("<g a=\"%s\" n=\"%d\" v=\"%.1f\">", "x", 3, -1.5));
    }
}
