package backpropgrader.grade;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A submission's answers as they are held until the student is marked: the whole class is read before the first
 * student is marked (who handed in what is settled first), so a large class held a hash map entry and its own
 * copy of every quantity key and a string for every answer — 15 KB a student, a tenth of a 4,000-student run's
 * memory. Here the keys are shared ({@link String#intern}: the same few hundred keys in every file) and an
 * exercise's values are one text with the end of each, in the order written; a value may be null (an answer left
 * empty). Read-only; lookups scan, which suits the few dozen keys of an exercise.
 */
final class HeldAnswers extends AbstractMap<String, String> {

    private final String[] keys;
    /** The values one after another; value {@code i} ends at {@code ends[i]} and starts where value i - 1 ends. */
    private final String text;
    private final int[] ends;
    private final boolean[] empty;

    private HeldAnswers(Map<String, String> answers) {
        int n = answers.size();
        keys = new String[n];
        ends = new int[n];
        empty = new boolean[n];
        StringBuilder all = new StringBuilder();
        int i = 0;
        for (Map.Entry<String, String> e : answers.entrySet()) {
            keys[i] = e.getKey().intern();
            empty[i] = e.getValue() == null;
            all.append(empty[i] ? "" : e.getValue());
            ends[i++] = all.length();
        }
        text = all.toString();
    }

    private String value(int i) {
        return empty[i] ? null : text.substring(i == 0 ? 0 : ends[i - 1], ends[i]);
    }

    /** Exercise → key → raw value, held compactly, in the same order. */
    static Map<String, Map<String, String>> of(Map<String, Map<String, String>> answers) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>(answers.size() * 2);
        answers.forEach((exercise, values) -> out.put(exercise.intern(), new HeldAnswers(values)));
        return Collections.unmodifiableMap(out);
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public String get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : value(i);
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<String, String> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(keys[i], value(i));
                    }
                };
            }
        };
    }
}
