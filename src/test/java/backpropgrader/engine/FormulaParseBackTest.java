package backpropgrader.engine;

import backpropgrader.exercise.FixedInstanceReader;

import net.objecthunter.exp4j.ExpressionBuilder;
import net.objecthunter.exp4j.function.Function;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every worked step, read back by another parser (exp4j) after only a change of notation: the substituted
 * formula evaluates to the node's value computed from the operand values the step substitutes (which is what
 * "= (1.755 − 4) × 0.777" claims), and the symbolic formula with its symbols bound to the exact values gives the exact value.
 * Covers the lecture's networks and random ones with softmax, ReLU, biases, both cross-entropies and deep
 * layers (error terms as steps of their own).
 */
class FormulaParseBackTest {

    private static final Function STEP = new Function("step", 1) {
        public double apply(double... a) {
            return a[0] > 0 ? 1 : 0;
        }
    };
    private static final Function MAX = new Function("max", 2) {
        public double apply(double... a) {
            return Math.max(a[0], a[1]);
        }
    };
    private static final Pattern SUPERSCRIPT = Pattern.compile("([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)");

    @Test
    void everySubstitutedAndSymbolicFormulaOfTheLectureParsesBackToItsValue() {
        int steps = 0;
        for (String name : List.of("example-1", "quiz-1.2", "example-2", "quiz-1.3")) {
            Values v = NetworkGraph.build(FixedInstanceReader.read(Path.of("exercises/lecture", name + ".json")))
                    .evaluate();
            steps += checkAll(v, 3);
        }
        assertTrue(steps > 100, "steps checked: " + steps);
    }

    @Test
    void everySubstitutedAndSymbolicFormulaOfRandomNetworksParsesBackToItsValue() {
        SplittableRandom root = new SplittableRandom(7_2024L);
        Set<Activation> activations = EnumSet.noneOf(Activation.class);
        Set<Loss> losses = EnumSet.noneOf(Loss.class);
        boolean bias = false;
        boolean deep = false;
        for (int i = 0; i < 60; i++) {
            FixedInstance in = RandomNetworks.draw(i, root.split());
            activations.addAll(in.activations());
            losses.add(in.loss());
            bias |= in.bias();
            Values v = NetworkGraph.build(in).evaluate();
            deep |= v.graph().showsErrorTermsAsSteps();
            checkAll(v, 2 + i % 3);
        }
        assertEquals(EnumSet.allOf(Activation.class), activations);
        assertEquals(EnumSet.allOf(Loss.class), losses);
        assertTrue(bias && deep, "biases and error terms as steps are covered");
    }

    @Test
    void theLecturesOwnLinesReadAsTheLectureWritesThem() {
        Values ex1 = NetworkGraph.build(FixedInstanceReader.read(Path.of("exercises/lecture/example-1.json"))).evaluate();
        assertEquals("∂J/∂w[2]_1,1 = (ŷ_1 − y_1)·h_1 = (1.755 − 4) × 0.777 = −1.744; ≈ −1.7447, shown −1.745;"
                + " from the rounded inputs −1.744", WorkedStep.of(ex1, "dJ/dw[2]_1,1", 3).line());
        // each step carries the number the step before it showed, as the lecture's own lines do
        assertEquals("1 − 0.1 × (−1.744)", WorkedStep.of(ex1, "w[2]_1,1,new", 3).substituted());
        Values ex2 = NetworkGraph.build(FixedInstanceReader.read(Path.of("exercises/lecture/example-2.json"))).evaluate();
        assertEquals("(−1.173 − 3.229 − 5.516)/3", WorkedStep.of(ex2, "dJ/dw[2]_1,1", 3).substituted());
        assertEquals("(3.221 + 8.980 + 18.575)/3", WorkedStep.of(ex2, "J", 3).substituted());
    }

    /** Checks every computed node's step; returns how many. */
    private static int checkAll(Values v, int decimals) {
        QuantityGraph g = v.graph();
        int n = 0;
        for (Quantity q : g.quantities()) {
            if (q.isGiven() || q.role() == Quantity.Role.ERROR_TERM && !g.showsErrorTermsAsSteps()) {
                continue;
            }
            WorkedStep step = WorkedStep.of(v, q.key(), decimals);
            String where = g.exercise() + " " + q.key() + " at " + decimals + " decimals: " + step.line();

            double fromShown = g.displayFormula(q.key()).eval(k -> Numbers.parse(step.operand(k)));
            double parsed = evaluate(step.substituted(), Map.of(), where);
            assertClose(fromShown, parsed, where);

            Map<String, Double> exact = new HashMap<>();
            for (String k : WorkedStep.operands(g, q.key())) {
                exact.put(g.display(k), v.get(k));
            }
            assertClose(v.get(q.key()), evaluate(step.formula(), exact, where), where);
            n++;
        }
        return n;
    }

    private static void assertClose(double expected, double actual, String where) {
        if (!Double.isFinite(expected)) {
            return; // an overflowing exp on both sides says nothing about the notation
        }
        assertTrue(Math.abs(expected - actual) <= 1e-9 * Math.max(1, Math.abs(expected)),
                where + "\n  expected " + expected + ", parsed back " + actual);
    }

    /** The lecture's notation in exp4j's: symbols become variables, ×/· *, − -, ½ (1/2), ² ^(2), ln log. */
    private static double evaluate(String formula, Map<String, Double> symbols, String where) {
        String s = formula;
        List<String> names = new ArrayList<>(symbols.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed()); // h_1(2) before h_1
        Map<String, Double> vars = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            s = s.replace(names.get(i), "\u0001" + i + "\u0002");
            vars.put("v" + i, symbols.get(names.get(i)));
        }
        s = s.replace("\u0001", "v").replace("\u0002", "");
        s = s.replace('×', '*').replace('·', '*').replace('−', '-').replace("½", "(1/2)").replace("ln(", "log(");
        Matcher m = SUPERSCRIPT.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, "^(" + plainDigits(m.group(1)) + ")");
        }
        m.appendTail(sb);
        try {
            return new ExpressionBuilder(sb.toString()).implicitMultiplication(false).functions(STEP, MAX)
                    .variables(vars.keySet()).build().setVariables(vars).evaluate();
        } catch (RuntimeException e) {
            throw new AssertionError(where + "\n  does not parse as " + sb + ": " + e.getMessage(), e);
        }
    }

    private static String plainDigits(String superscript) {
        StringBuilder sb = new StringBuilder();
        for (char c : superscript.toCharArray()) {
            sb.append(c == '⁻' ? '-' : (char) ('0' + "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c)));
        }
        return sb.toString();
    }
}
