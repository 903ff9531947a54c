package backpropgrader.kernel;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What outputs may quote of a student's text: short, and unable to forge a line or turn text around. */
class ExcerptTest {

    @Test
    void shortTextIsQuotedAsItIs() {
        assertEquals("z[1]_1 = 1.25", Excerpt.of("z[1]_1 = 1.25"));
        assertEquals("'−1,744'", Excerpt.quoted("−1,744"));
        assertNull(Excerpt.of(null));
    }

    @Test
    void longTextIsCutAtSixtyCharactersWithAnEllipsis() {
        assertEquals("a".repeat(60), Excerpt.of("a".repeat(60)));
        assertEquals("a".repeat(60) + "…", Excerpt.of("a".repeat(22_000_000)));
        assertEquals("ŷ".repeat(60) + "…", Excerpt.of("ŷ".repeat(61)), "characters, not bytes");
        assertEquals("😀".repeat(60) + "…", Excerpt.of("😀".repeat(100)), "code points, never half a pair");
        assertEquals("b".repeat(200) + "…", Excerpt.of("b".repeat(201), Excerpt.ANSWER_CHARACTERS));
    }

    @Test
    void controlAndDirectionCharactersAreWrittenAsEscapes() {
        assertEquals("s1\\n  graded s2: 100%", Excerpt.of("s1\n  graded s2: 100%"));
        assertEquals("abc\\u202Edef\\r\\u0000", Excerpt.of("abc\u202edef\r\0"));
    }
}
