package backpropgrader.marking;

import backpropgrader.engine.HandComputation;
import backpropgrader.engine.Interval;
import backpropgrader.engine.Numbers;
import backpropgrader.engine.QuantityGraph;
import backpropgrader.engine.Values;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marks one student's answers to one exercise (docs/MARKING.md). For each asked item, in this order:
 * {@code missing} when blank; {@code wrong} with the reason when the value cannot be read; {@code correct} when
 * it fits the reference (its rounding window meets what a careful hand computation can reach, or it is within
 * the absolute or relative tolerance); {@code follow-through} when it fits the student's own world and an
 * earlier answer of theirs is wrong ({@link FollowThrough}); else {@code wrong}: saying so when it is only the
 * answer's missing decimals, read as zeros, that make it wrong ({@link Padding}), else with the catalogued
 * mistake that explains it where the error starts ({@link MisconceptionFinder}). Correct earns the item's points,
 * follow-through the exercise's follow-through credit times them.
 */
public final class Marker {

    private static final Decision CORRECT_BY_ROUNDING = Decision.of(Verdict.CORRECT, Reason.ROUNDING);
    private static final Decision CORRECT_BY_TOLERANCE = Decision.of(Verdict.CORRECT, Reason.TOLERANCE);
    private static final Decision MISSING = Decision.of(Verdict.MISSING, Reason.MISSING);

    private Marker() {
    }

    /** Marks {@code raw} (asked key → value as typed; absent or null = not answered) against the variant. */
    public static MarkedExercise mark(Variant v, Map<String, String> raw) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Asked a : v.asked()) {
            answers.put(a.key(), AnswerParser.parse(raw.get(a.key())));
        }
        Work w = v.asked().stream().allMatch(Asked::symbolic) ? null : work(v, answers);
        List<ItemResult> items = new ArrayList<>();
        for (Asked a : v.asked()) {
            Answer ans = answers.get(a.key());
            Decision d = a.symbolic() ? SymbolicAnswers.decide(a, ans) : decide(w, a.key(), ans);
            double points = switch (d.verdict()) {
                case CORRECT -> a.points();
                case FOLLOW_THROUGH -> Numbers.round(v.marking().followThroughCredit() * a.points(), 6);
                case WRONG, MISSING -> 0;
            };
            Object expected = a.symbolic() ? a.expectedExpression() : (Object) w.exact().get(a.key());
            items.add(new ItemResult(v.exerciseId(), a.key(), ans.raw(), expected, d.verdict(),
                    d.misconception() == null ? null : d.misconception().id(), points, a.points(), d.reason()));
        }
        AnswerKey key = w == null ? AnswerKey.of(v) : w.key();
        return new MarkedExercise(v, key, answers, items, w == null ? Map.of() : w.ownValues());
    }

    static Work work(Variant v, Map<String, Answer> answers) {
        QuantityGraph g = v.graph();
        Marking m = v.marking();
        for (Asked a : v.asked()) {
            if (!a.symbolic() && (g == null || !g.has(a.key()))) {
                throw new IllegalStateException("the variant of " + v.exerciseId() + " for " + v.studentId()
                        + " asks for " + a.key() + ", which its graph does not have");
            }
        }
        Values exact = g.evaluate();
        HandComputation reference = g.markingReference(m.decimals());
        AnswerKey key = AnswerKey.of(v, exact, reference);
        Map<String, Interval> windows = new LinkedHashMap<>();
        Map<String, Double> ownValues = new LinkedHashMap<>();
        Set<String> accepted = new HashSet<>();
        for (Asked a : v.asked()) {
            Answer ans = answers.get(a.key());
            if (a.symbolic() || !ans.isNumber()) {
                continue;
            }
            windows.put(a.key(), Tolerance.window(ans.value(), ans.decimals(), m));
            ownValues.put(a.key(), ans.value());
            if (key.accepts(a.key(), ans.value(), ans.decimals())) {
                accepted.add(a.key());
            }
        }
        Lazy<HandComputation> own = new Lazy<>(() -> HandComputation.tightOwn(exact, k -> m.decimals(), windows));
        Work w = new Work(g, m, exact, reference, key, answers, windows, ownValues, accepted, own,
                new Lazy<>(() -> g.evaluateWith(ownValues)), OwnDerivatives.of(v, answers, accepted), List.of(),
                new java.util.HashMap<>());
        return w.explainedBy(Diagnosis.find(w));
    }

    /** What a typed arithmetic expression gives, rounded as a reason shows it; null for a plain number. */
    static Double gives(Work w, Answer a) {
        return a.expression() ? Numbers.round(a.value(), Tolerance.decimals(a.decimals(), w.marking()) + 2) : null;
    }

    /** The one decision for a numeric item. */
    static Decision decide(Work w, String key, Answer a) {
        if (a.isBlank()) {
            return MISSING;
        }
        if (a.isInvalid()) {
            return Decision.of(Verdict.WRONG, new Reason.Unreadable(a.problem()));
        }
        if (w.accepted().contains(key)) {
            // One shared reason each: most items are correct, and their reasons are kept for the whole class.
            return w.window(a).meets(w.reference().reach(key)) ? CORRECT_BY_ROUNDING : CORRECT_BY_TOLERANCE;
        }
        Decision followThrough = FollowThrough.decide(w, key, a);
        if (followThrough == null) {
            followThrough = OwnDerivatives.decide(w, key, a);
        }
        if (followThrough != null) {
            return followThrough;
        }
        MisconceptionFinder.Found f = FollowThrough.entering(w, key);
        boolean ownWorldCheapest = w.explanations().get(0).patterns().isEmpty();
        if (f == null) {
            Reason.FewerDecimals padded = Padding.decides(w, key, a);
            if (padded != null) {
                return Decision.of(Verdict.WRONG, padded);
            }
        }
        if (f == null || ownWorldCheapest) {
            // where a slip in their own world explains the answers as cheaply, a mistake at this one node may too
            MisconceptionFinder.Found single = MisconceptionFinder.find(w, key, a);
            if (single != null && (f == null || w.order(single.node()) > w.order(f.node()))) {
                f = single;
            }
        }
        Double gives = gives(w, a);
        if (f != null) {
            Reason.Place place = f.node().equals(key) ? Reason.Place.THIS_ITEM
                    : w.answers().containsKey(f.node()) ? Reason.Place.ASKED : Reason.Place.NOT_ASKED;
            return new Decision(Verdict.WRONG, f.misconception(), new Reason.Mistake(w.correct(key), gives,
                    f.misconception(), f.node(), w.graph().display(f.node()), place, f.value()));
        }
        List<Reason.Earlier> notFrom = new ArrayList<>(w.nearestEarlier(w.wrongUpstream(key)));
        OwnDerivatives.Own own = w.derivatives().get(key);
        if (own != null && own.trivial() == null) {
            notFrom.add(w.earlier(own.expressionKey())); // nor is it what their own derivative gives at x0
        }
        return Decision.of(Verdict.WRONG, new Reason.Wrong(w.correct(key), gives, notFrom));
    }
}
