package backpropgrader.exercise;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The course secret: the key of every student's seed. It is never printed — {@link #toString} says only where
 * it came from — and never written into any file.
 */
public final class CourseSecret {

    private final byte[] bytes;
    private final String origin;

    /** @param origin where it was read from, for messages: "GRADER_SECRET", "course.yaml: secret_file" */
    public CourseSecret(String secret, String origin) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("empty secret");
        }
        this.bytes = secret.getBytes(StandardCharsets.UTF_8);
        this.origin = origin;
    }

    byte[] bytes() {
        return bytes.clone();
    }

    public String origin() {
        return origin;
    }

    /** Whether {@code text} contains the secret (for the test that it never leaks). */
    public boolean occursIn(byte[] text) {
        outer:
        for (int i = 0; i + bytes.length <= text.length; i++) {
            for (int j = 0; j < bytes.length; j++) {
                if (text[i + j] != bytes[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CourseSecret s && Arrays.equals(s.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "CourseSecret[from " + origin + "]";
    }
}
