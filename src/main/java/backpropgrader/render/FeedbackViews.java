package backpropgrader.render;

import backpropgrader.engine.Interval;
import backpropgrader.engine.Keys;
import backpropgrader.engine.Numbers;
import backpropgrader.exercise.Course;
import backpropgrader.grade.Status;
import backpropgrader.grade.StudentResult;
import backpropgrader.kernel.Excerpt;
import backpropgrader.marking.Answer;
import backpropgrader.marking.AnswerParser;
import backpropgrader.marking.Audience;
import backpropgrader.marking.ItemResult;
import backpropgrader.marking.MarkedExercise;
import backpropgrader.marking.Marking;
import backpropgrader.marking.Reason;
import backpropgrader.marking.ReasonSentence;
import backpropgrader.marking.Verdict;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a student's feedback view ({@link FeedbackView}) from their page: the score, the status, a summary with
 * next steps ({@link FeedbackSummary}), and per exercise each item with what the course reveals, the mistakes
 * behind its values once each ({@link MistakeViews}), then the worked solution ({@link FeedbackWorked}). Reasons
 * are written in the lecture's notation, and only where they add something: a plainly correct or unanswered item
 * has none, and a correct one the rounding rule or the tolerance accepted gets a short tag, explained once.
 * Collusion and blank flags are never read here: they are for the instructor only.
 */
final class FeedbackViews {

    private static final List<FeedbackView.Mark> LEGEND = java.util.Arrays.stream(Verdict.values())
            .map(FeedbackView.Mark::of).toList();

    /** The tags of correct answers that needed more than their own rounding, and what each means. */
    private static final Map<String, FeedbackView.Accepted> ACCEPTED = Map.of(
            "rounding", new FeedbackView.Accepted("within rounding", "your value is not the exact value rounded to"
                    + " the places you gave, but a careful hand computation that rounds each step to the sheet's"
                    + " places reaches it, so it counts as correct."),
            "tolerance", new FeedbackView.Accepted("within tolerance", "your value is within the tolerance your"
                    + " instructor allows for this exercise, so it counts as correct."),
            "own-correct", new FeedbackView.Accepted("from your rounded answers", "your value is what your own"
                    + " earlier answers give, and they are correct to the sheet's rounding, so it counts as"
                    + " correct."));

    private final NumberFormatter format;
    private final Course.Feedback reveal;
    private final Audience student;
    private final MistakeViews mistakes;
    private final Set<String> acceptedUsed = new LinkedHashSet<>();

    private FeedbackViews(NumberFormatter format, Course.Feedback reveal) {
        this.format = format;
        this.reveal = reveal == null ? Course.Feedback.ALL : reveal;
        this.student = new Audience(this.reveal.expected(), this.reveal.misconceptions(), format, MathKeys.INSTANCE);
        this.mistakes = new MistakeViews(format, student);
    }

    static FeedbackView of(FeedbackPage page) {
        FeedbackViews b = new FeedbackViews(new NumberFormatter(page.locale()), page.reveal());
        StudentResult r = page.result();
        String name = page.student() != null ? Pages.nameOf(page.student()) : r.name() == null ? "" : r.name().strip();
        List<FeedbackSummary.Part> parts = new ArrayList<>();
        List<FeedbackView.Exercise> exercises = b.exercises(page, parts);
        List<String> hidden = exercises.isEmpty() ? List.of() : b.hidden();
        FeedbackView.Summary summary = exercises.isEmpty() ? null
                : new FeedbackSummary(b.format, b.reveal.misconceptions(), b.reveal.practiceUrl()).of(parts, r.late());
        List<FeedbackView.Accepted> accepted = b.acceptedUsed.stream().map(ACCEPTED::get).toList();
        return new FeedbackView(Pages.LANGUAGE, Pages.text(page.courseTitle()), Pages.text(page.assignment()), r.id(),
                name, b.score(r), StatusTexts.of(r), notes(r), hidden, b.reveal.expected(), LEGEND, summary, accepted,
                exercises, Pages.text(page.provenance()));
    }

    /** The lateness note (with its penalty) first, then what was odd about the submission, in the student's words. */
    private static List<String> notes(StudentResult r) {
        List<String> out = new ArrayList<>();
        if (r.late() != null && r.late().note() != null) {
            out.add(r.late().note());
        }
        r.warnings().forEach(w -> out.add(r.forStudent(w)));
        return List.copyOf(out);
    }

