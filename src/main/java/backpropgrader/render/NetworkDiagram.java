package backpropgrader.render;

import backpropgrader.engine.FixedInstance;
import backpropgrader.engine.Keys;
import backpropgrader.engine.QuantityGraph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The network of a fixed instance as an inline SVG: one circle per node (x, h, ŷ in the lecture's notation),
 * every weight labelled on its edge ("w[1]_1,1 = 0.5" typeset with sub- and superscripts), the bias units and
 * their labels when the network has biases, a caption per layer (its activation), and a {@code <title>} and
 * {@code <desc>} that say in words what the picture shows. Layout: {@link DiagramLayout}.
 */
final class NetworkDiagram {

    /** Shown a quarter larger than drawn (labels of 11 px read as 14 px); a page narrower than that scales it down. */
    private static final double SCALE = 1.25;
    private static final double LABEL_FONT = 11, SMALL_FONT = 8, CHAR = 6.3, SMALL_CHAR = 4.9;

    private final FixedInstance in;
    private final Function<String, String> display;
    private final boolean shortHidden;
    private final NumberFormatter format;

    private NetworkDiagram(FixedInstance in, QuantityGraph g, NumberFormatter format) {
        this.in = in;
        this.display = g::display;
        this.shortHidden = g.singleHiddenLayer();
        this.format = format;
    }

    /**
     * The SVG of the instance, its keys named as its graph {@code g} displays them; {@code idPrefix} keeps the
     * title/desc ids unique on a page with several diagrams.
     */
    static String svg(FixedInstance in, QuantityGraph g, NumberFormatter format, String idPrefix) {
        return new NetworkDiagram(in, g, format).draw(idPrefix);
    }

    private String draw(String id) {
        double[] widest = new double[in.layers().length];
        for (int l = 1; l < widest.length; l++) {
            for (DiagramLayout.Edge e : DiagramLayout.edgesInto(in.layers(), in.bias(), l)) {
                widest[l] = Math.max(widest[l], labelWidth(weightKey(e), value(e)));
            }
        }
        DiagramLayout lay = DiagramLayout.of(in.layers(), in.bias(), widest);
        StringBuilder s = new StringBuilder();
        s.append(f("<svg class=\"network\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\"",
                lay.width(), lay.height(), SCALE * lay.width(), SCALE * lay.height()));
        s.append(" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\"")
                .append(" font-family=\"Georgia, 'Times New Roman', serif\">");
        s.append("<title id=\"").append(id).append("-title\">").append(Markup.text(title())).append("</title>");
        s.append("<desc id=\"").append(id).append("-desc\">").append(Markup.text(description())).append("</desc>");
        s.append("<g class=\"edges\" stroke=\"#8a8a8a\" stroke-width=\"1.2\">");
        for (int l = 1; l < in.layers().length; l++) {
            for (DiagramLayout.Edge e : lay.edgesInto(l)) {
                double y0 = e.isBias() ? lay.biasY() : lay.nodeY(l - 1, e.from());
                s.append(line(lay.nodeX(l - 1), y0, lay.nodeX(l), lay.nodeY(l, e.to()), e.isBias()));
            }
        }
        s.append("</g><g class=\"nodes\">");
        for (int l = 0; l < in.layers().length; l++) {
            for (int i = 1; i <= in.layers()[l]; i++) {
                s.append(node(lay.nodeX(l), lay.nodeY(l, i), nodeKey(l, i)));
            }
            if (in.bias() && l < in.depth()) {
                s.append(f("<g class=\"bias-unit\"><rect x=\"%.1f\" y=\"%.1f\" width=\"30\" height=\"26\" rx=\"4\""
                        + " fill=\"#fff8e6\" stroke=\"#b07d00\"/><text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\""
                        + " font-size=\"13\">+1</text></g>", lay.nodeX(l) - 15, lay.biasY() - 13, lay.nodeX(l), lay.biasY() + 4.5));
            }
        }
        s.append("</g><g class=\"weights\" font-size=\"").append((int) LABEL_FONT).append("\">");
        for (EdgeLabel label : lay.labels) {
            DiagramLayout.Edge e = label.edge();
            s.append(weightLabel(label, labelWidth(weightKey(e), value(e)), weightKey(e), value(e)));
        }
        s.append("</g><g class=\"captions\" font-size=\"11\" fill=\"#444\" text-anchor=\"middle\">");
        for (int l = 0; l < in.layers().length; l++) {
            double y = lay.height() - DiagramLayout.BOTTOM + 34;
            s.append(f("<text x=\"%.1f\" y=\"%.1f\">", lay.nodeX(l), y)).append(Markup.text(layerName(l)))
                    .append(f("</text><text x=\"%.1f\" y=\"%.1f\" font-style=\"italic\">", lay.nodeX(l), y + 13))
                    .append(Markup.text(l == 0 ? "" : in.activations().get(l - 1).id())).append("</text>");
        }
        return s.append("</g></svg>").toString();
    }

    private String line(double x0, double y0, double x1, double y1, boolean bias) {
        return f("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"%s/>", x0, y0, x1, y1,
                bias ? " stroke-dasharray=\"4 3\" stroke=\"#b07d00\"" : "");
    }

    private String node(double x, double y, String key) {
        KeyNotation.Parts p = KeyNotation.parts(key, shortHidden);
        return f("<g class=\"node\"><title>%s</title><circle class=\"node\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.0f\""
                        + " fill=\"#eef4fb\" stroke=\"#1f4e79\" stroke-width=\"1.5\"/><text x=\"%.1f\" y=\"%.1f\""
                        + " text-anchor=\"middle\" font-size=\"15\" font-style=\"italic\">%s</text></g>",
                Markup.text(display.apply(key)), x, y, DiagramLayout.R, x, y + 5, scripted(p, ""));
    }

    private String weightLabel(EdgeLabel l, double width, String key, double value) {
        KeyNotation.Parts p = KeyNotation.parts(key, shortHidden);
        String text = format.plain(value);
        String kind = l.edge().isBias() ? "bias" : "weight";
        return f("<g class=\"%s\" transform=\"rotate(%.2f %.1f %.1f)\"><title>%s = %s</title>"
                        + "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                        + " rx=\"3\" fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"0.6\"/>"
                        + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text></g>",
                kind, l.angleDegrees(), l.cx(), l.cy(), Markup.text(display.apply(key)), Markup.text(text),
                l.cx() - width / 2 - 3, l.cy() - DiagramLayout.LABEL_HEIGHT / 2, width + 6, DiagramLayout.LABEL_HEIGHT,
                l.edge().isBias() ? "#b07d00" : "#9db3c9", l.cx(), l.cy() + 3.5, scripted(p, " = " + text));
    }

    /** base, subscript, superscript (after each other), then the rest, as SVG tspans. */
    private static String scripted(KeyNotation.Parts p, String rest) {
        StringBuilder t = new StringBuilder(Markup.text(p.base()));
        double shift = 0;
        if (!p.sub().isEmpty()) {
            t.append("<tspan dy=\"3\" font-size=\"").append((int) SMALL_FONT).append("\" font-style=\"normal\">")
                    .append(Markup.text(p.sub())).append("</tspan>");
            shift = 3;
        }
        if (!p.sup().isEmpty()) {
            t.append(f("<tspan dy=\"%.0f\" font-size=\"%d\" font-style=\"normal\">", -4 - shift, (int) SMALL_FONT))
                    .append(Markup.text(p.sup())).append("</tspan>");
            shift = -4;
        }
        if (!rest.isEmpty() || shift != 0) {
            t.append(f("<tspan dy=\"%.0f\" font-style=\"normal\">", -shift)).append(Markup.text(rest)).append("</tspan>");
        }
        return t.toString();
    }

    private double labelWidth(String key, double value) {
        KeyNotation.Parts p = KeyNotation.parts(key, shortHidden);
        return CHAR * (p.base().length() + 3 + format.plain(value).length())
                + SMALL_CHAR * (p.sub().length() + p.sup().length());
    }

    private String weightKey(DiagramLayout.Edge e) {
        return e.isBias() ? Keys.b(e.layer(), e.to()) : Keys.w(e.layer(), e.from(), e.to());
    }

    private double value(DiagramLayout.Edge e) {
        return e.isBias() ? in.biases()[e.layer() - 1][e.to() - 1] : in.weights()[e.layer() - 1][e.from() - 1][e.to() - 1];
    }

    private String nodeKey(int l, int i) {
        return l == 0 ? Keys.x(i, 0) : l == in.depth() ? Keys.yhat(i, 0, 1) : Keys.h(l, i, 0, 1);
    }

    private String layerName(int l) {
        return l == 0 ? "input" : l == in.depth() ? "output" : "hidden layer " + l;
    }

    private String title() {
        List<String> sizes = new ArrayList<>();
        for (int n : in.layers()) {
            sizes.add(Integer.toString(n));
        }
        return "Network " + String.join("-", sizes) + (in.bias() ? " with biases" : "");
    }

    private String description() {
        StringBuilder d = new StringBuilder();
        for (int l = 0; l < in.layers().length; l++) {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= in.layers()[l]; i++) {
                names.add(display.apply(nodeKey(l, i)));
            }
            d.append(l == 0 ? "Inputs " : (layerName(l) + ", " + in.activations().get(l - 1).id() + ": "))
                    .append(String.join(", ", names)).append(". ");
        }
        d.append("Each node is connected to every node of the next layer. Weights: ");
        List<String> ws = new ArrayList<>();
        for (int l = 1; l < in.layers().length; l++) {
            for (DiagramLayout.Edge e : DiagramLayout.edgesInto(in.layers(), in.bias(), l)) {
                String from = e.isBias() ? "the bias unit" : display.apply(nodeKey(l - 1, e.from()));
                ws.add(display.apply(weightKey(e)) + " = " + format.plain(value(e)) + " (from " + from + " to "
                        + display.apply(nodeKey(l, e.to())) + ")");
            }
        }
        return d.append(String.join("; ", ws)).append('.').toString();
    }

    /**
     * {@code String.format} for the few patterns SVG needs (%s, %d, %.0f, %.1f, %.2f), many times faster: a class
     * of sheets writes hundreds of thousands of coordinates. Independent of the default locale.
     */
    static String f(String pattern, Object... args) {
        StringBuilder out = new StringBuilder(pattern.length() + 16 * args.length);
        int a = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '%') {
                out.append(c);
            } else if (pattern.charAt(i + 1) == '.') {
                fixed(out, ((Number) args[a++]).doubleValue(), pattern.charAt(i + 2) - '0');
                i += 3; // "%.1f"
            } else {
                out.append(args[a++]);
                i++; // "%s", "%d"
            }
        }
        return out.toString();
    }

    private static void fixed(StringBuilder out, double v, int decimals) {
        long scale = decimals == 0 ? 1 : decimals == 1 ? 10 : 100;
        long r = Math.round(Math.abs(v) * scale);
        if (v < 0 && r != 0) {
            out.append('-');
        }
        out.append(r / scale);
        if (decimals > 0) {
            String frac = Long.toString(r % scale);
            out.append('.').append("0".repeat(decimals - frac.length())).append(frac);
        }
    }
}
