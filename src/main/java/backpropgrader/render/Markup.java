package backpropgrader.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;

/**
 * Markup built in Java (SVG, MathML) and handed to a template, which prints it as it is. Everything that goes
 * into such markup passes through {@link #text} first, so nothing a student, a family author or a roster
 * controls can open a tag.
 */
public final class Markup {

    private Markup() {
    }

    /** Text for an XML/HTML text node or attribute value (the one escaper; LMS comment fields use it too). */
    public static String text(String s) {
        int i = 0;
        while (i < s.length() && "<>&\"'".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        if (i == s.length()) { // most text (every number) has nothing to escape
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Finished markup, so that the template's auto-escaping leaves it as it is. */
    static TemplateHTMLOutputModel html(String markup) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(markup);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
