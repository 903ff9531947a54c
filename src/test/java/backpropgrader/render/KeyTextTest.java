package backpropgrader.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The lecture's notation as plain text: the same reading of each key as the MathML, raised and lowered. */
class KeyTextTest {

    @Test
    void theLecturesSymbolsWithLayerAboveAndIndicesBelow() {
        assertEquals("ŷ₁", KeyText.plain("ŷ_1"));
        assertEquals("λ", KeyText.plain("λ"));
        assertEquals("h₂", KeyText.plain("h_2"));
        assertEquals("w⁽²⁾₁,₁", KeyText.plain("w[2]_1,1"));
        assertEquals("w⁽¹⁾₂,₁,new", KeyText.plain("w[1]_2,1,new"));
        assertEquals("z⁽¹⁾₁,₍₂₎", KeyText.plain("z[1]_1(2)"));
        assertEquals("J₍₃₎", KeyText.plain("J(3)"));
    }

    @Test
    void gradientsAndRoundsAndPoints() {
        assertEquals("∂J/∂w⁽²⁾₁,₁", KeyText.plain("∂J/∂w[2]_1,1"));
        assertEquals("∂J₍₃₎/∂w⁽¹⁾₁,₁ (round 2)", KeyText.plain("∂J(3)/∂w[1]_1,1@2"));
        assertEquals("z⁽¹⁾₁ (round 2)", KeyText.plain("z[1]_1@2"));
        assertEquals("w⁽¹⁾₁,₁,new (round 2)", KeyText.plain("w[1]_1,1,new@2"));
        assertEquals("df₁/dx|ₓ₀", KeyText.plain("df_1/dx|x0"));
        assertEquals("df₁/dx", KeyText.plain("df_1/dx"));
    }

    @Test
    void aGeneralIndexIsALetterInTheSamePlace() {
        assertEquals("w⁽ˡ⁾ₙ,ₘ", KeyText.plain("w[l]_n,m"));
        assertEquals("∂J₍ₜ₎/∂w", KeyText.plain("∂J(t)/∂w"));
        assertEquals("w_new", KeyText.plain("w_new"), "a word keeps its underscore");
    }

    @Test
    void whatItCannotReadStaysAsItIs() {
        assertEquals("f(x)=?", KeyText.plain("f(x)=?"));
    }
}
