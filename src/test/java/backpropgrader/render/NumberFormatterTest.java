package backpropgrader.render;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberFormatterTest {

    @Test
    void englishWritesAPointAndAUnicodeMinus() {
        NumberFormatter en = new NumberFormatter(Locale.ENGLISH);
        assertEquals("−1.745", en.fixed(-1.74472, 3));
        assertEquals("0.500", en.fixed(0.5, 3));
        assertEquals("2.3", en.plain(2.3));
        assertEquals("−1.7447", en.beyond(-1.74472, 3));
        assertFalse(en.usesDecimalComma());
    }

    @Test
    void germanAndFrenchWriteADecimalComma() {
        for (Locale l : new Locale[] {Locale.GERMANY, Locale.GERMAN, Locale.FRANCE, new Locale("es", "ES")}) {
            NumberFormatter f = new NumberFormatter(l);
            assertEquals("−1,745", f.fixed(-1.74472, 3), l.toString());
            assertEquals("1234,5", f.plain(1234.5), l + ": no grouping separator");
            assertTrue(f.usesDecimalComma());
        }
    }

    @Test
    void roundingIsTheEnginesHalfUp() {
        NumberFormatter en = new NumberFormatter(Locale.UK);
        assertEquals("1.299", en.fixed(0.539 + 0.7595, 3)); // 1.2984999999999998 is the tie 1.2985
        assertEquals("0.000", en.fixed(-0.0001, 3)); // no "−0.000"
    }

    @Test
    void percentagesFollowTheLocalesRule() {
        assertEquals("27.4%", new NumberFormatter(Locale.ENGLISH).percent(27.35, 1), "English: no space");
        assertEquals("27,4\u00a0%", new NumberFormatter(Locale.GERMANY).percent(27.35, 1),
                "German: a no-break space before the sign (DIN 5008)");
        assertEquals("27,4\u00a0%", new NumberFormatter(Locale.FRANCE).percent(27.35, 1));
        assertEquals("%27,4", new NumberFormatter(Locale.forLanguageTag("tr")).percent(27.35, 1), "Turkish: before");
        assertEquals("100.0%", new NumberFormatter(Locale.UK).percent(100, 1));
    }
}
