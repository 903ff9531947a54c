package backpropgrader.render;

import backpropgrader.engine.Keys;
import backpropgrader.engine.Misconception;
import backpropgrader.engine.Numbers;
import backpropgrader.grade.Attention;
import backpropgrader.grade.ClassSummary;
import backpropgrader.grade.Collusion;
import backpropgrader.grade.Flags;
import backpropgrader.grade.ItemStatistics;
import backpropgrader.grade.Status;
import backpropgrader.grade.StudentResult;
import backpropgrader.kernel.Excerpt;
import backpropgrader.kernel.OutputLayout;
import backpropgrader.marking.ItemResult;
import backpropgrader.marking.Verdict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the instructor's class report ({@link ReportView}) from the outcome, its {@link ClassSummary} and its
 * {@link ItemStatistics}: the numbers as they are, written in the page's locale, plus what they do not hold —
 * the median, the students one by one ({@link StudentTable}), who made each misconception and where it starts,
 * what each collusion flag rests on, the overrides and the warnings — taken from the outcome in its (id) order.
 */
final class ReportViews {

    private static final List<FeedbackView.Mark> VERDICTS = Arrays.stream(Verdict.values())
            .map(FeedbackView.Mark::of).toList();

    private final NumberFormatter format;
    private final Map<String, StudentResult> byId = new LinkedHashMap<>();
    private final StudentTable table;

    private ReportViews(NumberFormatter format, ReportPage page) {
        this.format = format;
        page.outcome().students().forEach(s -> byId.put(s.id(), s));
        this.table = new StudentTable(format, page.roster());
    }

    static ReportView of(ReportPage page) {
        ReportViews b = new ReportViews(new NumberFormatter(page.locale()), page);
        ClassSummary s = page.summary();
        List<ReportView.Count> statuses = new ArrayList<>();
        s.byStatus().forEach((status, n) -> statuses.add(new ReportView.Count(status.id(), StatusTexts.label(status),
                Integer.toString(n))));
        ClassStatistics stats = ClassStatistics.of(page.outcome().students());
        List<StudentResult> students = page.outcome().students();
        return new ReportView(Pages.LANGUAGE, Pages.text(page.courseTitle()), Pages.text(page.assignment()),
                Integer.toString(students.size()), List.copyOf(statuses),
                s.meanPercentage() == null ? null : b.percent(s.meanPercentage()),
                stats.median() == null ? null : b.percent(stats.median()), b.points(stats),
                Markup.html(Histogram.svg(s.histogram(), "histogram", b.format)), VERDICTS, b.table.rows(students),
                b.table.hasGroups(), b.table.lists(students), b.exercises(page.statistics()),
                b.items(page.statistics()), b.misconceptions(s), b.flags(page), b.attention(s, page.outcome().attention()),
                b.table.groups(students), files(), b.overrides(), b.warnings(page.outcome().warnings()),
                Pages.text(page.provenance()));
    }

    private String percent(double p) {
        return format.percent(p, 1);
    }

    private String points(ClassStatistics stats) {
        if (stats.commonMax() == null) {
            return null;
        }
        return "mean " + format.plain(Numbers.round(stats.meanPoints(), 2)) + " and median " + format.plain(Numbers.round(stats.medianPoints(), 2))
                + " of " + Pages.points(format, stats.commonMax());
    }

    /** The marked folder's other files, linked beside the report. */
    private static List<ReportView.Link> files() {
        OutputLayout.Graded here = new OutputLayout.Graded(Path.of(""));
        return List.of(new ReportView.Link("grades.csv — one row per student", name(here.grades())),
                new ReportView.Link("items.csv — one row per student and item", name(here.items())),
                new ReportView.Link("report.csv — the item statistics below, one row per item",
                        name(here.reportCsv())),
                new ReportView.Link("results.json — everything, for other tools", name(here.results())));
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }

