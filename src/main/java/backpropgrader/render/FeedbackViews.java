package backpropgrader.render;

import backpropgrader.kernel.Excerpt;
import backpropgrader.engine.Keys;
import backpropgrader.engine.Numbers;
import backpropgrader.exercise.Course;
import backpropgrader.marking.Audience;
import backpropgrader.marking.Marking;
import backpropgrader.marking.ItemResult;
import backpropgrader.marking.MarkedExercise;
import backpropgrader.marking.ReasonSentence;
import backpropgrader.engine.Misconception;
import backpropgrader.grade.StudentResult;
import backpropgrader.marking.Verdict;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a student's feedback view ({@link FeedbackView}) from their page: the score, the status, and per exercise
 * each item with what the course reveals, then the worked solution ({@link FeedbackWorked}). Collusion flags are
 * never read here: they are for the instructor only.
 */
final class FeedbackViews {

    private static final List<FeedbackView.Mark> LEGEND = java.util.Arrays.stream(Verdict.values())
            .map(FeedbackView.Mark::of).toList();

    private final NumberFormatter format;
    private final Course.Feedback reveal;
    private final Audience student;

    private FeedbackViews(NumberFormatter format, Course.Feedback reveal) {
        this.format = format;
        this.reveal = reveal == null ? Course.Feedback.ALL : reveal;
        this.student = new Audience(this.reveal.expected(), this.reveal.misconceptions(), format);
    }

    static FeedbackView of(FeedbackPage page) {
        FeedbackViews b = new FeedbackViews(new NumberFormatter(page.locale()), page.reveal());
        StudentResult r = page.result();
        String name = page.student() != null ? Pages.nameOf(page.student()) : r.name() == null ? "" : r.name().strip();
        List<FeedbackView.Exercise> exercises = b.exercises(page);
        List<String> hidden = exercises.isEmpty() ? List.of() : b.hidden();
        return new FeedbackView(Pages.LANGUAGE, Pages.text(page.courseTitle()), Pages.text(page.assignment()), r.id(),
                name, b.score(r), StatusTexts.of(r), notes(r), hidden, b.reveal.expected(), LEGEND, exercises,
                Pages.text(page.provenance()));
    }

    /** The lateness note (with its penalty) first, then what was odd about the submission. */
    private static List<String> notes(StudentResult r) {
        if (r.late() == null || r.late().note() == null) {
            return r.warnings();
        }
        List<String> out = new java.util.ArrayList<>();
        out.add(r.late().note());
        out.addAll(r.warnings());
        return out;
    }

    private FeedbackView.Score score(StudentResult r) {
        String max = r.max() == null ? null : Pages.points(format, r.max());
        if (r.score() == null) {
            return new FeedbackView.Score(null, max, null, max == null ? "Not marked" : "Not marked yet (" + max
                    + " available)");
        }
        String earned = format.plain(r.score());
        Double p = r.percentage();
        String percentage = p == null ? null : format.fixed(p, 1) + " %";
        String line = earned + (max == null ? "" : " of " + max) + (percentage == null ? "" : " (" + percentage + ")");
        return new FeedbackView.Score(earned, max, percentage, line);
    }

    private List<String> hidden() {
        List<String> out = new ArrayList<>();
        if (!reveal.expected()) {
            out.add("Your instructor has chosen not to show the correct values in this feedback.");
        }
        if (!reveal.misconceptions()) {
            out.add("Your instructor has chosen not to name the common mistakes behind wrong values here.");
        }
        if (!reveal.workedSolution()) {
            out.add("Your instructor has chosen not to include the worked solution in this feedback.");
        }
        return List.copyOf(out);
    }

