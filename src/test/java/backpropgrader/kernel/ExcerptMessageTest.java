package backpropgrader.kernel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Error messages quote a student's text short and escaped, so a message stays one readable line. */
class ExcerptMessageTest {

    @Test
    void shortTextIsQuotedAsItIs() {
        assertEquals("'z[1]_1 = 1,25'", Excerpt.quoted("z[1]_1 = 1,25"));
    }

    @Test
    void longTextStopsAfterSixtyCharactersWithAnEllipsis() {
        String quoted = Excerpt.quoted("x".repeat(100_000));
        assertEquals("'" + "x".repeat(60) + "…'", quoted);
        assertEquals("'" + "y".repeat(60) + "'", Excerpt.quoted("y".repeat(60)), "exactly sixty: no ellipsis");
    }

    @Test
    void controlAndInvisibleCharactersAreEscaped() {
        assertEquals("'a\\nb\\tc\\u001B[2Jd\\u202Ee\\u200Bf'", Excerpt.quoted("a\nb\tc\u001B[2Jd\u202Ee\u200Bf"));
    }

    @Test
    void charactersBeyondTheBasicPlaneCountOnceAndAreNeverCut() {
        String emoji = "😀".repeat(70);
        assertEquals("😀".repeat(60) + "…", Excerpt.of(emoji));
    }

    @Test
    void aParsersMessageKeepsItsWordsAndShortensWhatItQuotes() {
        String jackson = "Unrecognized token '" + "demosecret".repeat(30) + "': was expecting (JSON String, Number,"
                + " Array, Object or token 'null', 'true' or 'false')\n at [Source: …]";
        String m = Excerpt.message(jackson);
        assertTrue(m.startsWith("Unrecognized token '" + "demosecret".repeat(6) + "…': was expecting"), m);
        assertTrue(m.endsWith("token 'null', 'true' or 'false')"), m);
        assertFalse(m.contains("Source"), "first line only: " + m);
        for (String long_ : List.of("q".repeat(5000), "'" + "q".repeat(5000))) {
            assertTrue(Excerpt.message(long_).length() <= 241, "the whole message is bounded");
        }
    }

    @Test
    void aParsersMessageNamesThePlaceInPlainWords() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> new ObjectMapper().readTree("{\"student\": \"s1\""));
        assertTrue(e.getOriginalMessage().contains("[Source: "), "Jackson's own words: " + e.getOriginalMessage());
        assertEquals("Unexpected end-of-input: expected close marker for Object (start marker at line 1, column 1)",
                Excerpt.message(e.getOriginalMessage()));
        assertEquals("no place here", Excerpt.withoutSource("no place here"));
    }
}
