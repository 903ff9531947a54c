package backpropgrader.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parsed key reads and writes exactly the spelling of docs/KEYS.md, and nothing else. */
class KeyTest {

    /**
     * An independent reading of a network key's parts, written from the contract's table: name, [layer], _indices,
     * (sample), ,new, @iteration; a gradient's sample on its J.
     */
    private static final Pattern CONTRACT = Pattern.compile(
            "(?<d>dJ(?:\\((?<gt>\\d+)\\))?/d)?(?<name>x|y|w|b|z|h|yhat|J|lambda)(?:\\[(?<l>\\d+)])?"
                    + "(?:_(?<i>\\d+)(?:,(?<j>\\d+))?)?(?:\\((?<t>\\d+)\\))?(?<new>,new)?(?:@(?<k>\\d+))?");

    @Test
    void everyKeyOfManyNetworksReadsBackAsItIsWrittenAndAsTheContractsTableReadsIt() {
        SplittableRandom root = new SplittableRandom(20240917L);
        int keys = 0;
        boolean sawSampleAndIteration = false;
        for (int i = 0; i < 60; i++) {
            QuantityGraph g = NetworkGraph.build(RandomNetworks.draw(i, root.split()));
            for (Quantity q : g.quantities()) {
                Key k = Key.parse(q.key());
                assertEquals(q.key(), k.toString());
                assertEquals(q.iteration(), k.iteration(), q.key());
                if (!q.isGiven()) { // a given quantity's record carries no sample
                    assertEquals(q.sample(), k.sample(), q.key());
                }
                Matcher m = CONTRACT.matcher(q.key());
                assertTrue(m.matches(), q.key());
                int t = m.group("gt") != null ? Integer.parseInt(m.group("gt")) : number(m.group("t"), 0);
                assertEquals(t, k.sample(), q.key());
                assertEquals(number(m.group("k"), 1), k.iteration(), q.key());
                assertEquals(number(m.group("l"), 0), k.layer(), q.key());
                assertEquals(m.group("new") != null, k.isNew(), q.key());
                List<Integer> indices = m.group("j") != null
                        ? List.of(number(m.group("i"), 0), number(m.group("j"), 0))
                        : m.group("i") != null ? List.of(number(m.group("i"), 0)) : List.of();
                assertEquals(indices, k.indices(), q.key());
                sawSampleAndIteration |= k.sample() > 0 && k.iteration() > 1;
                keys++;
            }
        }
        assertTrue(sawSampleAndIteration, "multi-sample, multi-iteration keys were among them");
        assertTrue(keys > 5000, "only " + keys + " keys");
    }

    private static int number(String digits, int none) {
        return digits == null ? none : Integer.parseInt(digits);
    }

    @Test
    void theFieldsAreTheLecturesIndices() {
        Key g = Key.parse("dJ(3)/dw[1]_2,1@2");
        assertEquals(new Key(Key.Kind.DW, "", 1, 2, 1, 3, 2, false), g);
        assertEquals(Key.w(1, 2, 1), g.variableOfDerivative());
        assertEquals(Key.cost(3, 1), g.differentiated());
        assertEquals(Key.wNew(2, 1, 1, 2), Key.parse("w[2]_1,1,new@2"));
        assertEquals(Key.bNew(1, 2, 1), Key.parse("b[1]_2,new"));
        assertEquals(Key.yhat(2, 1, 3), Key.parse("yhat_2(1)@3"));
        assertEquals(Key.x(2, 3), Key.parse("x_2(3)"));
        assertEquals(Key.y(1, 0), Key.parse("y_1"));
        assertEquals(Key.learningRate(), Key.parse("lambda"));
        assertEquals(0, Key.parse("yhat_1").layer(), "the output's key names no layer");
    }

