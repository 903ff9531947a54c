package backpropgrader.stage;

import backpropgrader.kernel.Futures;
import backpropgrader.marking.Variant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Each student's variants, derived a few students ahead on a thread pool while the grading thread marks: the
 * grader asks for them in roster order ({@code order}), and at most {@code ahead} students' variants are held
 * at a time, so memory does not grow with the class. A student asked for out of order is derived on the spot.
 */
final class VariantSupply implements Function<String, List<Variant>> {

    private final List<String> order;
    private final Function<String, List<Variant>> derive;
    private final ExecutorService pool;
    private final int ahead;
    private final Map<String, Future<List<Variant>>> pending = new HashMap<>();
    private int next;
    private int taken;

    VariantSupply(List<String> order, Function<String, List<Variant>> derive, ExecutorService pool, int ahead) {
        this.order = order;
        this.derive = derive;
        this.pool = pool;
        this.ahead = ahead;
    }

    @Override
    public List<Variant> apply(String id) {
        fill();
        Future<List<Variant>> f = pending.remove(id);
        if (f == null) {
            return derive.apply(id);
        }
        taken++;
        fill();
        return Futures.await(f);
    }

    /** Keeps {@code ahead} students' variants on the way. */
    private void fill() {
        while (next < order.size() && next < taken + ahead) {
            String id = order.get(next++);
            pending.put(id, pool.submit(() -> derive.apply(id)));
        }
    }

}
