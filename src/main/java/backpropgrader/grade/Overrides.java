package backpropgrader.grade;

import backpropgrader.marking.ItemResult;
import backpropgrader.marking.Reason;
import backpropgrader.marking.Verdict;

import backpropgrader.kernel.BadInputException;
import backpropgrader.engine.Numbers;
import backpropgrader.marking.Asked;
import backpropgrader.marking.Variant;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An instructor's manual adjustments (README "Overrides"), applied after marking on every regrade: the item
 * gets the new verdict and points and carries the reason ({@link ItemResult#override()}); the student's score
 * is added up again. Every line is checked against the roster and the student's own variants before anything
 * is graded, so a typo stops the run (exit 65) with the file and line named.
 */
public final class Overrides {

    public static final Overrides NONE = new Overrides(Map.of());

    /** A checked override: the asked key as the sheet spells it, the points it sets. */
    private record Checked(Adjustment line, String key, Verdict verdict, double points) {
    }

    private final Map<String, List<Checked>> byStudent;

    private Overrides(Map<String, List<Checked>> byStudent) {
        this.byStudent = byStudent;
    }

    /** Reads and checks {@code file}; {@code variantsOf} gives a roster student's variants, null for others. */
    public static Overrides read(Path file, Set<String> roster, Function<String, List<Variant>> variantsOf) {
        Map<String, List<Checked>> by = new HashMap<>();
        Map<String, String> seen = new HashMap<>();
        for (Adjustment o : OverridesReader.read(file)) {
            if (!roster.contains(o.student())) {
                throw new BadInputException(o.where() + ": the student '" + o.student() + "' is not on the roster;"
                        + " expected the id of a roster student.");
            }
            List<Variant> variants = variantsOf.apply(o.student());
            Variant v = variants.stream().filter(x -> x.exerciseId().equals(o.exercise())).findFirst()
                    .orElseThrow(() -> new BadInputException(o.where() + ": the exercise '" + o.exercise()
                            + "' is not in this assignment; expected one of " + variants.stream()
                            .map(Variant::exerciseId).collect(Collectors.joining(", ")) + "."));
            String key = StudentGrader.normalise(o.key());
            Asked asked = v.asked().stream().filter(a -> a.key().equals(key)).findFirst()
                    .orElseThrow(() -> new BadInputException(o.where() + ": the key '" + o.key() + "' is not asked"
                            + " in " + o.exercise() + "; expected one of " + v.asked().stream().map(Asked::key)
                            .collect(Collectors.joining(", ")) + "."));
            double points = o.points() != null ? o.points() : switch (o.verdict()) {
                case CORRECT -> asked.points();
                case FOLLOW_THROUGH -> Numbers.round(v.marking().followThroughCredit() * asked.points(), 6);
                case WRONG, MISSING -> 0;
            };
            if (points < 0 || points > asked.points()) {
                throw new BadInputException(o.where() + ": points: expected a number from 0 to "
                        + Numbers.plain(asked.points()) + " (what " + o.key() + " is worth), found "
                        + Numbers.plain(points) + ".");
            }
            String before = seen.put(o.student() + '\u0000' + o.exercise() + '\u0000' + key, o.where());
            if (before != null) {
                throw new BadInputException(o.where() + ": " + o.student() + " " + o.exercise() + " " + key
                        + " is overridden already (" + before + "); expected one override per item.");
            }
            by.computeIfAbsent(o.student(), k -> new ArrayList<>()).add(new Checked(o, key, o.verdict(), points));
        }
        return new Overrides(by);
    }

    public boolean isEmpty() {
        return byStudent.isEmpty();
    }

    /** The result with this student's overrides applied to its items and the score added up again. */
    public StudentResult apply(StudentResult r) {
        List<Checked> mine = byStudent.get(r.id());
        return mine == null || r.items().isEmpty() ? r : r.withItems(apply(mine, r.items()));
    }

    /** Sentences for overrides that found no marked item (the student did not submit, or was unreadable). */
    public List<String> unused(List<StudentResult> results) {
        List<String> out = new ArrayList<>();
        for (StudentResult r : results) {
            List<Checked> mine = byStudent.get(r.id());
            if (mine != null && r.items().isEmpty()) {
                mine.forEach(c -> out.add(c.line().where() + ": not applied: " + r.id() + " has no marked answers ("
                        + r.status().id() + ")."));
            }
        }
        return out;
    }

    private static List<ItemResult> apply(List<Checked> mine, List<ItemResult> items) {
        List<ItemResult> out = new ArrayList<>(items.size());
        for (ItemResult i : items) {
            Checked c = mine.stream().filter(x -> x.line().exercise().equals(i.exercise()) && x.key().equals(i.key()))
                    .findFirst().orElse(null);
            if (c == null) {
                out.add(i);
                continue;
            }
            Verdict verdict = c.verdict() == null ? i.verdict() : c.verdict();
            String misconception = verdict == Verdict.WRONG ? i.misconception() : null;
            // A changed verdict keeps the grader's reason, said to be what it was before the adjustment.
            Reason why = verdict == i.verdict() ? i.why() : new Reason.Adjusted(i.why());
            out.add(new ItemResult(i.exercise(), i.key(), i.submitted(), i.expected(), verdict, misconception,
                    c.points(), i.max(), why, c.line().reason()));
        }
        return out;
    }
}