    @Test
    void theChainRuleQuizsKeysAreKeysToo() {
        assertEquals(Key.function(1), Key.parse("f_1"));
        assertEquals(Key.derivative(2), Key.parse("df_2/dx"));
        assertEquals(Key.derivativeAtPoint(1), Key.parse("df_1/dx|x0"));
        assertEquals(Key.coefficient("a", 1), Key.parse("a_1"));
        assertEquals(Key.coefficient("b2", 3), Key.parse("b2_3"));
        assertEquals(Key.coefficient("J", 1), Key.parse("J_1"), "J_1 is a coefficient, not the cost");
        assertEquals(Key.point(), Key.parse("x0"));
        assertEquals(Key.variable(), Key.parse("x"));
        for (String s : List.of("f_1", "df_2/dx", "df_1/dx|x0", "a_1", "b2_3", "J_1", "x0", "x")) {
            assertEquals(s, Key.parse(s).toString());
        }
    }

    @Test
    void onlyTheContractsSpellingIsAKey() {
        for (String s : List.of("", "z[1]_1(0)", "z[1]_1@1", "z[01]_1", "z[1]_01", "w[1]_1,1@2", "x_1@2", "y_1(2)@2",
                "lambda@2", "dJ/dw[1]_1", "dJ/dz[1]_1,2", "dJ(0)/dw[1]_1,1", "w[1]_1,1,new(2)", "z[1]_1,new",
                "h[1]_1@2(2)", "yhat", "J(2", "z[0]_1", "w[1]_0,1", "f_0", "df_1/dy", "ab_1", "a_1(2)", "x1", "lambda2",
                "z[1]_1 ", " J", "z[1]_99999999999", "dJ/dh[1]_1", "J@2@3")) {
            assertEquals(Optional.empty(), Key.read(s), s);
        }
        assertEquals(Optional.empty(), Key.read(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Key.parse("z[1]_1@1"));
        assertTrue(e.getMessage().startsWith("\"z[1]_1@1\" is not a quantity key"), e.getMessage());
    }

    @Test
    void swappingExchangesAWeightsIndicesAndKeepsEverySuffix() {
        assertEquals("w[1]_2,1", Key.parse("w[1]_1,2").swapped().toString());
        assertEquals("w[2]_3,1,new@2", Key.parse("w[2]_1,3,new@2").swapped().toString());
        assertEquals("dJ(2)/dw[1]_2,1@2", Key.parse("dJ(2)/dw[1]_1,2@2").swapped().toString());
        assertEquals(Key.parse("dJ/dw[1]_1,2"), Key.parse("dJ/dw[1]_1,2").swapped().swapped());
        assertTrue(Key.parse("dJ/dw[1]_1,2").hasWeightIndices());
        assertFalse(Key.parse("dJ/dz[1]_1").hasWeightIndices());
        assertThrows(IllegalStateException.class, () -> Key.parse("b[1]_1").swapped());
    }

    @Test
    void theIterationCanBeChangedWhereTheKeyHasOne() {
        assertEquals("z[1]_1(2)@3", Key.parse("z[1]_1(2)").withIteration(3).toString());
        assertEquals("w[1]_1,1,new", Key.parse("w[1]_1,1,new@2").withIteration(1).toString());
        assertThrows(IllegalArgumentException.class, () -> Key.parse("x_1").withIteration(2));
        assertThrows(IllegalArgumentException.class, () -> Key.w(1, 1, 1).withIteration(2), "no w…@k keys");
    }

    @Test
    void theFactoriesRefuseKeysTheContractHasNot() {
        assertThrows(IllegalArgumentException.class, () -> Key.z(0, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Key.z(1, 1, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> Key.dw(1, 1, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Key.coefficient("ab", 1));
        assertThrows(IllegalArgumentException.class, () -> new Key(Key.Kind.Z, "", 1, 0, 1, 0, 1, true));
    }

    @Test
    void theLecturesNotationInText() {
        assertEquals("ŷ_1(2)@2", Key.parse("yhat_1(2)@2").display(false));
        assertEquals("λ", Key.parse("lambda").display(true));
        assertEquals("∂J(3)/∂w[1]_1,1@2", Key.parse("dJ(3)/dw[1]_1,1@2").display(false));
        assertEquals("h_1(2)", Key.parse("h[1]_1(2)").display(true));
        assertEquals("h[1]_1(2)", Key.parse("h[1]_1(2)").display(false));
        assertEquals("z[1]_1", Key.parse("z[1]_1").display(true));
        assertEquals("df_1/dx|x0", Key.parse("df_1/dx|x0").display(false));
        assertEquals("not a key", Keys.display("not a key", true));
    }
}
