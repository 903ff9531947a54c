package backpropgrader.grade;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A submission's answers held compactly are the answers as read: every value, the order written, empty answers. */
class HeldAnswersTest {

    private static Map<String, Map<String, String>> read() {
        Map<String, String> one = new LinkedHashMap<>();
        one.put("z[1]_2", "−0.300");
        one.put("z[1]_1", null); // left empty
        one.put("h_1", "");
        one.put(new String("J"), "1,209");
        Map<String, Map<String, String>> answers = new LinkedHashMap<>();
        answers.put("chain-rule", Map.of());
        answers.put("two-layer", one);
        return answers;
    }

    @Test
    void theValuesAndTheirOrderAreKept() {
        Map<String, Map<String, String>> held = HeldAnswers.of(read());
        assertEquals(read(), held);
        assertEquals(List.of("chain-rule", "two-layer"), new ArrayList<>(held.keySet()));
        Map<String, String> two = held.get("two-layer");
        assertEquals(List.of("z[1]_2", "z[1]_1", "h_1", "J"), new ArrayList<>(two.keySet()));
        assertEquals(Arrays.asList("−0.300", null, "", "1,209"), new ArrayList<>(two.values()));
        assertEquals("1,209", two.get("J"));
        assertNull(two.get("z[1]_1"));
        assertTrue(two.containsKey("z[1]_1"), "an empty answer is still an answer given");
        assertFalse(two.containsKey("y_1"));
        assertEquals(4, two.size());
        assertTrue(held.get("chain-rule").isEmpty());
    }

    @Test
    void keysAreSharedBetweenSubmissions() {
        String a = HeldAnswers.of(read()).get("two-layer").keySet().stream().filter("J"::equals).findFirst()
                .orElseThrow();
        String b = HeldAnswers.of(read()).get("two-layer").keySet().stream().filter("J"::equals).findFirst()
                .orElseThrow();
        assertSame(a, b);
    }

    @Test
    void theAnswersCannotBeChanged() {
        Map<String, Map<String, String>> held = HeldAnswers.of(read());
        assertThrows(UnsupportedOperationException.class, () -> held.put("x", Map.of()));
        assertThrows(UnsupportedOperationException.class, () -> held.get("two-layer").put("y_1", "1"));
        assertThrows(UnsupportedOperationException.class,
                () -> held.get("two-layer").entrySet().iterator().next().setValue("2"));
    }
}