    private List<ReportView.ExerciseRow> exercises(ItemStatistics stats) {
        List<ReportView.ExerciseRow> out = new ArrayList<>();
        for (ItemStatistics.Exercise e : stats.exercises()) {
            String n = Integer.toString(out.size() + 1);
            double mean = Numbers.round(e.meanPoints(), 1);
            out.add(new ReportView.ExerciseRow(n, e.id(), Integer.toString(e.students()),
                    format.plain(mean) + " of " + Pages.points(format, e.max()),
                    e.max() == 0 ? "—" : percent(100 * e.meanPoints() / e.max()),
                    Markup.html(Histogram.mini(e.histogram(), "ex" + n + "-dist", format))));
        }
        return List.copyOf(out);
    }

    /** Every item with its facility and discrimination, hardest first (ties in sheet order). */
    private List<ReportView.ItemRow> items(ItemStatistics stats) {
        Map<String, String> numbers = new LinkedHashMap<>();
        stats.exercises().forEach(e -> numbers.put(e.id(), Integer.toString(numbers.size() + 1)));
        List<ReportView.ItemRow> out = new ArrayList<>();
        for (ItemStatistics.Item i : stats.items()) {
            List<ReportView.Rate> rates = new ArrayList<>();
            for (Verdict v : Verdict.values()) {
                int n = i.verdicts().getOrDefault(v, 0);
                rates.add(new ReportView.Rate(v.id(), percent(i.students() == 0 ? 0 : 100.0 * n / i.students()),
                        Integer.toString(n)));
            }
            out.add(new ReportView.ItemRow(numbers.getOrDefault(i.exercise(), ""), i.exercise(), label(i.key()),
                    i.key(), Integer.toString(i.students()), statistic(i.facility()), sortable(i.facility()),
                    statistic(i.discrimination()), sortable(i.discrimination()), List.copyOf(rates),
                    Integer.toString(out.size() + 1)));
        }
        List<ReportView.ItemRow> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingDouble((ReportView.ItemRow r) -> r.sortFacility().isEmpty() ? 2
                : Double.parseDouble(r.sortFacility())).thenComparingInt(r -> Integer.parseInt(r.order())));
        return List.copyOf(sorted);
    }

    /** A statistic as shown, two places in the page's locale; a dash where it is undefined. */
    private String statistic(Double v) {
        return v == null ? "—" : format.fixed(v, 2);
    }

    /** The same for the table's script: a plain number, or empty. */
    private static String sortable(Double v) {
        return v == null ? "" : Pages.sortable(v, 6);
    }

    /** A key in the lecture's notation; the report has no graph, so hidden layers keep their [l]. */
    private static freemarker.core.TemplateHTMLOutputModel label(String key) {
        return Pages.keyMath(key, false);
    }

    /** Each misconception with the items where it starts, in the order the sheets ask them, and who made it. */
    private List<ReportView.MisconceptionRow> misconceptions(ClassSummary s) {
        Map<String, Integer> order = new LinkedHashMap<>();
        s.items().forEach(i -> order.putIfAbsent(where(i.exercise(), i.key()), order.size()));
        Map<String, Map<String, Integer>> where = new TreeMap<>();
        Map<String, Set<String>> who = new TreeMap<>();
        for (StudentResult r : byId.values()) {
            if (r.status() == Status.GRADED) {
                for (ItemResult i : r.items()) {
                    if (i.misconception() != null) {
                        where.computeIfAbsent(i.misconception(), k -> new TreeMap<>(Comparator.comparing(
                                (String item) -> order.getOrDefault(item, Integer.MAX_VALUE)).thenComparing(item -> item)))
                                .merge(where(i.exercise(), i.key()), 1, Integer::sum);
                        who.computeIfAbsent(i.misconception(), k -> new java.util.LinkedHashSet<>()).add(r.id());
                    }
                }
            }
        }
        List<ReportView.MisconceptionRow> out = new ArrayList<>();
        s.misconceptions().forEach((name, n) -> {
            List<String> places = new ArrayList<>();
            where.getOrDefault(name, Map.of()).forEach((item, k) -> places.add(item + " (" + k + ")"));
            String title = Misconception.byId(name).map(Misconception::title).orElse("");
            List<ReportView.Link> students = who.getOrDefault(name, Set.of()).stream()
                    .map(id -> table.link(byId.get(id))).toList();
            out.add(new ReportView.MisconceptionRow(name, title, Integer.toString(n), List.copyOf(places), students));
        });
        return List.copyOf(out);
    }

    /** An item as the misconception table names it: its exercise, then the quantity in plain-text notation. */
    private static String where(String exercise, String key) {
        return exercise + " · " + KeyText.plain(Keys.display(key, false));
    }

    /**
     * The collusion flags, each with its evidence: how many answered items fit the other variant (and not their
     * own) and the points those items earned — mostly follow-through from the copied numbers.
     */
    private List<ReportView.FlagRow> flags(ReportPage page) {
        List<ReportView.FlagRow> out = new ArrayList<>();
        for (StudentResult r : byId.values()) {
            List<String> others = Flags.colluders(r);
            if (others.isEmpty()) {
                continue;
            }
            Map<String, Collusion.Match> evidence = new LinkedHashMap<>();
            page.outcome().collusion().getOrDefault(r.id(), List.of()).forEach(m -> evidence.put(m.other(), m));
            List<ReportView.Fit> fits = new ArrayList<>();
            for (String other : others) {
                StudentResult o = byId.get(other);
                ReportView.Link with = o == null ? new ReportView.Link(other, null) : table.link(o);
                Collusion.Match m = evidence.get(other);
                if (m == null) {
                    fits.add(new ReportView.Fit(with, "—", "—"));
                    continue;
                }
                Set<Collusion.Item> items = new HashSet<>(m.items());
                double points = StudentTable.points(r, i -> items.contains(new Collusion.Item(i.exercise(), i.key())));
                fits.add(new ReportView.Fit(with, m.items().size() + (m.items().size() == 1 ? " item" : " items"),
                        Pages.points(format, points)));
            }
            String score = r.score() == null ? "—" : format.plain(r.score())
                    + (r.max() == null ? "" : " of " + Pages.points(format, r.max()));
            out.add(new ReportView.FlagRow(table.link(r), Pages.text(r.name()), List.copyOf(fits), score));
        }
        return List.copyOf(out);
    }

    /** Unreadable files and unknown students, then every file whose owner was not certain. */
    private List<ReportView.AttentionRow> attention(ClassSummary s, List<Attention> identities) {
        List<ReportView.AttentionRow> out = new ArrayList<>(s.attention().stream().map(r -> new ReportView.AttentionRow(
                table.link(r), StatusTexts.label(r.status()), fileName(r.source()), table.problem(r))).toList());
        identities.forEach(a -> out.add(new ReportView.AttentionRow(a.student() == null
                ? new ReportView.Link("no one", null) : new ReportView.Link(a.student(),
                FeedbackPages.feedbackHref(a.student())), "whose file?", Pages.text(a.file()),
                a.decision() + " " + said(a.said()))));
        return List.copyOf(out);
    }

    private static String fileName(String source) {
        return source == null ? "" : source.substring(source.replace('\\', '/').lastIndexOf('/') + 1);
    }

    /** "It said: student field 's4'; file name s3; variant code none; numbers —." */
    private static String said(Attention.Said s) {
        return "It said: student field " + (s.field() == null ? "none" : Excerpt.quoted(s.field())) + "; file name "
                + (s.fileName() == null ? "no student" : s.fileName()) + "; variant code "
                + (s.code() == null ? "none" : s.code()) + (s.fit() == null ? "" : "; its numbers fit " + s.fit())
                + ".";
    }

    private List<ReportView.OverrideRow> overrides() {
        List<ReportView.OverrideRow> out = new ArrayList<>();
        for (StudentResult r : byId.values()) {
            for (ItemResult i : r.items()) {
                if (i.override() != null) {
                    out.add(new ReportView.OverrideRow(table.link(r), i.exercise(), label(i.key()), i.key(),
                            FeedbackView.Mark.of(i.verdict()), format.plain(i.points()) + " of "
                            + Pages.points(format, i.max()), i.override()));
                }
            }
        }
        return List.copyOf(out);
    }

    private List<ReportView.Warning> warnings(List<String> batch) {
        List<ReportView.Warning> out = new ArrayList<>();
        batch.forEach(w -> out.add(new ReportView.Warning(null, w)));
        for (StudentResult r : byId.values()) {
            r.warnings().forEach(w -> out.add(new ReportView.Warning(table.link(r), w)));
        }
        return List.copyOf(out);
    }
}
