package backpropgrader.render;

import backpropgrader.marking.Verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * The practice pages ({@code ./grader practice}): per family a self-contained page that draws a variant from its
 * pool, marks what the student types with the grader's own core (inlined as WebAssembly: {@link WebCode#practice})
 * and shows the verdicts, reasons, misconceptions and the worked solution; and an index of them. Nothing is
 * fetched and nothing leaves the page (a Content Security Policy forbids it).
 */
public final class Practices {

    /** The index page's file name. */
    public static final String INDEX = "index.html";

    private Practices() {
    }

    /** One family's page; {@code all} are the set's pages (this one among them), linked from each. */
    public static String page(PracticePage page, List<PracticePage> all) {
        NumberFormatter format = new NumberFormatter(page.locale());
        List<SheetView.Exercise> pool = new ArrayList<>();
        for (var v : page.variants()) {
            pool.add(SheetViews.exercise(format, 1, v));
        }
        String json = "[" + String.join(",", page.encoded()) + "]";
        if (json.contains("<")) { // printed inside a <script> element; the encoder escapes '<' in strings
            throw new IllegalStateException("a practice variant's JSON contains '<'");
        }
        PracticeView view = new PracticeView(Pages.LANGUAGE, Pages.text(page.courseTitle()),
                Pages.text(page.familyTitle()), page.familyId(), page.familyVersion(), Pages.text(page.provenance()),
                format.usesDecimalComma(), pool.get(0), List.copyOf(pool), json, Integer.toString(pool.size()),
                links(page, all), java.util.Arrays.stream(Verdict.values()).map(FeedbackView.Mark::of).toList(),
                WebCode.practice());
        String html = Templates.bundled().render("practice.ftlh", view);
        if (html.split("</script", -1).length - 1 != html.split("<script", -1).length - 1) {
            // each variant's markup sits in a raw-text <script type="text/html">: it must not end one early
            throw new IllegalStateException("a practice variant's markup contains </script");
        }
        return html;
    }

    /** The index: one link per family page. */
    public static String index(List<PracticePage> all) {
        PracticeView.Index view = new PracticeView.Index(Pages.LANGUAGE,
                all.isEmpty() ? "" : Pages.text(all.get(0).courseTitle()), links(null, all),
                all.isEmpty() ? "" : Pages.text(all.get(0).provenance()));
        return Templates.bundled().render("practice-index.ftlh", view);
    }

    private static List<PracticeView.Link> links(PracticePage current, List<PracticePage> all) {
        List<PracticeView.Link> out = new ArrayList<>();
        for (PracticePage p : all) {
            String title = p.familyTitle() == null || p.familyTitle().isBlank() ? p.familyId() : p.familyTitle();
            out.add(new PracticeView.Link(p.fileName(), title, p == current));
        }
        return List.copyOf(out);
    }
}
