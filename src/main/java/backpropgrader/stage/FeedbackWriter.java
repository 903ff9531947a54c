package backpropgrader.stage;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Renders and writes feedback pages on a thread pool while the grading thread goes on marking. At most
 * {@code inFlight} pages are waiting or being written at a time (the grading thread waits for a free place),
 * so memory stays flat however large the class; {@link #finish} waits for the last page and passes on the
 * first failure.
 */
final class FeedbackWriter {

    private final ExecutorService pool;
    private final int inFlight;
    private final Semaphore places;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    FeedbackWriter(ExecutorService pool, int inFlight) {
        this.pool = pool;
        this.inFlight = inFlight;
        this.places = new Semaphore(inFlight);
    }

    void submit(Runnable page) {
        rethrow();
        places.acquireUninterruptibly();
        pool.execute(() -> {
            try {
                if (failure.get() == null) {
                    page.run();
                }
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } catch (Error e) {
                failure.compareAndSet(null, new IllegalStateException(e));
            } finally {
                places.release();
            }
        });
    }

    void finish() {
        places.acquireUninterruptibly(inFlight);
        places.release(inFlight);
        rethrow();
    }

    private void rethrow() {
        RuntimeException e = failure.get();
        if (e != null) {
            throw e;
        }
    }
}
