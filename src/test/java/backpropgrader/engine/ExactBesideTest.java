package backpropgrader.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the exact value is written beside its rounding: when it has more places than the sheet's. */
class ExactBesideTest {

    @Test
    void theLecturesPrintedValuesHaveTheirExactValueBeside() {
        assertTrue(Numbers.showsExactBeside(-1.7447, 3));
        assertTrue(Numbers.showsExactBeside(-0.38855, 3));
        assertTrue(Numbers.showsExactBeside(1.2500001, 3), "a real seventh place counts");
    }

    @Test
    void aShortDecimalHasNothingBesideItBinaryNoiseIncluded() {
        assertFalse(Numbers.showsExactBeside(1.25, 3));
        assertFalse(Numbers.showsExactBeside(0.9 * 0.9, 3), "0.8100000000000001 is 0.810");
        assertFalse(Numbers.showsExactBeside(0.10000000000000009, 3));
        assertFalse(Numbers.showsExactBeside(4, 0));
        assertTrue(Numbers.showsExactBeside(0.81, 1));
    }
}
