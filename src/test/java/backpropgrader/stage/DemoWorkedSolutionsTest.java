package backpropgrader.stage;

import backpropgrader.engine.Expr;
import backpropgrader.engine.HandComputation;
import backpropgrader.engine.Interval;
import backpropgrader.engine.Numbers;
import backpropgrader.engine.QuantityGraph;
import backpropgrader.engine.Values;
import backpropgrader.engine.WorkedSolution;
import backpropgrader.engine.WorkedStep;
import backpropgrader.exercise.Student;
import backpropgrader.grade.Grading;
import backpropgrader.grade.StudentResult;
import backpropgrader.kernel.OutputLayout;
import backpropgrader.marking.ItemResult;
import backpropgrader.marking.MarkedExercise;
import backpropgrader.marking.Variant;
import backpropgrader.marking.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The worked solutions of the demo class are each one consistent hand computation: every shown step of every
 * instructor's solution and every student's own-number solution is reproduced by its own formula from the
 * numbers shown before it, at the sheet's decimals, and every shown result is one the grader accepts — for the
 * reference, or for the student's own earlier answers where the solution carries them.
 */
class DemoWorkedSolutionsTest {

    @TempDir
    Path dir;

    @Test
    void everyShownStepFollowsFromTheNumbersShownBeforeIt() {
        Path demo = dir.resolve("demo");
        DemoStage.run(demo, false, (done, total) -> { });
        OutputLayout.Course layout = new OutputLayout.Course(demo);
        GradeStage.Setup setup = GradeStage.setup(new GradeStage.Request(layout.submissions(), null,
                layout.courseFile(), dir.resolve("again"), true, null, null, Map.of(), (d, t) -> { }));
        int[] checked = new int[3];
        for (Student s : setup.roster().students()) {
            for (Variant v : setup.variants(s.id())) {
                if (v.graph() != null) {
                    int d = v.marking().decimals();
                    checked[0] += check(WorkedSolution.of(v.reference(), d), v.reference(), Set.of(), d,
                            v.graph().markingReference(d), v.exerciseId() + " for " + s.id() + " (instructor)");
                }
            }
        }
        List<Student> roster = setup.roster().students();
        new Grading(roster, setup::variants).run(Grading.files(layout.submissions()), new Grading.Listener() {
            @Override
            public void graded(StudentResult result, List<MarkedExercise> marked) {
                for (MarkedExercise m : marked) {
                    boolean own = m.items().stream().anyMatch(i -> i.verdict() == Verdict.FOLLOW_THROUGH);
                    if (m.variant().graph() == null || !own) {
                        continue; // the reference's own solution, checked above
                    }
                    int d = m.variant().marking().decimals();
                    Map<String, Interval> windows = new HashMap<>();
                    m.ownValues().forEach((k, x) -> windows.put(k, Interval.roundingWindow(x, d)));
                    HandComputation accepted = HandComputation.tightOwn(m.variant().reference(), k -> d, windows);
                    checked[1] += check(WorkedSolution.of(m.ownWorld(), d, m.ownValues().keySet()), m.ownWorld(),
                            m.ownValues().keySet(), d, accepted, m.variant().exerciseId() + " for " + result.id());
                    checked[2]++;
                }
            }
        });
        assertTrue(checked[0] > 1000 && checked[2] >= 3, "instructor steps " + checked[0] + ", own-number solutions "
                + checked[2] + " with " + checked[1] + " steps");
    }

    /** Checks each computed step of one solution; returns how many. */
    private static int check(List<WorkedSolution.Section> sections, Values values, Set<String> pinned, int d,
                             HandComputation accepted, String where) {
        QuantityGraph g = values.graph();
        Map<String, String> shown = new HashMap<>();
        int n = 0;
        for (WorkedSolution.Section s : sections) {
            for (WorkedStep step : s.steps()) {
                String key = step.key();
                String at = where + ", " + step.line();
                if (g.get(key).isGiven()) {
                    shown.put(key, step.result());
                    continue;
                }
                Expr f = step.expression();
                Set<String> refs = new HashSet<>();
                f.collectRefs(refs);
                for (String k : refs) {
                    String before = pinned.contains(k) ? Numbers.fixed(values.get(k), d) : shown.get(k);
                    assertNotNull(before, at + ": " + k + " is used before it is shown");
                    String op = step.operand(k);
                    boolean morePlacesOfTheSame = Numbers.decimalsOf(op) > d
                            && Numbers.fixed(Numbers.parse(op), d).equals(before); // a saturated ln(ŷ) or 1/ŷ
                    assertTrue(op.equals(before) || morePlacesOfTheSame, at + ": substitutes " + op + " for " + k
                            + ", shown before as " + before);
                }
                double fromShown = f.eval(k -> Numbers.parse(step.operand(k)));
                assertEquals(Numbers.fixed(fromShown, d), step.result(), at);
                if (!pinned.contains(key)) {
                    assertTrue(Interval.roundingWindow(Numbers.parse(step.result()), d).meets(accepted.reach(key)),
                            at + ": " + step.result() + " is outside what the grader accepts, " + accepted.reach(key));
                }
                shown.put(key, step.result());
                n++;
            }
        }
        return n;
    }
}
