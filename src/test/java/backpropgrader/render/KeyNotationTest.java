package backpropgrader.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyNotationTest {

    private static String math(String key) {
        return math(key, false);
    }

    private static String math(String key, boolean shortHidden) {
        String m = MathML.math(KeyNotation.mathml(key, shortHidden));
        Xml.parse(m);
        return m;
    }

    @Test
    void aWeightHasItsLayerAboveAndItsIndicesBelow() {
        String m = math("w[1]_2,1");
        assertEquals("<math><msubsup><mi>w</mi><mn>2,1</mn><mn>[1]</mn></msubsup></math>", m); // compact, tight
    }

    @Test
    void anUpdatedWeightOfTheSecondRoundReadsNewAndRoundTwo() {
        assertEquals("w1,1,new[1](round2)", Xml.text(math("w[1]_1,1,new@2")));
        assertTrue(math("w[1]_1,1,new@2").contains("<mi>new</mi>"));
    }

    @Test
    void aSampleGoesIntoTheSubscriptAsTheLectureWritesIt() {
        assertEquals("z1,(2)[1]", Xml.text(math("z[1]_1(2)")));
        assertEquals("J(3)", Xml.text(math("J(3)")));
        assertEquals("y^1,(2)(round2)", Xml.text(math("yhat_1(2)@2")));
    }

    @Test
    void aGradientIsAFractionOfPartials() {
        String m = math("dJ(3)/dw[1]_1,1@2");
        assertTrue(m.startsWith("<math><mfrac><mrow><mo>∂</mo><msub><mi>J</mi>"), m);
        assertEquals("∂J(3)∂w1,1[1](round2)", Xml.text(m));
    }

    @Test
    void aDerivativeAtAPointHasTheEvaluationBar() {
        String m = math("df_1/dx|x0");
        assertTrue(m.contains("<mo stretchy=\"true\">|</mo>"), m);
        assertEquals("df1dx|x0", Xml.text(m));
        assertEquals("df1dx", Xml.text(math("df_1/dx")));
    }

    @Test
    void greekAndHatsStayAsTheGraphDisplaysThem() {
        assertEquals("<math><mi>λ</mi></math>", math("lambda"));
        assertEquals("h1", Xml.text(math("h[1]_1", true)));
        assertEquals("h1[1]", Xml.text(math("h[1]_1", false)));
    }

    @Test
    void theChainRuleQuizsCoefficientsPointAndVariableAreSymbolsToo() {
        assertEquals("<math><msub><mi>a</mi><mn>1</mn></msub></math>", math("a_1"));
        assertEquals("<math><msub><mi>x</mi><mn>0</mn></msub></math>", math("x0"));
        assertEquals("<math><mi>x</mi></math>", math("x"));
    }

    @Test
    void theRoundCanBeLeftToTheSection() {
        assertEquals("w[1]_1,1,new", KeyNotation.withoutRound("w[1]_1,1,new@2"));
        assertEquals("dJ(2)/dw[1]_1,1", KeyNotation.withoutRound("dJ(2)/dw[1]_1,1@3"));
    }

    @Test
    void anythingElseIsShownEscaped() {
        String m = math("<script>&");
        assertEquals("<math><mtext>&lt;script&gt;&amp;</mtext></math>", m);
    }
}
