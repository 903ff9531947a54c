package backpropgrader.marking;

import java.util.function.Supplier;

/**
 * A value computed on first use and kept: one student's own world, which marking consults only where an answer
 * is not correct — a class that is mostly right never pays for it. Not shared between threads (one per
 * student's exercise).
 */
final class Lazy<T> implements Supplier<T> {

    private Supplier<T> make;
    private T value;

    Lazy(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public T get() {
        if (make != null) {
            value = make.get();
            make = null;
        }
        return value;
    }
}
