package backpropgrader.exercise;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class SeedsTest {

    /** Expected bytes from Python's hmac module: hmac.new(secret, b"week9\0example-1-single-sample\0" b"1\0s1234", sha256). */
    @Test
    void theSeedIsHmacSha256OfTheFourFieldsJoinedByNul() {
        byte[] seed = Seeds.hmac(new CourseSecret("tëst-secret", "test"), "week9", "example-1-single-sample", "1", "s1234");
        assertEquals("5cf1da59f6d99f16e3b9e1407c2f132c01aa9eb55a3ce37d3355dba793f7b83d", HexFormat.of().formatHex(seed));
    }

    @Test
    void theGeneratorIsAWell19937cSeededWithTheBytesAsBigEndianInts() {
        byte[] seed = HexFormat.of().parseHex("5cf1da59f6d99f16e3b9e1407c2f132c01aa9eb55a3ce37d3355dba793f7b83d");
        Well19937c expected = new Well19937c(new int[] {1559353945, -153510122, -474357440, 2083459884, 27958965,
                1513939837, 861264807, -1812481987});
        var rng = Seeds.generator(seed);
        for (int i = 0; i < 5; i++) {
            assertEquals(expected.nextInt(), rng.nextInt());
        }
    }

    @Test
    void everyFieldChangesTheSeed() {
        CourseSecret s = new CourseSecret("k", "test");
        String base = HexFormat.of().formatHex(Seeds.hmac(s, "a", "f", "1", "s1"));
        assertNotEquals(base, HexFormat.of().formatHex(Seeds.hmac(new CourseSecret("k2", "test"), "a", "f", "1", "s1")));
        assertNotEquals(base, HexFormat.of().formatHex(Seeds.hmac(s, "b", "f", "1", "s1")));
        assertNotEquals(base, HexFormat.of().formatHex(Seeds.hmac(s, "a", "g", "1", "s1")));
        assertNotEquals(base, HexFormat.of().formatHex(Seeds.hmac(s, "a", "f", "2", "s1")));
        assertNotEquals(base, HexFormat.of().formatHex(Seeds.hmac(s, "a", "f", "1", "s2")));
        // the separator keeps fields apart: ("ab", "c") and ("a", "bc") differ
        assertNotEquals(HexFormat.of().formatHex(Seeds.hmac(s, "ab", "c", "1", "s1")),
                HexFormat.of().formatHex(Seeds.hmac(s, "a", "bc", "1", "s1")));
    }

    @Test
    void theSecretIsNeverPrinted() {
        assertEquals("CourseSecret[from course.yaml: secret]", new CourseSecret("hunter2", "course.yaml: secret").toString());
    }
}
