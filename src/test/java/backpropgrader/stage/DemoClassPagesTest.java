package backpropgrader.stage;

import backpropgrader.grade.ItemStatistics;
import backpropgrader.kernel.TreeFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo class's pages. The class report: every non-submitter and the blank hand-in named, every roster student
 * in the student table with a link to a page that exists, and every item's facility and discrimination equal to
 * an independent computation from results.json (Commons Math's {@link PearsonsCorrelation} on the item's points
 * and the rest scores) — in the statistics, in report.html and in report.csv. The feedback pages: reasons in the
 * lecture's notation and only where they add something, one hint per mistake per exercise, a summary with next
 * steps, percentages without a space, no "0.0%" for nothing handed in.
 */
class DemoClassPagesTest {

    @TempDir
    static Path dir;
    static DemoStage.Summary demo;
    static String report;
    static JsonNode results;

    @BeforeAll
    static void runTheDemo() throws IOException {
        demo = DemoStage.run(dir.resolve("demo"), false, GradeStage.Progress.NONE);
        report = Files.readString(demo.graded().layout().report());
        results = TreeFiles.read(demo.graded().layout().results());
    }

    private static List<JsonNode> students(String status) {
        List<JsonNode> out = new ArrayList<>();
        results.get("students").forEach(s -> {
            if (status == null || s.get("status").asText().equals(status)) {
                out.add(s);
            }
        });
        return out;
    }

    /** The part of the report under a section's heading. */
    private static String section(String id) {
        int from = report.indexOf("<section id=\"" + id + "\"");
        return report.substring(from, report.indexOf("</section>", from));
    }

    @Test
    void theReportNamesEveryNonSubmitterAndTheBlankHandIn() {
        String look = section("look");
        List<JsonNode> none = students("not-submitted");
        assertEquals(3, none.size());
        assertTrue(look.contains("Handed in nothing (3)"), look);
        for (JsonNode s : none) {
            String id = s.get("id").asText();
            assertTrue(look.contains("<a href=\"feedback/" + id + ".html\">" + id + "</a> " + s.get("name").asText()),
                    id + " named: " + look);
        }
        List<String> blank = new ArrayList<>();
        List<String> mostly = new ArrayList<>();
        for (JsonNode s : students(null)) {
            s.get("flags").forEach(f -> (f.asText().equals("blank") ? blank : f.asText().equals("mostly-blank")
                    ? mostly : new ArrayList<String>()).add(s.get("id").asText()));
        }
        assertEquals(List.of("s24"), blank, "the blank answer file handed back untouched");
        assertEquals(List.of(), mostly, "s23 left 24 of 111 items blank: not mostly");
        JsonNode s24 = students(null).stream().filter(s -> s.get("id").asText().equals("s24")).findFirst().orElseThrow();
        assertEquals("graded", s24.get("status").asText());
        assertTrue(look.contains("Blank: every item left blank (1)</dt>\n    <dd><ul class=\"names\"><li><a"
                + " href=\"feedback/s24.html\">s24</a> Aisha Bello</li></ul>"), look);
        assertTrue(look.contains("File could not be read (1)") && look.contains("s26.json: line 1, column 69: the"
                + " file ends before the answers are complete"), look);
        assertTrue(look.contains("Answers that could not be read as a number (0)</dt>\n    <dd>None.</dd>"),
                "no demo student typed an answer the grader cannot read: " + look);
    }

    @Test
    void everyRosterStudentIsInTheTableWithALinkToAPageThatExists() throws IOException {
        String table = section("students");
        List<String> roster = Files.readAllLines(dir.resolve("demo/roster.csv")).stream().skip(1)
                .map(l -> l.substring(0, l.indexOf(','))).toList();
        assertEquals(30, roster.size());
        Matcher rows = Pattern.compile("<tr data-status=\"([a-z-]+)\"[^>]*><th scope=\"row\">(.*?)</th>").matcher(table);
        Map<String, String> linked = new LinkedHashMap<>();
        while (rows.find()) {
            Matcher a = Pattern.compile("<a href=\"([^\"]+)\">([^<]+)</a>").matcher(rows.group(2));
            linked.put(a.find() ? a.group(2) : rows.group(2), a.find(0) ? a.group(1) : null);
        }
        assertEquals(31, linked.size(), "30 on the roster and the file from s99: " + linked.keySet());
        for (String id : roster) {
            String href = linked.get(id);
            assertNotNull(href, id + " has a link in the student table");
            assertTrue(Files.isRegularFile(demo.graded().layout().root().resolve(href)), href + " exists");
        }
        assertNull(linked.get("s99"), "a file for someone not on the roster links no page");
        assertTrue(table.contains("<td class=\"num\" data-sort=\"37\">37 of 113</td><td class=\"num\""
                + " data-sort=\"32.743\">32.7%</td><td><span class=\"flag\">fits s02&#39;s variant</span>"), "s25");
        String flags = section("flags");
        assertTrue(flags.contains("<a href=\"feedback/s02.html\">s02</a></td><td class=\"num\">"), flags);
        Matcher fit = Pattern.compile("s02</a></td><td class=\"num\">(\\d+) items</td><td class=\"num\">(\\d+) points")
                .matcher(flags);
        assertTrue(fit.find(), flags);
        assertTrue(Integer.parseInt(fit.group(1)) >= 50, "most of the copy matches s02's variant: " + fit.group(1));
        assertEquals("37", fit.group(2), "the copy's 37 points all came from items matching s02's numbers");
    }

