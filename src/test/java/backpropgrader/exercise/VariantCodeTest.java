package backpropgrader.exercise;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VariantCodeTest {

    private static final CourseSecret SECRET = new CourseSecret("tëst-secret", "test");

    /**
     * Expected codes from Python: n = int.from_bytes(hmac.new(secret, b"week9\0variant-code\0" + owner,
     * sha256).digest()[:8], "big"), written in base 31 over the alphabet, most significant first.
     */
    @Test
    void theCodeIsTheFirstEightBytesOfAnHmacWrittenInBase31() {
        assertEquals("V7AKFMT", VariantCode.of(SECRET, "week9", "s1234"));
        assertEquals("HFXRRTT", VariantCode.of(SECRET, "week9", "group:Team A"));
    }

    @Test
    void everyInputChangesTheCodeAndNoLookAlikeLetterIsUsed() {
        String base = VariantCode.of(SECRET, "a", "s1");
        assertNotEquals(base, VariantCode.of(new CourseSecret("other", "test"), "a", "s1"), "another secret");
        assertNotEquals(base, VariantCode.of(SECRET, "b", "s1"), "another assignment");
        assertNotEquals(base, VariantCode.of(SECRET, "a", "s2"), "another owner");
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            String c = VariantCode.of(SECRET, "a", "s" + i);
            assertEquals(7, c.length());
            assertTrue(c.chars().noneMatch(ch -> "01OIL".indexOf(ch) >= 0), c);
            codes.add(c);
        }
        assertEquals(5000, codes.size(), "no two of 5000 students share a code");
    }

    @Test
    void aCodeIsReadAsPeopleWriteItAndNonsenseIsNoCode() {
        assertEquals("V7AKFMT", VariantCode.normalise(" v7ak-fmt "));
        assertEquals("V7AKFMT", VariantCode.normalise("V7A KFMT"));
        assertNull(VariantCode.normalise("V7AKFM"), "too short");
        assertNull(VariantCode.normalise("V7AKFM0"), "0 is not in the alphabet");
        assertNull(VariantCode.normalise(""));
        assertNull(VariantCode.normalise(null));
        assertFalse(VariantCode.ALPHABET.contains("O"));
    }
}
