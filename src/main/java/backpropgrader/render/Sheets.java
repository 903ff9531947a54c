package backpropgrader.render;

import backpropgrader.exercise.Asked;
import backpropgrader.exercise.Variant;

/**
 * STAND-IN for the render helper's real pages (the lead replaces this file at merge): a minimal valid, escaped
 * HTML page with the title and the asked keys, so that the generate stage compiles and its tests run.
 */
public final class Sheets {

    private Sheets() {
    }

    /** The student's sheet. */
    public static String sheet(SheetPage page) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(page.courseTitle() + " — " + page.assignment() + " — " + page.student().id()))
                .append("</title></head>\n<body>\n<h1>").append(escape(page.courseTitle())).append("</h1>\n");
        for (Variant v : page.variants()) {
            b.append("<section><h2>").append(escape(v.title())).append("</h2>\n<ul>\n");
            for (Asked a : v.asked()) {
                b.append("<li>").append(escape(a.key())).append("</li>\n");
            }
            b.append("</ul></section>\n");
        }
        return b.append("<footer>").append(escape(page.provenance())).append("</footer>\n</body></html>\n").toString();
    }

    /** The instructor's worked solutions for one student. */
    public static String workedSolutions(SheetPage page) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape("Worked solutions — " + page.student().id())).append("</title></head>\n<body>\n");
        for (Variant v : page.variants()) {
            b.append("<section><h2>").append(escape(v.title())).append("</h2>\n<ul>\n");
            for (Asked a : v.asked()) {
                String value = a.symbolic() ? a.expectedExpression() : Double.toString(v.reference().get(a.key()));
                b.append("<li>").append(escape(a.key() + " = " + value)).append("</li>\n");
            }
            b.append("</ul></section>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
