package backpropgrader.cli;

import backpropgrader.kernel.OutputLayout;
import backpropgrader.grade.MarkedResults;
import backpropgrader.grade.ResultsJson;
import backpropgrader.kernel.UsageException;
import backpropgrader.lms.ExportSettings;
import backpropgrader.lms.Lms;
import backpropgrader.lms.MarkedExport;
import backpropgrader.lms.Roster;
import backpropgrader.lms.RosterReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code export}: a marked folder into the files an LMS's upload pages take. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the files an LMS's upload pages take, from the folder `grade` wrote.",
                "Moodle: grading worksheet, feedback-files zip, gradebook CSV.",
                "Canvas: gradebook CSV, feedback zip. Blackboard: Grade Center upload.",
                "Give the file downloaded from the LMS (--worksheet, --lms-file) so that",
                "ids, dates and columns are the LMS's own. Exits 1 when no grade could be",
                "matched to the LMS."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--lms", required = true, paramLabel = "LMS", description = "moodle, canvas or blackboard.")
    String lms;

    @Parameters(index = "0", paramLabel = "MARKED_DIR", description = "The folder `grade` wrote (its --out; ./graded by default).")
    Path marked;

    @Mixin
    OutOption out;

    @Mixin
    RosterOption roster;

    @Option(names = "--id-column", paramLabel = "NAME", description = "The roster's id column, as given to grade.")
    String idColumn;

    @Mixin
    WorksheetOption worksheet;

    @Option(names = "--lms-file", paramLabel = "FILE",
            description = "Canvas: the gradebook export; Blackboard: the Grade Center download.")
    Path lmsFile;

    @Option(names = "--locale", paramLabel = "L", description = "Language of the comments' numbers (e.g. de: 17,5);"
            + " Moodle's grades keep a decimal point.")
    String locale;

    @Option(names = {"--max-grade", "--points"}, paramLabel = "N", description = "The assignment's maximum in the"
            + " LMS (Moodle's maximum grade, Canvas's or Blackboard's points possible), when the LMS's file"
            + " (--worksheet, --lms-file) does not state it; scores are scaled to it.")
    Double maximum;

    @Option(names = "--tabs", description = "Blackboard: tab-separated .txt (Blackboard's recommendation).")
    boolean tabs;

    @Option(names = "--title", paramLabel = "NAME",
            description = "The LMS assignment or column (default: results.json's title or assignment).")
    String title;

    @Override
    public Integer call() {
        Lms system = lms();
        if (!Files.isDirectory(Arguments.existing(marked, "MARKED_DIR"))) {
            throw new UsageException("MARKED_DIR: " + marked + " is a file; expected the folder `grade` wrote.");
        }
        OutputLayout.Graded graded = new OutputLayout.Graded(marked);
        Path results = graded.results();
        if (!Files.isRegularFile(results)) {
            throw new UsageException(results + ": no such file; expected MARKED_DIR to be a folder `grade` wrote.");
        }
        if (maximum != null && !(maximum > 0 && Double.isFinite(maximum))) {
            throw new UsageException("--max-grade/--points: expected a number above 0, found " + maximum + ".");
        }
        ExportSettings settings = new ExportSettings(title, locale(), lmsFile(system), tabs, 2,
                maximum == null ? Double.NaN : maximum);
        Path rosterFile = roster.file();
        if (rosterFile == null && idColumn != null) {
            throw new UsageException("--id-column chooses the roster's id column; give the roster with --roster.");
        }
        MarkedResults read = ResultsJson.read(results);
        Roster classList = rosterFile == null ? null : RosterReader.read(rosterFile, idColumn);
        Path dir = out.folder(graded.export(system.id()));
        MarkedExport.Outcome o = MarkedExport.run(graded, read, classList, system, settings, dir);
        PrintWriter w = spec.commandLine().getOut();
        if (classList != null) {
            w.println(classList.describe());
        }
        w.println("Exported " + o.export().grades() + " of " + o.scored() + " grades for " + name(system) + " ('"
                + o.assignment() + "') to " + dir + ":");
        // What each file holds, counted as it was written: the summary agrees with the files.
        o.export().files().forEach(f -> w.println("  " + f + o.export().counts().stream()
                .filter(c -> c.file().equals(f)).findFirst().map(c -> " — " + c.n() + " " + c.noun()
                        + (c.n() == 1 ? "" : "s")).orElse("")));
        if (!o.notes().isEmpty()) {
            w.println("Notes:");
            o.notes().forEach(n -> w.println("  - " + n));
        }
        w.flush();
        if (o.export().grades() == 0) {
            spec.commandLine().getErr().println("grader: no grade could be exported for " + name(system)
                    + (o.scored() == 0 ? ": no student in " + results + " has a score." : "; see the notes above."));
            return ExitCodes.SOME_FAILED;
        }
        return ExitCodes.OK;
    }

    private Lms lms() {
        try {
            return Lms.parse(lms);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--lms: " + e.getMessage() + ".");
        }
    }

    private Path lmsFile(Lms system) {
        if (tabs && system != Lms.BLACKBOARD) {
            throw new UsageException("--tabs is for Blackboard's Grade Center upload only.");
        }
        if (worksheet.given() && system != Lms.MOODLE) {
            throw new UsageException("--worksheet is Moodle's grading worksheet; for " + name(system)
                    + " give the LMS's download with --lms-file.");
        }
        if (worksheet.given() && lmsFile != null) {
            throw new UsageException("give the Moodle worksheet once: --worksheet or --lms-file, not both.");
        }
        return worksheet.given() ? worksheet.file() : Arguments.file(lmsFile, "--lms-file");
    }

    private Locale locale() {
        if (locale == null) {
            return Locale.ROOT;
        }
        try {
            Locale l = new Locale.Builder().setLanguageTag(locale.trim().replace('_', '-')).build();
            if (!l.getLanguage().isEmpty()) {
                return l;
            }
        } catch (IllformedLocaleException e) {
            // said below
        }
        throw new UsageException("--locale: expected a language tag such as de or en-GB, found '" + locale + "'.");
    }

    private static String name(Lms system) {
        return switch (system) {
            case MOODLE -> "Moodle";
            case CANVAS -> "Canvas";
            case BLACKBOARD -> "Blackboard";
            case NONE -> "none";
        };
    }
}
