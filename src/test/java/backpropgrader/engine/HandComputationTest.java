package backpropgrader.engine;

import backpropgrader.exercise.FixedInstanceReader;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/MARKING.md's own examples of rounding-aware marking on a sheet that asks for 3 decimals everywhere: the
 * lecture's hand-rounded −1.744, −0.388, −3.309 and −3.555 are reachable, −0.385 and −0.392 are not.
 */
class HandComputationTest {

    @Test
    void atThreeDecimalsTheLecturesHandRoundedGradientsFitAndTheirNeighboursDoNot() {
        HandComputation ex1 = HandComputation.reference(values("example-1"), key -> 3);
        assertTrue(ex1.fits("dJ/dw[2]_1,1", -1.744, 3));
        assertTrue(ex1.fits("dJ/dw[1]_1,1", -0.388, 3));
        assertTrue(ex1.fits("dJ/dw[1]_1,1", -0.389, 3));
        assertFalse(ex1.fits("dJ/dw[1]_1,1", -0.385, 3));
        assertFalse(ex1.fits("dJ/dw[1]_1,1", -0.392, 3));

        HandComputation ex2 = HandComputation.reference(values("example-2"), key -> 3);
        assertTrue(ex2.fits("dJ(3)/dw[1]_1,1", -3.309, 3));
        assertTrue(ex2.fits("dJ(2)/dw[1]_1,1", -3.555, 3));
        assertFalse(ex2.fits("dJ(2)/dw[1]_1,1", -3.540, 3));
    }

    @Test
    void aValueWrittenMorePreciselyIsJudgedByTheSameReachableSet() {
        HandComputation ex1 = HandComputation.reference(values("example-1"), key -> 3);
        assertTrue(ex1.fits("dJ/dw[2]_1,1", -1.7447, 4));
        assertTrue(ex1.fits("dJ/dw[2]_1,1", -1.7440, 4));
        assertFalse(ex1.fits("dJ/dw[2]_1,1", -1.7300, 4));
    }

    private static Values values(String name) {
        return NetworkGraph.build(FixedInstanceReader.read(Path.of("exercises/lecture", name + ".json"))).evaluate();
    }
}
