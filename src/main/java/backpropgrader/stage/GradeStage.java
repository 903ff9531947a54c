package backpropgrader.stage;

import backpropgrader.grade.ClassSummary;
import backpropgrader.grade.GradingOutcome;
import backpropgrader.grade.Overrides;

import backpropgrader.kernel.Version;
import backpropgrader.kernel.BadInputException;
import backpropgrader.kernel.OutputLayout;
import backpropgrader.kernel.OutputLock;
import backpropgrader.kernel.StagedOutput;
import backpropgrader.kernel.UsageException;
import backpropgrader.exercise.Course;
import backpropgrader.exercise.CourseReader;
import backpropgrader.exercise.Family;
import backpropgrader.exercise.FamilyCatalog;
import backpropgrader.exercise.Student;
import backpropgrader.marking.Variant;
import backpropgrader.exercise.Variants;
import backpropgrader.lms.MoodleWorksheet;
import backpropgrader.lms.Roster;
import backpropgrader.lms.RosterReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code ./grader grade} (the README's commands). Order of work: check the paths; read the course, the roster, the
 * families and the overrides (any problem stops here, before anything is written); open the submissions (a
 * folder, a zip, an LMS download); mark every student ({@link Grading}), re-deriving their variants from the
 * course secret a few students ahead, apply the overrides and late penalties to each result once, as it is
 * made, and write each feedback page and the student's rows of items.csv from that result as the student is
 * marked; write results.json, grades.csv and report.html from the same results; move the finished folder into place
 * ({@link StagedOutput}). The output folder is locked from the first look at it to the end
 * ({@link StagedOutput#lock}): a second run on the same {@code --out} refuses at once.
 */
public final class GradeStage {

    /** Roster ids name feedback files: the same rule as generate's student folders. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]*");

    /**
     * @param roster     the class list, or null for the course file's {@code roster}
     * @param course     the course file, or null for the defaults
     * @param overrides  the instructor's overrides file, or null
     * @param worksheet  Moodle's downloaded grading worksheet (maps blind-marked participants), or null
     * @param progress   told how far marking has got (a progress bar on a terminal)
     * @param skipVariantCheck grade even when most files were made for variants of no student of this course
     */
    public record Request(Path submissions, Path roster, Path course, Path out, boolean force, Path overrides,
                          Path worksheet, Map<String, String> env, Progress progress, boolean skipVariantCheck) {

        /** A request that checks the variants (the default). */
        public Request(Path submissions, Path roster, Path course, Path out, boolean force, Path overrides,
                       Path worksheet, Map<String, String> env, Progress progress) {
            this(submissions, roster, course, out, force, overrides, worksheet, env, progress, false);
        }
    }

    /** How far marking has got. */
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void step(int done, int total);
    }

    /** What was graded and where it went. */
    public record Summary(GradingOutcome outcome, ClassSummary classSummary, Path out, Roster roster,
                         Course course) {
        public OutputLayout.Graded layout() {
            return new OutputLayout.Graded(out);
        }
    }

    /**
     * Everything read before grading starts.
     *
     * @param codes every roster student's variant code → its owner (the student id, or {@code group:<name>})
     */
    record Setup(Course course, Roster roster, Map<String, Student> byId, List<Variants> makers, Overrides overrides,
                 MoodleWorksheet worksheet, String provenance, Map<String, String> codes) {
        /** A roster student's variants: their own, or their group's under group work (Course.variantOwner). */
        List<Variant> variants(String id) {
            Student s = byId.get(id);
            return makers.stream().map(m -> s == null ? m.of(id) : m.of(s)).toList();
        }
    }

    private GradeStage() {
    }

    public static Summary run(Request r) {
        if (Files.exists(r.out()) && !Files.isDirectory(r.out())) {
            throw new UsageException(r.out() + ": is a file, not a folder (--out).");
        }
        // Locked before --out is looked at: two runs on an absent --out cannot both find it absent.
        try (OutputLock lock = StagedOutput.lock(r.out(), "grade")) {
            if (Files.exists(r.out()) && !r.force()) {
                throw new UsageException(r.out() + ": already exists; give --force to replace it (its results are"
                        + " replaced only once the new ones are complete), or choose another --out.");
            }
            Setup setup = setup(r);
            return new GradeRun(setup, r).run(lock);
        }
    }

    public static Setup setup(Request r) {
        Course course = CourseReader.read(r.course(), r.env());
        Path rosterFile = r.roster() != null ? r.roster() : course.roster();
        if (rosterFile == null) {
            throw new UsageException("grade needs the class list that generate used: give --roster FILE, or write"
                    + " roster: FILE in the course file.");
        }
        if (r.roster() == null && !Files.isRegularFile(rosterFile)) {
            throw new BadInputException(course.source() + ": roster: the file " + rosterFile + " does not exist.");
        }
        Roster roster = RosterReader.read(rosterFile);
        if (roster.students().isEmpty()) {
            throw new BadInputException(rosterFile + ": the roster has no students; expected one line per student"
                    + " after the header.");
        }
        for (Student s : roster.students()) {
            if (!SAFE_ID.matcher(s.id()).matches() || s.id().endsWith(".")) {
                throw new BadInputException(rosterFile + ": the student id '" + s.id() + "' cannot name a feedback"
                        + " file; expected letters, digits, '.', '_', '-', '@' or '+' (not starting or ending with a"
                        + " dot).");
            }
        }
        course.groupWork().in(roster.students(), course.source(), rosterFile.toString()); // group_work: true needs groups
        List<Family> families = FamilyCatalog.load(course);
        List<Variants> makers = families.stream().map(f -> new Variants(course, f)).toList();
        MoodleWorksheet worksheet = r.worksheet() == null ? null : MoodleWorksheet.read(r.worksheet());
        String provenance = "backprop-grader " + Version.current() + " · assignment " + course.assignment() + " · "
                + families.stream().map(f -> f.id() + " v" + f.version()).collect(Collectors.joining(", "));
        Map<String, Student> byId = roster.byId();
        Map<String, String> codes = new HashMap<>();
        roster.students().forEach(s -> codes.put(course.variantCode(s), course.variantOwner(s)));
        Setup partial = new Setup(course, roster, byId, makers, Overrides.NONE, worksheet, provenance, codes);
        Overrides overrides = r.overrides() == null ? Overrides.NONE
                : Overrides.read(r.overrides(), byId.keySet(), partial::variants);
        return new Setup(course, roster, byId, makers, overrides, worksheet, provenance, codes);
    }
}
