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
    void roundsToTheDefinitionsBitsAndStaysOutOfNearTies() {
        SplittableRandom r = new SplittableRandom(20261202);
        int answered = 0;
        int nearTies = 0;
        for (int i = 0; i < 300_000; i++) {
            // half of them within 0.06 of a tie in the 15th significant digit, where the fast path must hold back
            double v = i % 2 == 0 ? (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-6, 7))
                    : (r.nextLong(10_000_000_000_000L, 100_000_000_000_000L) + 0.5 + (r.nextDouble() - 0.5) * 0.12)
                    / Math.pow(10, r.nextInt(8, 20)) * (r.nextBoolean() ? 1 : -1);
            for (int places = 0; places <= 8; places++) {
                int d = places;
                double exact = Numbers.exactDecimal(v, d).doubleValue();
                double fast = FastRounding.round(v, d);
                if (!Double.isNaN(fast)) {
                    answered++;
                    nearTies += i % 2;
                    assertEquals(Double.doubleToRawLongBits(exact), Double.doubleToRawLongBits(fast),
                            () -> "value " + v + " at " + d);
                }
                assertEquals(Double.doubleToRawLongBits(exact), Double.doubleToRawLongBits(Numbers.round(v, d)));
                String written = FastRounding.fixed(v, d);
                if (written != null) {
                    java.math.BigDecimal definition = Numbers.exactDecimal(v, d);
                    assertEquals((definition.signum() == 0 ? definition.abs() : definition).toPlainString().replace('-', '−'), written);
                }
            }
        }
        assertEquals(true, answered > 2_000_000 && nearTies > 500_000, "answered " + answered + ", " + nearTies
                + " of them near ties");
        assertEquals(0.0, Numbers.round(-0.0001, 2));
        assertEquals("−0.005", Numbers.fixed(-0.0049999, 3));
        assertEquals("0.000", Numbers.fixed(-0.0, 3));
        assertEquals("−12", Numbers.fixed(-11.5, 0));
        assertEquals("1234.50", Numbers.fixed(1234.5, 2));
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(Numbers.round(-0.0, 3)));
    }

    @Test
    void tiesOfDecimalArithmeticStillRoundUpAsAPersonDoes() {
        assertEquals("1.299", Numbers.fixed(0.539 + 1.519 * 0.5, 3));
        assertEquals("−1.745", Numbers.fixed(-1.74472, 3));
        assertEquals("0.000", Numbers.fixed(-0.0001, 3));
        assertEquals(2.52, Numbers.round(2.51907, 2));
    }
}