    private FeedbackView.Score score(StudentResult r) {
        String max = r.max() == null ? null : Pages.points(format, r.max());
        if (r.score() == null) {
            return new FeedbackView.Score(null, max, null, max == null ? "Not marked" : "Not marked yet (" + max
                    + " available)");
        }
        String earned = format.plain(r.score());
        // nothing handed in: the 0 points stand, a "0.0%" would read as a mark given to work
        Double p = r.status() == Status.NOT_SUBMITTED ? null : r.percentage();
        String percentage = p == null ? null : format.percent(p, 1);
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
    private List<FeedbackView.Exercise> exercises(FeedbackPage page, List<FeedbackSummary.Part> parts) {
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
                MarkedExercise m = marked.get(e.getKey());
                FeedbackView.Exercise ex = exercise(out.size() + 1, e.getKey(), e.getValue(), m, worked);
                out.add(ex);
                parts.add(new FeedbackSummary.Part(ex.number(), ex.title(), ex.anchor(), e.getValue(),
                        m == null ? null : m.variant().familyId(), ex.worked() != null));
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
            rows.add(item(anchor, anchor + "-i" + (rows.size() + 1), i, m, decimals));
        }
        List<String> counts = new ArrayList<>();
        tally.forEach((v, n) -> counts.add(n + " " + FeedbackView.Mark.of(v).word()));
        FeedbackView.Worked w = reveal.workedSolution() && m != null && m.variant().graph() != null
                ? worked.of(m, byKey, reveal.expected()) : null;
        String points = format.plain(Numbers.round(earned, 6)) + " of " + Pages.points(format, Numbers.round(max, 6));
        List<FeedbackView.Mistake> found = reveal.misconceptions() ? mistakes.of(anchor, items, m) : List.of();
        return new FeedbackView.Exercise(Integer.toString(number), id, title, anchor, points,
                String.join(" · ", counts), List.copyOf(rows), found, w);
    }

    private FeedbackView.Item item(String exerciseAnchor, String anchor, ItemResult i, MarkedExercise m,
                                   int decimals) {
        String displayed = m != null && m.variant().graph() != null ? Pages.display(m.variant().graph(), i.key())
                : Keys.display(i.key(), false);
        var label = m != null && m.variant().graph() != null ? Pages.keyMath(m.variant().graph(), i.key())
                : Pages.keyMath(i.key(), false);
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
        String accepted = accepted(i, m);
        if (accepted != null) {
            acceptedUsed.add(accepted);
        }
        var reason = addsSomething(i) ? Markup.html(ReasonSentence.of(i.why(), student)) : null;
        String mistake = reveal.misconceptions() && i.misconception() != null
                ? MistakeViews.anchor(exerciseAnchor, i.misconception()) : null;
        return new FeedbackView.Item(anchor, label, KeyText.plain(displayed), i.key(), typed,
                FeedbackView.Mark.of(i.verdict()), points, expected, exact, reason,
                accepted == null ? null : ACCEPTED.get(accepted).tag(), mistake, i.override());
    }

    /**
     * Whether the reason tells the student more than the verdict and the row do: not for a correct item (its
     * acceptance, if it needed more than its own rounding, is a tag) nor for an unanswered one.
     */
    private static boolean addsSomething(ItemResult i) {
        Reason r = i.why();
        if (r instanceof Reason.Adjusted) {
            return true;
        }
        return i.verdict() != Verdict.CORRECT && i.verdict() != Verdict.MISSING;
    }

    /**
     * The kind of acceptance to tag a correct item with, or null: tolerance always; rounding (or the student's
     * own rounded answers) only when the value typed, read at its own places, is not the exact value.
     */
    private static String accepted(ItemResult i, MarkedExercise m) {
        if (i.verdict() != Verdict.CORRECT || !(i.expected() instanceof Double exact)) {
            return null;
        }
        String kind = i.why().kind();
        if (kind.equals("tolerance")) {
            return kind;
        }
        if (!kind.equals("rounding") && !kind.equals("own-correct")) {
            return null;
        }
        Answer a = m != null && m.answers().containsKey(i.key()) ? m.answers().get(i.key())
                : AnswerParser.parse(i.submitted());
        boolean plainlyExact = a.isNumber() && Interval.roundingWindow(a.value(), a.decimals()).contains(exact);
        return plainlyExact ? null : kind;
    }
}
