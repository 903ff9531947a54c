package backpropgrader.cli;

import backpropgrader.kernel.Notices;
import backpropgrader.kernel.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** {@code ./grader <command>}: the entry point; every command is a thin picocli class beside this one. */
@Command(name = "grader", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Sets, marks and returns hand-worked back-propagation exercises.",
        subcommands = {SolveCommand.class, LectureCommand.class, GenerateCommand.class, CheckCommand.class,
                GradeCommand.class, ExportCommand.class, PracticeCommand.class, DemoCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success; 1 some students unreadable or unknown; 64 usage; 65 bad input data;"
                + " 70 internal error."})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs a command in-process (the tests call this) and returns its exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        // UTF-8 whatever the platform's default charset (under LANG=C it is ASCII and ∂, ŷ, − became '?')
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(o).setErr(e);
        cl.setParameterExceptionHandler((ex, a) -> ExitCodes.usage(ex, e));
        cl.setExecutionExceptionHandler((ex, c, parsed) -> ExitCodes.report(ex, e));
        int code;
        try (Notices.Scope notes = Notices.to(line -> e.println("grader: note: " + line))) {
            code = cl.execute(args); // what an interrupted earlier run left, and what was done about it, said here
        } catch (Error x) { // picocli passes Errors on; a staged output is already removed by now
            code = ExitCodes.error(x, e);
        }
        o.flush();
        e.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
