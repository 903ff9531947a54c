package backpropgrader.cli;

import backpropgrader.stage.GradeStage;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;

/**
 * A progress bar on stderr while a class is marked, only when the tool runs on a terminal
 * ({@code System.console() != null}); silent otherwise, so logs and pipes get nothing but the summary.
 */
final class TerminalProgress implements GradeStage.Progress, AutoCloseable {

    private final PrintStream err;
    private final String task;
    private ProgressBar bar;

    private TerminalProgress(PrintStream err, String task) {
        this.err = err;
        this.task = task;
    }

    /** A bar when there is a terminal, else nothing. */
    static TerminalProgress forConsole(String task) {
        return new TerminalProgress(System.console() == null ? null : System.err, task);
    }

    @Override
    public void step(int done, int total) {
        if (err == null) {
            return;
        }
        if (bar == null) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250).setConsumer(new ConsoleProgressBarConsumer(err))
                    .setUnit(" students", 1).build();
        }
        bar.stepTo(done);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
