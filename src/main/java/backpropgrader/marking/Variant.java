package backpropgrader.marking;

import backpropgrader.engine.FixedInstance;
import backpropgrader.engine.OneVariableFunction;
import backpropgrader.engine.QuantityGraph;
import backpropgrader.engine.Values;

import java.util.List;

/**
 * One student's exercise: what the sheet shows, what it asks, and the reference graph every mark is decided
 * from. A pure function of (course secret, assignment, family id, family version, variant owner): the owner is
 * the student's id, or {@code group:<group>} when the student works their group's variant (group work).
 *
 * @param studentId the student it is for (group work: each member has their own, with the group's numbers)
 * @param instance the network exercise's fixed instance; null for exercises that are not a network (chain rule)
 * @param graph    the quantity graph; its reference values are the answer key
 * @param sameForEveryone the exercise gives every student the same numbers (never counts for collusion)
 * @param functions the chain-rule exercise's functions with their numbers in place (empty for networks); the
 *                  point they are evaluated at is the graph's given quantity {@code x0}
 * @param group     the roster group whose variant this is (every member has the same numbers), or "" for the
 *                  student's own
 */
public record Variant(String studentId, String exerciseId, String familyId, String familyVersion, String title,
                      FixedInstance instance, QuantityGraph graph, List<Asked> asked, Marking marking,
                      boolean sameForEveryone, List<OneVariableFunction> functions, String group) {

    public Variant {
        group = group == null ? "" : group;
    }

    public Variant(String studentId, String exerciseId, String familyId, String familyVersion, String title,
                   FixedInstance instance, QuantityGraph graph, List<Asked> asked, Marking marking,
                   boolean sameForEveryone, List<OneVariableFunction> functions) {
        this(studentId, exerciseId, familyId, familyVersion, title, instance, graph, asked, marking, sameForEveryone,
                functions, "");
    }

    public Variant(String studentId, String exerciseId, String familyId, String familyVersion, String title,
                   FixedInstance instance, QuantityGraph graph, List<Asked> asked, Marking marking,
                   boolean sameForEveryone) {
        this(studentId, exerciseId, familyId, familyVersion, title, instance, graph, asked, marking, sameForEveryone,
                List.of());
    }

    /** The id whose variant this is (the seed's last part): {@code group:<group>}, or the student id. */
    public String owner() {
        return owner(studentId, group);
    }

    /** The owner of a group's variant is this prefix and the group's name. */
    public static final String OWNER_PREFIX = "group:";

    /** The variant owner of a student in a group ("" for none): the seed's last part. */
    public static String owner(String studentId, String group) {
        return group.isEmpty() ? studentId : OWNER_PREFIX + group;
    }

    public Values reference() {
        return graph.evaluate();
    }

    public double maxPoints() {
        return asked.stream().mapToDouble(Asked::points).sum();
    }
}
