package backpropgrader.render;

import backpropgrader.engine.Numbers;
import backpropgrader.exercise.Student;
import backpropgrader.grade.ClassSummary;
import backpropgrader.grade.ItemStatistics;
import backpropgrader.grade.GradingOutcome;
import backpropgrader.marking.ItemResult;
import backpropgrader.grade.Status;
import backpropgrader.grade.StudentResult;
import backpropgrader.marking.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The instructor's class report, from the small class graded by the real grader ({@link GradedClass}). */
class ReportPagesTest {

    @TempDir
    static Path submissions;
    static GradedClass c;

    @BeforeAll
    static void grade() throws IOException {
        c = GradedClass.grade(submissions);
    }

    static String report(GradingOutcome o, Locale locale) {
        return FeedbackPages.report(c.report(o, locale));
    }

    /** A percentage written independently of the page's code: one place, half up. */
    static String percent(double share) {
        return new BigDecimal(100 * share).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    @Test
    void theHistogramHasOneBarPerBinWithItsCount() {
        String html = report(c.outcome, Locale.ENGLISH);
        Matcher svg = Pattern.compile("<svg class=\"histogram\".*?</svg>", Pattern.DOTALL).matcher(html);
        assertTrue(svg.find());
        Document d = Xml.parse(svg.group());
        assertEquals("Score histogram", d.getElementsByTagName("title").item(0).getTextContent());
        String desc = d.getElementsByTagName("desc").item(0).getTextContent();
        NodeList rects = d.getElementsByTagName("rect");
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            counts.add(Integer.parseInt(((Element) rects.item(i)).getAttribute("data-count")));
        }
        List<Integer> expected = ClassSummary.of(c.outcome).histogram();
        assertEquals(10, rects.getLength(), "one bar per tenth");
        assertEquals(expected, counts);
        assertEquals(5, counts.stream().mapToInt(Integer::intValue).sum(), "the five graded students");
        assertTrue(desc.contains("(5 in all)") && desc.contains("90 to 100%: " + expected.get(9) + " student"),
                desc);
        double tallest = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            double h = Double.parseDouble(((Element) rects.item(i)).getAttribute("height"));
            tallest = Math.max(tallest, h);
            assertEquals(counts.get(i) == 0, h == 0, "an empty bin has no bar");
        }
        assertEquals(182, tallest, 1e-9, "the fullest bin fills the plot");
    }

    @Test
    void perItemRatesAreTheSummarysOwnHardestFirst() {
        String html = report(c.outcome, Locale.ENGLISH);
        ClassSummary s = ClassSummary.of(c.outcome);
        ItemStatistics stats = ItemStatistics.of(c.outcome);
        Matcher rows = Pattern.compile("<tr><td class=\"num\" data-sort=\"(\\d+)\">\\d+</td><td class=\"num\""
                + " data-sort=\"\\d+\" title=\"([^\"]+)\">\\d+</td><th scope=\"row\">.*?</th><td><code>([^<]+)</code></td>"
                + "<td class=\"num\" data-sort=\"([^\"]*)\">[^<]*</td><td class=\"num\" data-sort=\"[^\"]*\">[^<]*</td>"
                + "\\s*(.*?)</tr>", Pattern.DOTALL).matcher(html);
        int n = 0;
        double before = -1;
        while (rows.find()) {
            n++;
            ClassSummary.Item item = s.items().get(Integer.parseInt(rows.group(1)) - 1);
            assertEquals(item.exercise(), rows.group(2));
            assertEquals(Markup.text(item.key()), rows.group(3));
            double facility = Double.parseDouble(rows.group(4));
            assertTrue(facility >= before, "hardest first: " + facility + " after " + before);
            before = facility;
            int total = 0;
            for (Verdict v : Verdict.values()) {
                String cell = "data-verdict=\"" + v.id() + "\" data-sort=\"" + item.verdicts().get(v) + "\">"
                        + percent(item.rate(v)) + " <span class=\"count\">(" + item.verdicts().get(v) + ")</span>";
                assertTrue(rows.group(5).contains(cell), item.key() + ": " + cell + " in " + rows.group(5));
                total += item.verdicts().get(v);
            }
            assertEquals(item.total(), total);
            assertEquals(item.total(), stats.items().get(Integer.parseInt(rows.group(1)) - 1).students());
        }
        assertEquals(GradedClass.ASKED.size(), n, "one row per asked item");
        ClassSummary.Item h = s.items().get(1);
        assertEquals("h[1]_1", h.key());
        assertTrue(h.verdicts().get(Verdict.WRONG) >= 1 && h.verdicts().get(Verdict.CORRECT) >= 1, "a real mix");
    }

    @Test
    void countsMeanAndMedianByStatus() {
        String html = report(c.outcome, Locale.ENGLISH);
        assertTrue(html.contains("<caption>7 students and files</caption>"));
        assertTrue(html.contains("<tr class=\"status-graded\"><th scope=\"row\">graded</th><td class=\"num\">5</td>"));
        assertTrue(html.contains("<th scope=\"row\">not submitted</th><td class=\"num\">1</td>"));
        assertTrue(html.contains("<th scope=\"row\">unreadable</th><td class=\"num\">1</td>"));
        List<Double> p = c.outcome.students().stream().filter(r -> r.status() == Status.GRADED)
                .map(StudentResult::percentage).sorted().toList();
        double mean = p.stream().mapToDouble(Double::doubleValue).sum() / p.size();
        assertTrue(html.contains("a mean of <strong>" + percent(mean / 100) + "</strong> and a median of <strong>"
                + percent(p.get(2) / 100) + "</strong>"), "five graded: the third is the median");
    }

    @Test
    void misconceptionsFlagsAndFilesNeedingAttentionAreListed() {
        String html = report(c.outcome, Locale.ENGLISH);
        assertTrue(html.contains("<th scope=\"row\">sign-error</th><td>the update&#39;s sign flipped"
                + " (w + λ·∂J/∂w)</td><td class=\"num\">2</td><td><ul class=\"where\"><li>lecture-example-1 · w⁽²⁾₁,₁,new"
                + " (1)</li><li>lecture-example-1 · w⁽¹⁾₁,₁,new (1)</li></ul></td>"), "cyd's and bob's, each where it starts");
        Matcher who = Pattern.compile("<th scope=\"row\">sign-error</th>.*?<summary>2 students</summary>(.*?)</details>",
                Pattern.DOTALL).matcher(html);
        assertTrue(who.find(), "who made it");
        assertEquals("<a href=\"feedback/bob.html\">bob</a>, <a href=\"feedback/cyd.html\">cyd</a>", who.group(1));
        assertTrue(html.contains("<tr><th scope=\"row\" rowspan=\"1\"><a href=\"feedback/mal.html\">mal</a></th><td"
                + " rowspan=\"1\">Mal Copier</td>"));
        assertTrue(html.contains("<td><a href=\"feedback/ada.html\">ada</a></td>"), "whose variant the copy fits");
        var evidence = c.outcome.collusion().get("mal").get(0);
        StudentResult mal = c.outcome.students().stream().filter(r -> r.id().equals("mal")).findFirst().orElseThrow();
        double fromAda = mal.items().stream().filter(i -> evidence.items().stream().anyMatch(e -> e.exercise()
                .equals(i.exercise()) && e.key().equals(i.key()))).mapToDouble(ItemResult::points).sum();
        assertTrue(evidence.items().size() >= 3);
        assertTrue(html.contains("<td><a href=\"feedback/ada.html\">ada</a></td><td class=\"num\">"
                + evidence.items().size() + " items</td><td class=\"num\">" + Numbers.plain(fromAda)
                + (fromAda == 1 ? " point" : " points") + "</td>"), "the matching items and what they earned");
        Matcher eve = Pattern.compile("<a href=\"feedback/eve.html\">eve</a></th>\\s*<td>unreadable</td><td><code>"
                + "([^<]*)</code></td><td class=\"error\">([^<]*)</td>").matcher(html);
        assertTrue(eve.find(), "eve's broken file");
        assertTrue(eve.group(1).endsWith("eve.json") && eve.group(2).contains("eve.json: line 2, column"));
        assertTrue(html.contains("No manual adjustment was applied."));
        assertTrue(html.lastIndexOf("<footer class=\"provenance\">backprop-grader test · families example-1 v1")
                > html.lastIndexOf("</main>"), "provenance at the bottom");
    }

    @Test
    void overridesUnknownStudentsAndWarningsAreShownEscaped() {
        List<StudentResult> students = new ArrayList<>();
        for (StudentResult r : c.outcome.students()) {
            if (!r.id().equals("cyd")) {
                students.add(r);
                continue;
            }
            List<ItemResult> items = r.items().stream().map(i -> !i.key().equals("J") ? i : new ItemResult(
                    i.exercise(), i.key(), i.submitted(), i.expected(), Verdict.CORRECT, null, 1, 1, i.why(),
                    "Regrade: <accepted> by email")).toList();
            students.add(new StudentResult(r.id(), r.name(), r.status(), r.score(), r.max(), null, r.flags(), items,
                    r.source(), List.of("cyd.txt: [x] k is not a quantity of this exercise; <not> marked.")));
        }
        students.add(new StudentResult("<x9>", "", Status.UNKNOWN_STUDENT, null, null, "x.txt: '<x9>' is not on"
                + " the roster.", List.of(), List.of(), "x.txt", List.of()));
        GradingOutcome o = new GradingOutcome(students, List.of("A batch warning & more."), c.outcome.families());
        String html = report(o, Locale.ENGLISH);
        assertTrue(html.contains("<tr><th scope=\"row\"><a href=\"feedback/cyd.html\">cyd</a></th>"
                + "<td><code>lecture-example-1</code></td>"));
        assertTrue(html.contains("<td>Regrade: &lt;accepted&gt; by email</td>"));
        assertTrue(html.contains("<th scope=\"row\">&lt;x9&gt;</th>"), "an unknown student has no feedback page link");
        assertTrue(html.contains("<li>A batch warning &amp; more.</li>"));
        assertTrue(html.contains("<li><a href=\"feedback/cyd.html\">cyd</a>: cyd.txt: [x] k is not a quantity of this"
                + " exercise; &lt;not&gt; marked.</li>"));
        assertFalse(html.contains("<x9>") || html.contains("<accepted>"));
        assertEquals("feedback/a%20b%2F%C3%A9.html", FeedbackPages.feedbackHref("a b/é"));
    }

    @Test
    void aGermanReportWritesDecimalCommas() {
        String de = report(c.outcome, Locale.GERMANY);
        String en = report(c.outcome, Locale.ENGLISH);
        Matcher mean = Pattern.compile("a mean of <strong>(\\d+)\\.(\\d)%</strong>").matcher(en);
        assertTrue(mean.find());
        assertTrue(de.contains("a mean of <strong>" + mean.group(1) + "," + mean.group(2) + "\u00a0%</strong>"));
        assertFalse(Pattern.compile("\\d\\.\\d\u00a0?%").matcher(de).find(), "a decimal point in a German report");
        assertFalse(Pattern.compile("(?i)(https?:|\\ssrc\\s*=|<link\\b|@import|\\burl\\()").matcher(de).find(),
                "the report loads something from outside");
    }

    @Test
    void scoresByRosterGroupAppearWhenTheRosterHasGroups() {
        List<Student> roster = new ArrayList<>();
        for (Student s : GradedClass.ROSTER) {
            roster.add(new Student(s.id(), s.name(), "", List.of("ada", "bob", "cyd").contains(s.id()) ? "Tutorial A"
                    : s.id().equals("zed") ? "" : "Tutorial B", Map.of()));
        }
        String none = report(c.outcome, Locale.ENGLISH);
        assertFalse(none.contains("id=\"groups\""), "no groups on the roster: no section");
        String html = FeedbackPages.report(new ReportPage("C", "a", Locale.ENGLISH, c.outcome,
                ClassSummary.of(c.outcome), ItemStatistics.of(c.outcome), roster, "p"));
        for (String group : List.of("Tutorial A", "Tutorial B")) {
            List<StudentResult> members = c.outcome.students().stream().filter(r -> roster.stream().anyMatch(s ->
                    s.id().equals(r.id()) && s.group().equals(group))).toList();
            List<Double> p = members.stream().filter(r -> r.status() == Status.GRADED).map(StudentResult::percentage)
                    .toList();
            double mean = p.stream().mapToDouble(Double::doubleValue).sum() / p.size();
            assertTrue(html.contains("<tr><th scope=\"row\">" + group + "</th><td class=\"num\">" + members.size()
                    + "</td><td class=\"num\">" + p.size() + "</td><td class=\"num\">" + percent(mean / 100) + "</td>"),
                    group + ": " + html.substring(html.indexOf("id=\"groups\"")));
        }
        assertTrue(html.contains("<tr><th scope=\"row\">(no group)</th><td class=\"num\">1</td>"), "zed");
        assertTrue(html.contains("<th scope=\"col\" data-type=\"text\">Group</th>"), "a group column in the table");
    }
}
