package backpropgrader.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Markup that many pages share, made once: a key in the lecture's notation, a formula over keys. Thread-safe;
 * bounded, so that values no other page shares (a formula with a student's own numbers in it) cannot grow it
 * without end: beyond its size, values are made each time as if there were no memo.
 */
final class Memo<K, V> {

    private final Map<K, V> values = new ConcurrentHashMap<>();
    private final int size;
    private final Function<K, V> make;

    Memo(int size, Function<K, V> make) {
        this.size = size;
        this.make = make;
    }

    V get(K key) {
        V v = values.get(key);
        if (v == null) {
            v = make.apply(key);
            if (values.size() < size) {
                values.putIfAbsent(key, v);
            }
        }
        return v;
    }
}