    /** Facility and discrimination recomputed from results.json alone, with Commons Math. */
    @Test
    @SuppressWarnings("unchecked")
    void facilityAndDiscriminationAreMoodlesForEveryItem() throws IOException {
        Map<String, List<double[]>> byItem = new LinkedHashMap<>(); // item → per student {points, max, rest}
        for (JsonNode s : students("graded")) {
            double total = 0;
            for (JsonNode i : s.get("items")) {
                total += i.get("points").asDouble();
            }
            for (JsonNode i : s.get("items")) {
                double x = i.get("points").asDouble();
                byItem.computeIfAbsent(i.get("exercise").asText() + " " + i.get("key").asText(), k -> new ArrayList<>())
                        .add(new double[] {x, i.get("max").asDouble(), total - x});
            }
        }
        ItemStatistics stats = ItemStatistics.of(demo.graded().outcome());
        assertEquals(111, byItem.size());
        assertEquals(byItem.size(), stats.items().size());
        assertEquals(ItemStatisticsColumns.HEADER, Files.readAllLines(demo.graded().layout().reportCsv()).get(0));
        List<List<String>> csv = new ArrayList<>();
        try (var it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerForListOf(String.class)
                .readValues(demo.graded().layout().reportCsv().toFile())) {
            while (it.hasNextValue()) {
                csv.add((List<String>) it.nextValue());
            }
        }
        int n = 0;
        int undefined = 0;
        for (ItemStatistics.Item item : stats.items()) {
            List<double[]> rows = byItem.get(item.exercise() + " " + item.key());
            double[] x = rows.stream().mapToDouble(r -> r[0]).toArray();
            double[] rest = rows.stream().mapToDouble(r -> r[2]).toArray();
            double facility = rows.stream().mapToDouble(r -> r[0] / r[1]).average().orElseThrow();
            boolean none = new Variance().evaluate(x) == 0 || new Variance().evaluate(rest) == 0;
            Double discrimination = none ? null : new PearsonsCorrelation().correlation(x, rest);
            String where = item.exercise() + " " + item.key();
            assertEquals(26, item.students(), where);
            assertEquals(facility, item.facility(), 1e-12, where);
            if (discrimination == null) {
                assertNull(item.discrimination(), where + ": no variance, no correlation");
                undefined++;
            } else {
                assertEquals(discrimination, item.discrimination(), 1e-9, where);
            }
            List<String> cells = csv.get(++n);
            assertEquals(List.of(item.exercise(), item.key(), "26"), cells.subList(0, 3), "report.csv in sheet order");
            assertEquals(facility, Double.parseDouble(cells.get(3)), 5e-5, where + " in report.csv");
            if (discrimination == null) {
                assertEquals("", cells.get(4), where + ": undefined is an empty cell");
            } else {
                assertEquals(discrimination, Double.parseDouble(cells.get(4)), 5e-5, where + " in report.csv");
            }
            assertShownInTheReport(item, facility, discrimination);
        }
        assertEquals(111, n);
        assertTrue(undefined < n, "most items tell the students apart");
    }

    private static void assertShownInTheReport(ItemStatistics.Item item, double facility, Double discrimination) {
        Matcher row = Pattern.compile("title=\"" + Pattern.quote(item.exercise()) + "\">\\d+</td><th scope=\"row\">"
                + ".*?</th><td><code>" + Pattern.quote(item.key().replace("'", "&#39;")) + "</code></td><td class=\"num\""
                + " data-sort=\"([^\"]*)\">([^<]*)</td><td class=\"num\" data-sort=\"([^\"]*)\">([^<]*)</td>")
                .matcher(section("items"));
        assertTrue(row.find(), item.key());
        assertEquals(facility, Double.parseDouble(row.group(1)), 1e-6);
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f", facility), row.group(2));
        if (discrimination == null) {
            assertEquals("", row.group(3));
            assertEquals("—", row.group(4));
        } else {
            assertEquals(discrimination, Double.parseDouble(row.group(3)), 1e-6);
            assertEquals(String.format(java.util.Locale.ROOT, "%.2f", discrimination).replace('-', '−'), row.group(4));
        }
    }

    /** report.csv's header, spelled out here so that a renamed column fails a test. */
    private static final class ItemStatisticsColumns {
        static final String HEADER = "exercise,key,students,facility,discrimination,mean_points,max,correct,"
                + "follow_through,wrong,missing,misconceptions";
    }

