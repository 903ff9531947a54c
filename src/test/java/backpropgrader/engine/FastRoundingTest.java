package backpropgrader.engine;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fast rounding path gives exactly what the BigDecimal definition gives, wherever it answers. */
class FastRoundingTest {

    @Test
    void agreesWithTheExactDefinitionOnRandomAndGridValues() {
        SplittableRandom r = new SplittableRandom(20261127);
        int answered = 0;
        for (int i = 0; i < 400_000; i++) {
            double v = switch (i % 4) {
                case 0 -> (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-6, 7));
                case 1 -> Math.round((r.nextDouble() - 0.5) * 2e6) / 1e4 + Math.round(r.nextDouble() * 1e4) / 2e4;
                case 2 -> r.nextInt(-20000, 20000) / 1000.0 * (r.nextInt(1, 2000) / 1000.0);
                default -> Math.tanh(r.nextDouble() * 4 - 2) * r.nextInt(1, 100);
            };
            for (int d = 0; d <= 6; d++) {
                var fast = FastRounding.decimal(v, d);
                if (fast != null) {
                    answered++;
                    assertEquals(Numbers.exactDecimal(v, d), fast, () -> "value " + v);
                }
            }
        }
        assertEquals(true, answered > 2_500_000, "the fast path answers almost always: " + answered);
    }

    @Test
    void tiesOfDecimalArithmeticStillRoundUpAsAPersonDoes() {
        assertEquals("1.299", Numbers.fixed(0.539 + 1.519 * 0.5, 3));
        assertEquals("−1.745", Numbers.fixed(-1.74472, 3));
        assertEquals("0.000", Numbers.fixed(-0.0001, 3));
        assertEquals(2.52, Numbers.round(2.51907, 2));
    }
}
