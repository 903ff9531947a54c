package backpropgrader.exercise;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * A variant's seed (docs/ARCHITECTURE.md, qualities): HMAC-SHA256 keyed by the UTF-8 course secret over
 * {@code assignment␀familyId␀familyVersion␀owner}; its 32 bytes, read as 8 big-endian ints, seed a
 * Well19937c. Nothing else (no clock, no hashCode, no map order) goes into a variant. The owner is the student id,
 * or {@code group:<group name>} for group work ({@link GroupWork}, {@link Course#variantOwner}).
 */
public final class Seeds {

    /** The derivation as written into the instructor keys (never the secret itself). */
    public static final String DERIVATION = "HMAC-SHA256(key = course secret (UTF-8), message = assignment ␀ family id"
            + " ␀ family version ␀ variant owner (the student id, or group:<group name> for group work)) → 8 big-endian"
            + " ints → Well19937c";

    private Seeds() {
    }

    public static byte[] hmac(CourseSecret secret, String assignment, String familyId, String familyVersion,
                              String owner) {
        return hmac(secret, assignment + '\0' + familyId + '\0' + familyVersion + '\0' + owner);
    }

    /** HMAC-SHA256 keyed by the UTF-8 secret over the UTF-8 message (also what {@link VariantCode} is made of). */
    static byte[] hmac(CourseSecret secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.bytes(), "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    public static RandomGenerator generator(byte[] seed) {
        ByteBuffer b = ByteBuffer.wrap(seed);
        int[] ints = new int[seed.length / 4];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = b.getInt();
        }
        return new Well19937c(ints);
    }
}