    /** The result's items by exercise, in the order of the marked exercises (then any others as they come). */
    private List<FeedbackView.Exercise> exercises(FeedbackPage page) {
        Map<String, List<ItemResult>> byExercise = new LinkedHashMap<>();
        Map<String, MarkedExercise> marked = new LinkedHashMap<>();
        for (MarkedExercise m : page.exercises()) {
            marked.put(m.variant().exerciseId(), m);
            byExercise.put(m.variant().exerciseId(), new ArrayList<>());
        }
        for (ItemResult i : page.result().items()) {
            byExercise.computeIfAbsent(i.exercise(), k -> new ArrayList<>()).add(i);
        }
        FeedbackWorked worked = new FeedbackWorked(format);
        List<FeedbackView.Exercise> out = new ArrayList<>();
        for (Map.Entry<String, List<ItemResult>> e : byExercise.entrySet()) {
            if (!e.getValue().isEmpty()) {
                out.add(exercise(out.size() + 1, e.getKey(), e.getValue(), marked.get(e.getKey()), worked));
            }
        }
        return List.copyOf(out);
    }

    private FeedbackView.Exercise exercise(int number, String id, List<ItemResult> items, MarkedExercise m,
                                           FeedbackWorked worked) {
        String anchor = "ex" + number;
        String title = m == null || m.variant().title() == null || m.variant().title().isBlank() ? id : m.variant().title();
        int decimals = m == null ? Marking.DEFAULT.decimals() : m.variant().marking().decimals();
        double earned = 0;
        double max = 0;
        Map<Verdict, Integer> tally = new EnumMap<>(Verdict.class);
        Map<String, ItemResult> byKey = new LinkedHashMap<>();
        List<FeedbackView.Item> rows = new ArrayList<>();
        for (ItemResult i : items) {
            earned += i.points();
            max += i.max();
            tally.merge(i.verdict(), 1, Integer::sum);
            byKey.put(i.key(), i);
            rows.add(item(anchor + "-i" + (rows.size() + 1), i, m, decimals));
        }
        List<String> counts = new ArrayList<>();
        tally.forEach((v, n) -> counts.add(n + " " + FeedbackView.Mark.of(v).word()));
        FeedbackView.Worked w = reveal.workedSolution() && m != null && m.variant().graph() != null
                ? worked.of(m, byKey, reveal.expected()) : null;
        String points = format.plain(Numbers.round(earned, 6)) + " of " + Pages.points(format, Numbers.round(max, 6));
        return new FeedbackView.Exercise(Integer.toString(number), id, title, anchor, points,
                String.join(" · ", counts), List.copyOf(rows), w);
    }

    private FeedbackView.Item item(String anchor, ItemResult i, MarkedExercise m, int decimals) {
        String displayed = m != null && m.variant().graph() != null ? Pages.display(m.variant().graph(), i.key())
                : Keys.display(i.key(), false);
        var label = Markup.html(MathML.math(m != null && m.variant().graph() != null
                ? Pages.mathml(m.variant().graph(), i.key()) : MathML.key(i.key(), false)));
        String typed = i.submitted() == null || i.submitted().isBlank() ? null
                : Excerpt.of(i.submitted().strip(), Excerpt.ANSWER_CHARACTERS);
        String points = format.plain(i.points()) + " of " + Pages.points(format, i.max());
        String expected = null;
        String exact = null;
        if (reveal.expected()) {
            if (i.expected() instanceof Double x) {
                expected = format.fixed(x, decimals);
                exact = Numbers.showsExactBeside(x, decimals) ? format.beyond(x, decimals) : null;
            } else {
                expected = (String) i.expected();
            }
        }
        FeedbackView.Misconception mistake = null;
        if (reveal.misconceptions() && i.misconception() != null) {
            mistake = Misconception.byId(i.misconception())
                    .map(c -> new FeedbackView.Misconception(c.id(), c.title(), c.hint()))
                    .orElse(new FeedbackView.Misconception(i.misconception(), null, null));
        }
        return new FeedbackView.Item(anchor, label, Pages.plain(displayed), i.key(), typed,
                FeedbackView.Mark.of(i.verdict()), points, expected, exact, ReasonSentence.of(i.why(), student),
                mistake, i.override());
    }
}
