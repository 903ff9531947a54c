package backpropgrader.stage;

import backpropgrader.kernel.Version;
import backpropgrader.engine.Activation;
import backpropgrader.engine.ChainRuleGraph;
import backpropgrader.engine.FixedInstance;
import backpropgrader.engine.OneVariableFunction;
import backpropgrader.engine.Quantity;
import backpropgrader.kernel.TreeFiles;
import backpropgrader.engine.Values;
import backpropgrader.marking.Asked;
import backpropgrader.exercise.Course;
import backpropgrader.exercise.Seeds;
import backpropgrader.marking.Variant;
import backpropgrader.exercise.Variants;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One student's key for one exercise (docs/FORMATS.md "Instructor key"): the fixed instance (so {@code solve}
 * reads a network key as it is), {@code answers} (each asked key → its exact value, or the derivative as an
 * expression), {@code values} (every quantity), {@code decimals}, and the provenance — tool version, family
 * version, how the seed was derived (with the variant owner: the student id, or {@code group:<group>}) and how
 * many draws it took. Under group work it names the {@code group} too; {@code variant} is the variant code the
 * sheet shows. Never the secret.
 */
final class InstructorKey {

    private InstructorKey() {
    }

    /** @param code the variant code of the student's sheet ({@code Course.variantCode}) */
    static String of(Variants.Drawn drawn, Course course, String code) {
        Variant v = drawn.variant();
        ObjectNode root = TreeFiles.JSON.createObjectNode();
        if (v.instance() != null) {
            fixedInstance(root, v.instance());
        } else {
            chainRule(root, v);
        }
        root.put("student", v.studentId());
        root.put("variant", code);
        if (!v.group().isEmpty()) {
            // Group work: every member's key has the same numbers; this says whose they are.
            root.put("group", v.group());
        }
        root.put("decimals", v.marking().decimals());
        ObjectNode marking = root.putObject("marking");
        marking.put("decimals", v.marking().decimals());
        marking.put("absolute", v.marking().absolute());
        marking.put("relative", v.marking().relative());
        marking.put("follow_through_credit", v.marking().followThroughCredit());
        Values values = v.reference();
        ObjectNode answers = root.putObject("answers");
        ObjectNode points = root.putObject("points");
        for (Asked a : v.asked()) {
            if (a.symbolic()) {
                answers.put(a.key(), a.expectedExpression());
            } else {
                answers.put(a.key(), values.get(a.key()));
            }
            points.put(a.key(), a.points());
        }
        ObjectNode all = root.putObject("values");
        values.asMap().forEach(all::put);
        ObjectNode provenance = root.putObject("provenance");
        provenance.put("tool", "backprop-grader " + Version.current());
        provenance.put("family", v.familyId());
        provenance.put("family_version", v.familyVersion());
        provenance.put("assignment", course.assignment());
        provenance.put("seed", Seeds.DERIVATION);
        provenance.put("variant_owner", v.owner());
        provenance.put("draws", drawn.draws());
        return JsonText.of(root);
    }

    private static void fixedInstance(ObjectNode root, FixedInstance in) {
        root.put("id", in.id());
        root.put("title", in.title());
        root.put("kind", "network");
        ObjectNode network = root.putObject("network");
        ArrayNode layers = network.putArray("layers");
        for (int n : in.layers()) {
            layers.add(n);
        }
        ArrayNode activations = network.putArray("activations");
        in.activations().stream().map(Activation::id).forEach(activations::add);
        network.put("bias", in.bias());
        root.put("loss", in.loss().id());
        root.put("reduction", in.reduction().id());
        root.put("learning_rate", in.learningRate());
        root.put("steps", in.steps());
        ArrayNode weights = root.putArray("weights");
        for (double[][] layer : in.weights()) {
            matrix(weights.addArray(), layer);
        }
        if (in.bias()) {
            matrix(root.putArray("biases"), in.biases());
        }
        matrix(root.putArray("x"), in.x());
        matrix(root.putArray("y"), in.y());
    }

    private static void chainRule(ObjectNode root, Variant v) {
        root.put("id", v.exerciseId());
        root.put("title", v.title());
        root.put("kind", "chain-rule");
        ObjectNode functions = root.putObject("functions");
        for (OneVariableFunction f : v.functions()) {
            functions.put(f.name(), f.functionText());
        }
        ObjectNode coefficients = root.putObject("coefficients");
        for (Quantity q : v.graph().quantities()) {
            if (q.isGiven() && !q.key().equals(ChainRuleGraph.POINT)) {
                coefficients.put(q.key(), q.given());
            }
        }
        root.put(ChainRuleGraph.POINT, v.graph().get(ChainRuleGraph.POINT).given());
    }

    private static void matrix(ArrayNode out, double[][] rows) {
        for (double[] row : rows) {
            ArrayNode r = out.addArray();
            for (double d : row) {
                r.add(d);
            }
        }
    }
}
