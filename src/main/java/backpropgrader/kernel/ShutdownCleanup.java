package backpropgrader.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run removes if it is stopped by SIGTERM or SIGINT (Ctrl-C): its staging folders, its unpacked download,
 * its lock file. Each is registered while it exists and unregistered when the run removes or commits it
 * itself; one JVM shutdown hook runs what is still registered, the latest first (the staging folder before the
 * lock that guards it). kill -9 runs no hook: what it leaves is found by the next run ({@link Leftovers}).
 */
public final class ShutdownCleanup {

    /** One registered clean-up; closing it unregisters it (it has been done, or is no longer needed). */
    public static final class Registration implements AutoCloseable {
        private final long id;

        private Registration(long id) {
            this.id = id;
        }

        @Override
        public void close() {
            synchronized (ACTIONS) {
                ACTIONS.remove(id);
            }
        }
    }

    private static final Map<Long, Runnable> ACTIONS = new LinkedHashMap<>();
    private static long next;
    private static boolean hooked;

    private ShutdownCleanup() {
    }

    /** Runs {@code action} if the JVM shuts down before the registration is closed. */
    public static Registration register(Runnable action) {
        synchronized (ACTIONS) {
            if (!hooked) {
                Runtime.getRuntime().addShutdownHook(new Thread(ShutdownCleanup::runAll, "grader-cleanup"));
                hooked = true;
            }
            long id = next++;
            ACTIONS.put(id, action);
            return new Registration(id);
        }
    }

    private static void runAll() {
        List<Runnable> actions;
        synchronized (ACTIONS) {
            actions = new ArrayList<>(ACTIONS.values());
            ACTIONS.clear();
        }
        for (int i = actions.size() - 1; i >= 0; i--) {
            try {
                actions.get(i).run();
            } catch (RuntimeException e) {
                // the JVM is stopping: what cannot be removed now is found and removed by the next run
            }
        }
    }
}
