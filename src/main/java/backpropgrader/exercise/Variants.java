package backpropgrader.exercise;

import backpropgrader.marking.Asked;
import backpropgrader.marking.Marking;
import backpropgrader.marking.Variant;

import backpropgrader.kernel.BadInputException;
import backpropgrader.engine.Expr;
import backpropgrader.engine.FixedInstance;
import backpropgrader.engine.NetworkTemplate;
import backpropgrader.engine.OneVariableFunction;
import backpropgrader.engine.QuantityGraph;
import backpropgrader.engine.Values;
import org.apache.commons.math3.random.RandomGenerator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes the students' variants of one family in one course (docs/ARCHITECTURE.md, qualities): a variant is a pure function of
 * (course secret, assignment, family id, family version, variant owner) — the owner being the student's id, or
 * {@code group:<group>} when the course's group work gives the student their group's variant
 * ({@link Course#variantOwner}). Each draw is checked against the family's
 * constraints and redrawn from the same generator until one passes; a family whose constraints no draw meets
 * within {@code max_draws} is an error that says which constraints failed how often.
 *
 * <p>Order of use: one {@code Variants} per family (it plans the checks once), then {@link #of(Student)} per
 * roster student. The grader re-derives variants the same way; nothing needs to be stored.
 */
public final class Variants {

    /** A drawn variant with its history: how many draws it took and which constraint rejected the others. */
    public record Drawn(Variant variant, int draws, Map<String, Integer> rejections) {
    }

    /**
     * A practice variant (the practice pages' pool): drawn by the same code and checked against the same
     * constraints as a student's, from a generator the caller gives — a fresh practice seed, never the course
     * secret, so no graded variant can be derived from it.
     *
     * @param templates a chain-rule variant's functions over their coefficients' keys and x (what
     *                  {@code ChainRuleGraph.build} takes), in the family's order; empty for a network
     */
    public record Practice(Variant variant, Map<String, Expr> templates) {
    }

    /** One variant drawn and kept, with what the draws before it were rejected for. */
    private record Found(Variant variant, Map<String, Expr> templates, int draws) {
    }

    private final Course course;
    private final Family family;
    private final Marking marking;
    private final NetworkChecks networkChecks;
    /** The family's network graph, given each draw's numbers instead of being built again per draw. */
    private final NetworkTemplate networkTemplate;

    public Variants(Course course, Family family) {
        this.course = course;
        this.family = family;
        this.marking = course.markingOf(family);
        FixedInstance probe = family.structure() instanceof FamilyStructure.Network n
                ? NetworkDraw.probe(family.id(), n, family.grids()) : null;
        this.networkTemplate = probe == null ? null : new NetworkTemplate(probe); // the probe's graph built once
        this.networkChecks = probe == null ? null : new NetworkChecks(family, marking, networkTemplate.graph(probe));
    }

    public Family family() {
        return family;
    }

    /** The variant {@code student} works: their own, or their group's under group work (same numbers per group). */
    public Variant of(Student student) {
        return draw(student).variant();
    }

    /** The student's variant with its draws; throws BadInputException (exit 65) when the constraints cannot be met. */
    public Drawn draw(Student student) {
        return draw(student.id(), course.groupWork().groupOf(student));
    }

    /** The personal variant of a student id, as if they had no group. */
    public Variant of(String studentId) {
        return draw(studentId).variant();
    }

    /** The personal variant of a student id with its draws (no group work). */
    public Drawn draw(String studentId) {
        return draw(studentId, "");
    }

    private Drawn draw(String studentId, String group) {
        RandomGenerator rng = Seeds.generator(Seeds.hmac(course.secret(), course.assignment(), family.id(),
                family.version(), Variant.owner(studentId, group)));
        Map<String, Integer> rejections = new TreeMap<>();
        Found f = first(rng, studentId, group.isEmpty() ? "student " + studentId : "group " + group, rejections);
        return new Drawn(group.isEmpty() ? f.variant() : withGroup(f.variant(), group), f.draws(), rejections);
    }

    /** The next practice variant from {@code rng}; {@code owner} names it in the variant (no student's id). */
    public Practice practice(RandomGenerator rng, String owner) {
        Found f = first(rng, owner, "practice", new TreeMap<>());
        return new Practice(f.variant(), f.templates());
    }

    /** The first draw from {@code rng} that meets the family's constraints. */
    private Found first(RandomGenerator rng, String studentId, String who, Map<String, Integer> rejections) {
        int max = family.constraints().maxDraws();
        for (int draw = 1; draw <= max; draw++) {
            Found f = family.structure() instanceof FamilyStructure.Network n
                    ? network(n, rng, studentId, rejections)
                    : chainRule((FamilyStructure.ChainRule) family.structure(), rng, studentId, rejections);
            if (f != null) {
                return new Found(f.variant(), f.templates(), draw);
            }
        }
        throw impossible(family, who, max, rejections);
    }

    private static Variant withGroup(Variant v, String group) {
        return new Variant(v.studentId(), v.exerciseId(), v.familyId(), v.familyVersion(), v.title(), v.instance(),
                v.graph(), v.asked(), v.marking(), v.sameForEveryone(), v.functions(), group);
    }

    static BadInputException impossible(Family family, String who, int draws, Map<String, Integer> rejections) {
        List<String> counts = new ArrayList<>();
        rejections.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> counts.add(e.getKey() + " (" + e.getValue() + " of " + draws + " draws)"));
        return new BadInputException(family.file() + ": constraints: no variant for " + who + " met the constraints"
                + " after " + draws + " draws; they failed " + String.join(", ", counts) + ". Widen the grids or relax"
                + " these constraints (or raise constraints.max_draws).");
    }

    private Found network(FamilyStructure.Network s, RandomGenerator rng, String studentId,
                          Map<String, Integer> rejections) {
        FixedInstance in = NetworkDraw.draw(family, s, rng);
        String failed = networkChecks.dataFailure(in);
        QuantityGraph g = null;
        if (failed == null) {
            g = networkTemplate.graph(in);
            failed = networkChecks.firstFailure(in, g, g.evaluate());
        }
        if (failed != null) {
            rejections.merge(failed, 1, Integer::sum);
            return null;
        }
        return new Found(new Variant(studentId, family.id(), family.id(), family.version(), family.title(), in, g,
                asked(List.of()), marking, family.sameForEveryone(), List.of()), Map.of(), 0);
    }

    private Found chainRule(FamilyStructure.ChainRule s, RandomGenerator rng, String studentId,
                            Map<String, Integer> rejections) {
        ChainRuleDraw.Drawn d = ChainRuleDraw.draw(family, s, rng);
        Values v = d.graph().evaluate();
        String failed = AnswerChecks.allFinite(v) ? new AnswerChecks(v, marking).firstFailure(family.asked(),
                family.constraints()) : Constraints.FINITE;
        if (failed != null) {
            rejections.merge(failed, 1, Integer::sum);
            return null;
        }
        Variant drawn = new Variant(studentId, family.id(), family.id(), family.version(), family.title(), null,
                d.graph(), asked(d.functions()), marking, family.sameForEveryone(), d.functions());
        return new Found(drawn, d.templates(), 0);
    }

    private List<Asked> asked(List<OneVariableFunction> functions) {
        Map<String, String> expressions = new LinkedHashMap<>();
        functions.forEach(f -> expressions.put(f.derivativeKey(), f.derivativeText()));
        List<Asked> out = new ArrayList<>();
        for (AskedItem a : family.asked()) {
            double points = Double.isNaN(a.points()) ? course.points() : a.points();
            out.add(new Asked(a.key(), points, a.symbolic(), a.symbolic() ? expressions.get(a.key()) : null));
        }
        return List.copyOf(out);
    }
}