    private static String page(String id) throws IOException {
        return Files.readString(demo.graded().layout().feedback(id));
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]*>", "");
    }

    @Test
    void aStudentWhoHandedInNothingReadsNoPercentage() throws IOException {
        String html = page("s28");
        String card = html.substring(html.indexOf("<div class=\"score-card"), html.indexOf("</div>",
                html.indexOf("<div class=\"score-card")));
        assertTrue(card.contains("<span class=\"earned\">0</span> <span class=\"of\">of 113 points</span>"), card);
        assertTrue(!card.contains("%") && !html.contains("0.0%"), card);
        assertTrue(html.contains("No submission received"));
    }

    @Test
    void reasonsAreInTheLecturesNotationAndOnlyWhereTheyAddSomething() throws IOException {
        Pattern reason = Pattern.compile("<td class=\"reason\">(.*?)</td>", Pattern.DOTALL);
        Pattern hint = Pattern.compile("<div class=\"misconception\".*?</div>", Pattern.DOTALL);
        int reasons = 0;
        for (JsonNode s : students("graded")) {
            String id = s.get("id").asText();
            String html = page(id);
            assertTrue(!html.contains("Correct: within rounding") && !html.contains("Not answered."), id);
            assertTrue(html.split("class=\"accepted-note\"", -1).length <= 4, id + ": each tag explained once");
            assertTrue(!Pattern.compile("\\d %").matcher(html).find(), id + ": 27.4%, not 27.4 %");
            Matcher m = reason.matcher(html);
            int i = 0;
            List<JsonNode> items = new ArrayList<>();
            s.get("items").forEach(items::add);
            while (m.find()) {
                JsonNode item = items.get(i++);
                String words = text(m.group(1));
                String verdict = item.get("verdict").asText();
                boolean plainlyRight = (verdict.equals("correct") || verdict.equals("missing"))
                        && item.get("override").isNull();
                assertEquals(plainlyRight, !words.contains(":"), id + " " + item.get("key").asText() + ": " + words);
                assertTrue(!words.contains("]_") && !words.contains("yhat") && !words.contains("dJ/"),
                        id + ": key syntax in a reason: " + words);
                reasons += plainlyRight ? 0 : 1;
            }
            assertEquals(items.size(), i, id + ": a Why cell per item");
            Matcher h = hint.matcher(html);
            while (h.find()) {
                String words = text(h.group());
                assertTrue(!words.contains("]_") && !words.contains("w_old") && !words.contains("`"),
                        id + ": key syntax in a hint: " + words);
            }
        }
        assertTrue(reasons >= 20, "the wrong and follow-through items keep their reasons: " + reasons);
    }

    @Test
    void eachMistakeIsExplainedOncePerExercise() throws IOException {
        int boxes = 0;
        for (JsonNode s : students("graded")) {
            List<String> pairs = new ArrayList<>();
            s.get("items").forEach(i -> {
                String pair = i.get("exercise").asText() + " " + i.get("misconception").asText();
                if (!i.get("misconception").isNull() && !pairs.contains(pair)) {
                    pairs.add(pair);
                }
            });
            String html = page(s.get("id").asText());
            int shown = html.split("<div class=\"misconception\"", -1).length - 1;
            assertEquals(pairs.size(), shown, s.get("id").asText() + ": one box per mistake and exercise: " + pairs);
            boxes += shown;
        }
        assertTrue(boxes >= 9, "the demo shows the whole catalogue: " + boxes);
    }

    @Test
    void theActivationDerivativeHintSaysWhichDerivativeTheStudentUsed() throws IOException {
        String html = page("s17");
        Matcher box = Pattern.compile("<div class=\"misconception\" id=\"(ex\\d+)-wrong-activation-derivative\">(.*?)"
                + "</div>", Pattern.DOTALL).matcher(html);
        assertTrue(box.find(), "s17's mistake is explained");
        Matcher specific = Pattern.compile("<p class=\"specific\">In (<math>.*?</math>), your value fits (<math>.*?"
                + "</math>) where the lecture's formula has (<math>.*?</math>)\\.</p>").matcher(box.group(2));
        assertTrue(specific.find(), box.group(2));
        assertTrue(specific.group(2).contains("<msup>") != specific.group(3).contains("<msup>"),
                "one side is tanh's derivative 1 − h², the other the sigmoid's h(1 − h): " + specific.group());
        assertTrue(!box.group(2).contains("tanh&#39;s is"), "not every derivative listed");
    }

    @Test
    void theSummarySaysWhereThePointsWentAndWhatToDoNext() throws IOException {
        String html = text(page("s14"));
        assertTrue(html.contains("Where the points went") && html.contains("4 points on 4 wrong answers (Exercises 1,"
                + " 2, 4 and 5)."), html);
        assertTrue(html.contains("Reread the lecture, section 1.1, Example 1, step 4 (update weights)."));
        assertTrue(html.contains("practice-example-1-single-sample.html"), "the practice page, by its file");
        String perfect = text(page("s01"));
        assertTrue(perfect.contains("Nowhere: full marks.") && perfect.contains("Nothing to fix."), perfect);
    }
}
