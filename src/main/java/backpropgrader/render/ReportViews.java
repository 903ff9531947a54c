package backpropgrader.render;

import backpropgrader.kernel.Excerpt;
import backpropgrader.engine.Keys;
import backpropgrader.engine.Numbers;
import backpropgrader.grade.Attention;
import backpropgrader.grade.ClassSummary;
import backpropgrader.marking.ItemResult;
import backpropgrader.engine.Misconception;
import backpropgrader.grade.Status;
import backpropgrader.grade.StudentResult;
import backpropgrader.marking.Verdict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the instructor's class report ({@link ReportView}) from the outcome and its {@link ClassSummary}: the
 * summary's numbers as they are, written in the page's locale, plus what it does not hold — the median, where
 * each misconception starts, the overrides and the warnings — taken from the outcome in its (id) order.
 */
final class ReportViews {

    private static final List<FeedbackView.Mark> VERDICTS = Arrays.stream(Verdict.values())
            .map(FeedbackView.Mark::of).toList();

    private final NumberFormatter format;
    private final Map<String, StudentResult> byId = new LinkedHashMap<>();

    private ReportViews(NumberFormatter format, List<StudentResult> students) {
        this.format = format;
        students.forEach(s -> byId.put(s.id(), s));
    }

    static ReportView of(ReportPage page) {
        ReportViews b = new ReportViews(new NumberFormatter(page.locale()), page.outcome().students());
        ClassSummary s = page.summary();
        List<ReportView.Count> statuses = new ArrayList<>();
        s.byStatus().forEach((status, n) -> statuses.add(new ReportView.Count(status.id(), StatusTexts.label(status),
                Integer.toString(n))));
        ClassStatistics stats = ClassStatistics.of(page.outcome().students());
        return new ReportView(Pages.LANGUAGE, Pages.text(page.courseTitle()), Pages.text(page.assignment()),
                Integer.toString(page.outcome().students().size()), List.copyOf(statuses),
                s.meanPercentage() == null ? null : b.percent(s.meanPercentage()),
                stats.median() == null ? null : b.percent(stats.median()), b.points(stats),
                Markup.html(Histogram.svg(s.histogram(), "histogram")), VERDICTS, b.items(s), b.misconceptions(s),
                b.flags(s), b.attention(s, page.outcome().attention()), b.overrides(), b.warnings(page.outcome().warnings()),
                Pages.text(page.provenance()));
    }

    private String percent(double p) {
        return format.fixed(p, 1) + " %";
    }

    private String points(ClassStatistics stats) {
        if (stats.commonMax() == null) {
            return null;
        }
        return "mean " + format.plain(Numbers.round(stats.meanPoints(), 2)) + " and median " + format.plain(Numbers.round(stats.medianPoints(), 2))
                + " of " + Pages.points(format, stats.commonMax());
    }

    private List<ReportView.ItemRow> items(ClassSummary s) {
        List<ReportView.ItemRow> out = new ArrayList<>();
        for (ClassSummary.Item i : s.items()) {
            List<ReportView.Rate> rates = new ArrayList<>();
            for (Verdict v : Verdict.values()) {
                rates.add(new ReportView.Rate(v.id(), percent(100 * i.rate(v)), Integer.toString(i.verdicts().get(v))));
            }
            out.add(new ReportView.ItemRow(i.exercise(), label(i.key()), i.key(), Integer.toString(i.total()),
                    List.copyOf(rates)));
        }
        return List.copyOf(out);
    }

    /** A key in the lecture's notation; the report has no graph, so hidden layers keep their [l]. */
    private static freemarker.core.TemplateHTMLOutputModel label(String key) {
        return Markup.html(MathML.math(MathML.key(key, false)));
    }

    /** Each misconception with the items where it starts, in the order the sheets ask them. */
    private List<ReportView.MisconceptionRow> misconceptions(ClassSummary s) {
        Map<String, Integer> order = new LinkedHashMap<>();
        s.items().forEach(i -> order.putIfAbsent(i.exercise() + " · " + Keys.display(i.key(), false), order.size()));
        Map<String, Map<String, Integer>> where = new TreeMap<>();
        for (StudentResult r : byId.values()) {
            if (r.status() == Status.GRADED) {
                for (ItemResult i : r.items()) {
                    if (i.misconception() != null) {
                        where.computeIfAbsent(i.misconception(), k -> new TreeMap<>(Comparator.comparing(
                                (String item) -> order.getOrDefault(item, Integer.MAX_VALUE)).thenComparing(item -> item)))
                                .merge(i.exercise() + " · " + Keys.display(i.key(), false), 1, Integer::sum);
                    }
                }
            }
        }
        List<ReportView.MisconceptionRow> out = new ArrayList<>();
        s.misconceptions().forEach((name, n) -> {
            List<String> places = new ArrayList<>();
            where.getOrDefault(name, Map.of()).forEach((item, k) -> places.add(item + " (" + k + ")"));
            String title = Misconception.byId(name).map(Misconception::title).orElse("");
            out.add(new ReportView.MisconceptionRow(name, title, Integer.toString(n), List.copyOf(places)));
        });
        return List.copyOf(out);
    }

    private List<ReportView.FlagRow> flags(ClassSummary s) {
        List<ReportView.FlagRow> out = new ArrayList<>();
        s.flags().forEach((id, flags) -> {
            List<ReportView.Link> with = new ArrayList<>();
            for (String f : flags) {
                with.add(f.startsWith("collusion:") ? student(f.substring("collusion:".length()))
                        : new ReportView.Link(f, null));
            }
            StudentResult r = byId.get(id);
            out.add(new ReportView.FlagRow(student(id), r == null ? "" : Pages.text(r.name()), List.copyOf(with),
                    String.join(", ", flags)));
        });
        return List.copyOf(out);
    }

    /** Unreadable files and unknown students, then every file whose owner was not certain. */
    private List<ReportView.AttentionRow> attention(ClassSummary s, List<Attention> identities) {
        List<ReportView.AttentionRow> out = new ArrayList<>(s.attention().stream().map(r -> new ReportView.AttentionRow(
                r.status() == Status.UNKNOWN_STUDENT ? new ReportView.Link(Excerpt.of(r.id()), null) : student(r.id()),
                StatusTexts.label(r.status()), Pages.text(r.source()), Pages.text(r.error()))).toList());
        identities.forEach(a -> out.add(new ReportView.AttentionRow(a.student() == null
                ? new ReportView.Link("no one", null) : student(a.student()), "whose file?", Pages.text(a.file()),
                a.decision() + " " + said(a.said()))));
        return List.copyOf(out);
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
                    out.add(new ReportView.OverrideRow(student(r.id()), i.exercise(), label(i.key()), i.key(),
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
            r.warnings().forEach(w -> out.add(new ReportView.Warning(r.status() == Status.UNKNOWN_STUDENT
                    ? new ReportView.Link(Excerpt.of(r.id()), null) : student(r.id()), w)));
        }
        return List.copyOf(out);
    }

    private static ReportView.Link student(String id) {
        return new ReportView.Link(id, FeedbackPages.feedbackHref(id));
    }
}
