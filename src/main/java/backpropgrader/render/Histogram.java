package backpropgrader.render;

import backpropgrader.engine.Numbers;

import java.util.List;

/**
 * The class report's score histogram as inline SVG: one bar per tenth of the percentage range ([0, 10), …,
 * [90, 100]), its count written above it, with a title and a description that says every count in words (so a
 * screen reader, or a reader of the printed page without colour, has the same numbers). Coordinates are written
 * by {@link Numbers}, never by the JVM's locale.
 */
final class Histogram {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int LEFT = 48;
    private static final int RIGHT = 12;
    private static final int TOP = 26;
    private static final int BOTTOM = 52;

    private Histogram() {
    }

    static String svg(List<Integer> bins, String id, NumberFormatter format) {
        int max = bins.stream().mapToInt(Integer::intValue).max().orElse(0);
        int total = bins.stream().mapToInt(Integer::intValue).sum();
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        double slot = plotW / bins.size();
        StringBuilder desc = new StringBuilder("Graded students per tenth of the score range (" + total + " in all): ");
        StringBuilder bars = new StringBuilder();
        for (int i = 0; i < bins.size(); i++) {
            int n = bins.get(i);
            String range = range(i, bins.size(), format);
            String words = range + ": " + n + (n == 1 ? " student" : " students");
            desc.append(i > 0 ? "; " : "").append(words);
            double h = max == 0 ? 0 : plotH * n / max;
            double x = LEFT + i * slot + slot * 0.12;
            double y = TOP + plotH - h;
            bars.append("<g class=\"bin\"><rect class=\"bar\" data-count=\"").append(n).append("\" x=\"")
                    .append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(slot * 0.76))
                    .append("\" height=\"").append(num(h)).append("\"><title>").append(words).append("</title></rect>")
                    .append("<text class=\"count\" x=\"").append(num(x + slot * 0.38)).append("\" y=\"")
                    .append(num(y - 5)).append("\" text-anchor=\"middle\">").append(n).append("</text>")
                    .append("<text class=\"tick\" x=\"").append(num(x + slot * 0.38)).append("\" y=\"")
                    .append(TOP + (int) plotH + 17).append("\" text-anchor=\"middle\">").append(tick(i, bins.size()))
                    .append("</text></g>");
        }
        desc.append('.');
        int axisY = TOP + (int) plotH;
        return "<svg class=\"histogram\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT
                + "\" width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\" role=\"img\" aria-labelledby=\"" + id
                + "-title " + id + "-desc\"><title id=\"" + id + "-title\">Score histogram</title><desc id=\"" + id
                + "-desc\">" + Markup.text(desc.toString()) + "</desc>"
                + "<line class=\"axis\" x1=\"" + LEFT + "\" y1=\"" + axisY + "\" x2=\"" + (WIDTH - RIGHT) + "\" y2=\""
                + axisY + "\"/>" + bars
                + "<text class=\"axis-label\" x=\"" + (LEFT + (int) plotW / 2) + "\" y=\"" + (HEIGHT - 8)
                + "\" text-anchor=\"middle\">score (% of the points available)</text>"
                + "<text class=\"axis-label\" transform=\"rotate(-90)\" x=\"" + -(TOP + (int) plotH / 2) + "\" y=\"16\""
                + " text-anchor=\"middle\">students</text></svg>";
    }

    /**
     * A small distribution for a table cell: ten bars without axes, the counts in its title and description
     * (a screen reader, or a printed page, has the same numbers).
     */
    static String mini(List<Integer> bins, String id, NumberFormatter format) {
        int max = bins.stream().mapToInt(Integer::intValue).max().orElse(0);
        StringBuilder desc = new StringBuilder();
        StringBuilder bars = new StringBuilder();
        for (int i = 0; i < bins.size(); i++) {
            int n = bins.get(i);
            desc.append(i > 0 ? "; " : "").append(range(i, bins.size(), format)).append(": ").append(n);
            double h = max == 0 ? 0 : 28.0 * n / max;
            bars.append("<rect x=\"").append(i * 12 + 1).append("\" y=\"").append(num(30 - h))
                    .append("\" width=\"10\" height=\"").append(num(h)).append("\" data-count=\"").append(n)
                    .append("\"/>");
        }
        return "<svg class=\"mini\" viewBox=\"0 0 121 31\" width=\"121\" height=\"31\" role=\"img\""
                + " aria-labelledby=\"" + id + "-title " + id + "-desc\"><title id=\"" + id + "-title\">Students by"
                + " share of the points</title><desc id=\"" + id + "-desc\">" + Markup.text(desc.toString())
                + "</desc><line x1=\"0\" y1=\"30.5\" x2=\"121\" y2=\"30.5\"/>" + bars + "</svg>";
    }

    /** "0 to under 10%", …, "90 to 100%" (the last bin holds full marks), the sign as the locale writes it. */
    private static String range(int i, int bins, NumberFormatter format) {
        int width = 100 / bins;
        return i * width + (i == bins - 1 ? " to " + format.percent(100, 0)
                : " to under " + format.percent((i + 1) * width, 0));
    }

    private static String tick(int i, int bins) {
        int width = 100 / bins;
        return i * width + "–" + (i + 1) * width;
    }

    private static String num(double v) {
        return Pages.sortable(v, 1);
    }
}
