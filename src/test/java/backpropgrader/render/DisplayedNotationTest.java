package backpropgrader.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DisplayedNotationTest {

    private static String math(String displayed) {
        String m = MathML.math(MathML.displayed(displayed));
        Xml.parse(m);
        return m;
    }

    @Test
    void aDisplayedKeyReadsAsTheKeyDoes() {
        assertEquals(MathML.math(MathML.key("w[2]_1,1", false)), math("w[2]_1,1"));
        assertEquals(MathML.math(MathML.key("h[1]_1", true)), math("h_1"));
        assertEquals(Xml.text(MathML.math(MathML.key("dJ/dw[2]_1,1@2", false))), Xml.text(math("∂J/∂w[2]_1,1@2")));
    }

    @Test
    void aGeneralIndexIsALetter() {
        String m = math("w[l]_n,m");
        assertTrue(m.contains("<mi>n</mi>") && m.contains("<mo>[</mo><mi>l</mi><mo>]</mo>"), m);
        assertEquals("wn,m[l]", Xml.text(m));
        assertEquals("J(t)", Xml.text(math("J(t)")));
        assertTrue(math("w_new").startsWith("<math><msub><mi>w</mi><mi>new</mi></msub>"));
    }

    @Test
    void textThatIsNoQuantityIsEscaped() {
        assertEquals("<math><mtext>&lt;script&gt;&amp;</mtext></math>", math("<script>&"));
    }
}
