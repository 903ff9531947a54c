package backpropgrader.kernel;

import java.util.function.Consumer;

/**
 * Notes about the run itself rather than the class — what an interrupted run left behind and what was done about
 * it ("restored graded/ from an interrupted run") — said on the command's error stream as they happen, one line
 * each, and never written into an output file (outputs depend on the inputs alone). The command line sends them
 * where its messages go ({@link #to}); elsewhere (a stage called directly) they go to {@code System.err}.
 */
public final class Notices {

    private static final ThreadLocal<Consumer<String>> SINK = new ThreadLocal<>();

    /** Where the notes of the calling thread go until it is closed. */
    public static final class Scope implements AutoCloseable {
        private final Consumer<String> before;

        private Scope(Consumer<String> before) {
            this.before = before;
        }

        @Override
        public void close() {
            if (before == null) {
                SINK.remove();
            } else {
                SINK.set(before);
            }
        }
    }

    private Notices() {
    }

    /** Sends the notes of the calling thread to {@code sink} (a command's stage runs on the command's thread). */
    public static Scope to(Consumer<String> sink) {
        Scope s = new Scope(SINK.get());
        SINK.set(sink);
        return s;
    }

    /** Says {@code sentence} (a whole sentence, no "note:" prefix). */
    public static void note(String sentence) {
        Consumer<String> sink = SINK.get();
        if (sink != null) {
            sink.accept(sentence);
        } else {
            System.err.println("grader: note: " + sentence);
        }
    }
}
