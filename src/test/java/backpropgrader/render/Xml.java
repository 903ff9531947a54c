package backpropgrader.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses markup fragments as XML (which also proves them well-formed) and reads them back. */
final class Xml {

    private Xml() {
    }

    /** Parses a fragment; throws (failing the test) when it is not well-formed XML. */
    static Document parse(String fragment) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(false);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(fragment)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + fragment, e);
        }
    }

    /** The text a reader sees, without white space and invisible operators: "(1.755−4)×0.777". */
    static String text(String fragment) {
        return parse(fragment).getDocumentElement().getTextContent().replaceAll("[\\s\\u2062]", "");
    }

    static String markup(TemplateHTMLOutputModel m) {
        try {
            return HTMLOutputFormat.INSTANCE.getMarkupString(m);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Element> elements(Document d, String tag, String cssClass) {
        List<Element> out = new ArrayList<>();
        NodeList all = d.getElementsByTagName(tag);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (cssClass == null || List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Every {@code <tag …>…</tag>} of a page (math and svg do not nest in themselves here). */
    static List<String> fragments(String html, String tag) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<" + tag + "[\\s>].*?</" + tag + ">", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
