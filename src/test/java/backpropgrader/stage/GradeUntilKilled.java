package backpropgrader.stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real grade run in a JVM of its own that stops once the first student is marked — the output folder locked,
 * the download unpacked, the staging folder made and pages being written — writes the file READY and waits there
 * to be stopped: what the lock and signal tests need a second process for.
 *
 * <p>{@code java -cp … backpropgrader.stage.GradeUntilKilled SUBMISSIONS ROSTER COURSE OUT READY}
 */
public final class GradeUntilKilled {

    private GradeUntilKilled() {
    }

    public static void main(String[] args) {
        Path ready = Path.of(args[4]);
        GradeStage.Progress stopHere = (done, total) -> {
            try {
                Files.writeString(ready, ProcessHandle.current().pid() + "\n");
                Thread.sleep(Long.MAX_VALUE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        GradeStage.run(new GradeStage.Request(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]),
                true, null, null, Map.of(), stopHere));
    }
}
