package backpropgrader.render;

import backpropgrader.marking.Asked;
import backpropgrader.exercise.Student;
import backpropgrader.marking.Variant;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SheetsTest {

    private static final Pattern INPUT = Pattern.compile(
            "<input id=\"([^\"]+)\"[^>]*?data-exercise=\"([^\"]+)\" data-key=\"([^\"]+)\"", Pattern.DOTALL);

    /** (exercise, key) → the id of the answer box for it. */
    private static Map<List<String>, String> answerBoxes(String html) {
        Map<List<String>, String> out = new HashMap<>();
        Matcher m = INPUT.matcher(html);
        while (m.find()) {
            String previous = out.put(List.of(m.group(2), m.group(3)), m.group(1));
            assertEquals(null, previous, "two boxes for " + m.group(3));
        }
        return out;
    }

    @Test
    void everyAskedKeyHasOneLabelledAnswerBox() {
        SheetPage page = TestPages.all(Locale.ENGLISH);
        String html = Sheets.sheet(page);
        Map<List<String>, String> boxes = answerBoxes(html);
        Set<List<String>> asked = new LinkedHashSet<>();
        for (Variant v : page.variants()) {
            for (Asked a : v.asked()) {
                asked.add(List.of(v.exerciseId(), a.key()));
            }
        }
        assertEquals(asked, boxes.keySet());
        assertEquals(boxes.size(), new LinkedHashSet<>(boxes.values()).size(), "ids are unique");
        for (String id : boxes.values()) {
            assertTrue(html.contains("<label for=\"" + id + "\">"), "no label for " + id);
        }
    }

    @Test
    void thePageNeedsNoNetwork() {
        String html = Sheets.sheet(TestPages.all(Locale.ENGLISH));
        assertFalse(Pattern.compile("(?i)(https?:|ftp:|\\ssrc\\s*=|<link\\b|@import|\\burl\\()").matcher(html).find(),
                "the sheet loads something from outside");
        assertTrue(html.contains("<style>") && html.contains("<script>"), "styles and script are inline");
        assertTrue(html.contains("<svg class=\"network\""));
    }

    @Test
    void studentControlledStringsAreEscaped() {
        Student mallory = new Student("s9\"><img onerror=alert(1)>", "<script>alert('x')</script> & Co", null);
        Variant v = TestPages.example1();
        Variant renamed = new Variant(mallory.id(), "ex<1>", v.familyId(), v.familyVersion(), "Title <i>x</i>",
                v.instance(), v.graph(), v.asked(), v.marking(), false);
        SheetPage page = new SheetPage(mallory, "Course <b>A</b>", "a1'", Locale.ENGLISH, List.of(renamed), "p<v>");
        for (String html : List.of(Sheets.sheet(page), Sheets.workedSolutions(page))) {
            for (String raw : List.of("<script>alert", "<img onerror", "<b>A</b>", "<i>x</i>", "ex<1>", "p<v>")) {
                assertFalse(html.contains(raw), raw + " is not escaped");
            }
            assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co"));
            assertTrue(html.contains("Course &lt;b&gt;A&lt;/b&gt;"));
        }
        assertTrue(Sheets.sheet(page).contains("data-student=\"s9&quot;&gt;&lt;img onerror=alert(1)&gt;\""));
    }

    @Test
    void aGermanSheetWritesDecimalCommas() {
        String de = Sheets.sheet(TestPages.page(TestPages.ADA, Locale.GERMANY, TestPages.example1()));
        String en = Sheets.sheet(TestPages.page(TestPages.ADA, Locale.ENGLISH, TestPages.example1()));
        assertTrue(de.contains("<html lang=\"en\">"), "the words stay English; only numbers follow the locale");
        assertTrue(de.contains("<td>0,5</td>"), "data table");
        assertTrue(de.contains("<mo>=</mo><mn>0,1</mn>"), "learning rate");
        assertTrue(de.contains("<title>w[1]_1,2 = 2,3</title>"), "diagram");
        assertTrue(de.contains("(a decimal comma or point is fine)"));
        assertFalse(Pattern.compile("<(td|mn)>\\d+\\.\\d").matcher(de).find(), "a decimal point in a German sheet");
        assertTrue(en.contains("<td>0.5</td>") && en.contains("<mo>=</mo><mn>0.1</mn>"));
    }

    @Test
    void theSameSheetWhateverTheJvmsLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            String root = Sheets.sheet(TestPages.all(Locale.ENGLISH)) + Sheets.workedSolutions(TestPages.all(Locale.ENGLISH));
            Locale.setDefault(Locale.GERMANY);
            String german = Sheets.sheet(TestPages.all(Locale.ENGLISH)) + Sheets.workedSolutions(TestPages.all(Locale.ENGLISH));
            assertEquals(root, german);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void eachExerciseStatesItsRoundingRuleDataAndFormulas() {
        String html = Sheets.sheet(TestPages.page(TestPages.ADA, Locale.ENGLISH, TestPages.example2()));
        assertTrue(html.contains("Give numerical answers to 3 decimal places."));
        assertEquals(3, count(html, "<tr><td>"), "one row per sample");
        assertTrue(html.contains("<tr><td>2</td><td>2</td><td>5</td></tr>"));
        // the network's equations for sample 1, the per-sample cost and the batch cost, each from the graph
        List<String> eqs = Xml.fragments(html, "math").stream().filter(m -> html.contains("<div class=\"eq\">" + m)).toList();
        assertEquals(List.of("z1,(1)[1]=w1,1[1]x1,(1)", "h1,(1)=exp(z1,(1)[1])−exp(−z1,(1)[1])exp(z1,(1)[1])+exp(−z1,(1)[1])",
                "z1,(1)[2]=w1,1[2]h1,(1)", "y^1,(1)=z1,(1)[2]", "J(1)=12(y^1,(1)−y1,(1))2", "J=J(1)+J(2)+J(3)3"),
                eqs.stream().map(Xml::text).toList());
        for (String fragment : Xml.fragments(html, "math")) {
            Xml.parse(fragment);
        }
        for (String fragment : Xml.fragments(html, "svg")) {
            Xml.parse(fragment);
        }
    }

    @Test
    void anExerciseWithoutANetworkShowsItsGivensFunctionsAndAskedKeys() {
        String html = Sheets.sheet(TestPages.page(TestPages.ADA, Locale.ENGLISH, TestPages.chainRule()));
        assertFalse(html.contains("<svg"), "no diagram without a network");
        assertTrue(html.contains("<li><math><mi>x</mi><mo>=</mo><mn>0.5</mn></math></li>"), "the given point");
        List<String> eqs = Xml.fragments(html, "math").stream().filter(m -> html.contains("<div class=\"eq\">" + m)).toList();
        assertEquals(List.of("f1=(2x2−1)3"), eqs.stream().map(Xml::text).toList(), "f_1 only, not the derivative");
        assertTrue(html.contains("data-key=\"df_1/dx\""));
        assertTrue(html.contains("data-key=\"df_1/dx|x0\""));
        assertTrue(html.contains("data-symbolic=\"true\""), "the expression box is checked as an expression in x");
        assertFalse(html.contains("inputmode="), "every box gets the full keyboard (a minus sign, and x)");
    }

    @Test
    void theFormCarriesTheStudentsIdAndTheScriptThatSavesTheirAnswersFile() {
        String html = Sheets.sheet(TestPages.all(Locale.ENGLISH));
        assertTrue(html.contains("<form id=\"answer-form\" method=\"dialog\" data-student=\"s1234\""
                + " data-assignment=\"week9-bp\" data-variant=\"" + TestPages.CODE + "\" data-file=\"s1234-week9-bp-answers.json\""));
        assertTrue(html.contains("download=\"s1234-week9-bp-answers.json\""));
        assertFalse(html.contains("type=\"submit\""), "nothing submits the form: Enter never saves");
        assertTrue(html.contains("new Blob([JSON.stringify(data, null, 2)"));
        assertTrue(html.contains("localStorage.setItem"));
    }

    private static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }
}
