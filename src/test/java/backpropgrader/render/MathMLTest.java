package backpropgrader.render;

import backpropgrader.engine.Expr;
import backpropgrader.engine.FixedInstance;
import backpropgrader.engine.NetworkGraph;
import backpropgrader.engine.Notation;
import backpropgrader.engine.Numbers;
import backpropgrader.engine.Quantity;
import backpropgrader.engine.QuantityGraph;
import backpropgrader.engine.Values;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MathMLTest {

    private static final NumberFormatter EN = new NumberFormatter(Locale.ENGLISH);

    private static List<FixedInstance> instances() {
        return List.of(TestPages.lecture("example-1"), TestPages.lecture("example-2"), TestPages.lecture("quiz-1.2"),
                TestPages.lecture("quiz-1.3"), TestPages.instance342(true), TestPages.softmax(), TestPages.deep());
    }

    @Test
    void everyFormulaOfEveryNetworkIsWellFormedXmlInBothNotations() {
        int formulas = 0;
        for (FixedInstance in : instances()) {
            QuantityGraph g = NetworkGraph.build(in);
            Values v = g.evaluate();
            for (Quantity q : g.quantities()) {
                if (q.isGiven()) {
                    continue;
                }
                for (Expr f : List.of(q.formula(), g.displayFormula(q.key()))) {
                    Xml.parse(MathML.math(MathML.symbolic(f, g.singleHiddenLayer(), EN)));
                    Xml.parse(MathML.math(MathML.substituted(f, k -> EN.fixed(v.get(k), 3), EN)));
                    formulas++;
                }
                for (Expr alt : q.alternatives().values()) {
                    Xml.parse(MathML.math(MathML.symbolic(alt, g.singleHiddenLayer(), EN)));
                }
            }
        }
        assertTrue(formulas > 500, "only " + formulas + " formulas checked");
    }

    /** An independent reading: the engine's own text rendering, for every formula without a fraction in it. */
    @Test
    void readsAsTheEnginesTextRenderingWhereThereIsNoFraction() {
        int compared = 0;
        for (FixedInstance in : instances()) {
            QuantityGraph g = NetworkGraph.build(in);
            Values v = g.evaluate();
            for (Quantity q : g.quantities()) {
                if (q.isGiven()) {
                    continue;
                }
                Expr f = g.displayFormula(q.key());
                String engine = f.render(Notation.substituted(k -> Numbers.fixed(v.get(k), 3)));
                if (engine.contains("/") || engine.contains("exp") || engine.contains("½")) {
                    continue;
                }
                String mathml = MathML.math(MathML.substituted(f, k -> EN.fixed(v.get(k), 3), EN));
                String expected = engine.replaceAll("\\s", "").replace("²", "2").replace("³", "3");
                assertEquals(expected, Xml.text(mathml), q.key() + " of " + in.id());
                compared++;
            }
        }
        assertTrue(compared > 100, "only " + compared + " formulas compared");
    }

    @Test
    void theSigmoidIsAFractionAsTheLectureWritesIt() {
        QuantityGraph g = NetworkGraph.build(TestPages.lecture("example-1"));
        String h1 = MathML.symbolic(g.get("h[1]_1").formula(), g.singleHiddenLayer(), EN);
        assertTrue(h1.startsWith("<mrow><mfrac><mn>1</mn><mrow><mn>1</mn><mo>+</mo><mi>exp</mi><mo>(</mo>"
                + MathML.MINUS + "<msubsup><mi>z</mi>"), h1);
        assertEquals("11+exp(−z1)", Xml.text(MathML.math(h1)).replace("[1]", ""));
    }

    @Test
    void theHalfOfTheSquaredErrorIsAFractionAndSquaresAreSuperscripts() {
        QuantityGraph g = NetworkGraph.build(TestPages.lecture("example-1"));
        String j = MathML.symbolic(g.get("J").formula(), g.singleHiddenLayer(), EN);
        assertTrue(j.startsWith("<mrow><mfrac><mn>1</mn><mn>2</mn></mfrac><mo>\u2062</mo><msup><mrow><mo>(</mo>"), j);
        assertTrue(j.endsWith("<mo>)</mo></mrow><mn>2</mn></msup></mrow>"), j);
    }

    @Test
    void substitutedNegativeNumbersAreParenthesisedAndLocalised() {
        QuantityGraph g = NetworkGraph.build(TestPages.lecture("example-1"));
        Values v = g.evaluate();
        NumberFormatter de = new NumberFormatter(Locale.GERMANY);
        String update = MathML.math(MathML.substituted(g.displayFormula("w[1]_1,1,new"), k -> g.get(k).isGiven()
                ? de.plain(v.get(k)) : de.fixed(v.get(k), 3), de));
        assertEquals("0,5−0,1×(−0,389)", Xml.text(update)); // the exact −0.38855 at 3 places
    }

    @Test
    void softmaxOutputsAreAFractionOfExponentials() {
        FixedInstance in = TestPages.softmax();
        QuantityGraph g = NetworkGraph.build(in);
        String text = Xml.text(MathML.math(MathML.symbolic(g.get("yhat_2(1)").formula(), g.singleHiddenLayer(), EN)));
        assertEquals("exp(z2,(1)[2])exp(z1,(1)[2])+exp(z2,(1)[2])+exp(z3,(1)[2])", text);
    }
}
