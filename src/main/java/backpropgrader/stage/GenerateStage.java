package backpropgrader.stage;

import backpropgrader.kernel.Version;
import backpropgrader.kernel.BadInputException;
import backpropgrader.kernel.Futures;
import backpropgrader.kernel.OutputLayout;
import backpropgrader.kernel.OutputLock;
import backpropgrader.kernel.StagedOutput;
import backpropgrader.kernel.UsageException;
import backpropgrader.exercise.Course;
import backpropgrader.exercise.CourseReader;
import backpropgrader.exercise.Family;
import backpropgrader.exercise.FamilyCatalog;
import backpropgrader.exercise.GroupWork;
import backpropgrader.exercise.Student;
import backpropgrader.marking.Variant;
import backpropgrader.exercise.Variants;
import backpropgrader.lms.Roster;
import backpropgrader.lms.RosterReader;
import backpropgrader.render.SheetPage;
import backpropgrader.render.Sheets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code ./grader generate} (the README's commands). Order of work: read and check every input (roster, course, families)
 * before writing anything; lock the output folder (another run writing it makes this one refuse); make each
 * student's variants; write their files into a staging folder; move the finished folders into place. With {@code only}, just those students' folders and keys are redone.
 */
public final class GenerateStage {

    /** Ids become folder names: letters, digits and . _ - @ + only, so no id can reach outside students/. */
    static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]*");

    /**
     * @param course the course file, or null for the defaults
     * @param only   student ids to (re)do; empty for the whole roster
     * @param env    the environment (for the secret)
     */
    public record Request(Path roster, Path out, Path course, List<String> only, Map<String, String> env) {
    }

    /**
     * What was generated: per family, the draws it took and the constraints that rejected the others; the groups
     * that share a variant (none without group work).
     */
    public record Summary(int students, Roster roster, List<FamilyTally> families, GroupWork.Groups groups,
                          Course course) {
    }

    public record FamilyTally(Family family, int variants, int draws, Map<String, Integer> rejections) {
        public double redrawRate() {
            return draws == 0 ? 0 : (double) (draws - variants) / draws;
        }
    }

    private GenerateStage() {
    }

    public static Summary run(Request r) {
        Roster roster = RosterReader.read(r.roster());
        for (Student s : roster.students()) {
            if (!SAFE_ID.matcher(s.id()).matches() || s.id().endsWith(".")) {
                throw new BadInputException(r.roster() + ": the student id '" + s.id() + "' cannot name a folder;"
                        + " expected letters, digits, '.', '_', '-', '@' or '+' (not starting or ending with a dot).");
            }
        }
        if (roster.students().isEmpty()) {
            throw new BadInputException(r.roster() + ": the roster has no students; expected one line per student"
                    + " after the header.");
        }
        List<Student> students = chosen(roster, r.only(), r.roster());
        Course course = CourseReader.read(r.course(), r.env());
        // Groups are taken from the whole roster, so --only gives a member the same variant as a full run.
        GroupWork.Groups groups = course.groupWork().in(roster.students(), course.source(), r.roster().toString());
        List<Family> families = FamilyCatalog.load(course);
        List<Variants> makers = families.stream().map(f -> new Variants(course, f)).toList();
        String provenance = "backprop-grader " + Version.current() + " · assignment " + course.assignment() + " · "
                + families.stream().map(f -> f.id() + " v" + f.version()).collect(Collectors.joining(", "));
        List<FamilyTally> tallies = new ArrayList<>();
        families.forEach(f -> tallies.add(new FamilyTally(f, 0, 0, new TreeMap<>())));

        OutputLayout.Handout layout = new OutputLayout.Handout(r.out());
        try (OutputLock lock = StagedOutput.lock(r.out(), "generate"); StagedOutput staged = StagedOutput.into(lock)) {
            // Students are independent: they are made in parallel and their tallies added up in roster order.
            ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
            try {
                List<Future<List<Variants.Drawn>>> work = new ArrayList<>();
                for (Student s : students) {
                    work.add(pool.submit(() -> student(s, course, makers, provenance, staged, layout)));
                }
                for (Future<List<Variants.Drawn>> f : work) {
                    List<Variants.Drawn> drawn = Futures.await(f);
                    for (int i = 0; i < drawn.size(); i++) {
                        tallies.set(i, tally(tallies.get(i), drawn.get(i)));
                    }
                }
            } finally {
                stop(pool); // before the staging folder is removed, nothing may still be writing into it
            }
            staged.commit(r.only().isEmpty() ? List.of(layout.students(), layout.keys(), layout.solutions())
                    : students.stream().flatMap(s -> Stream.of(layout.student(s.id()), layout.keys(s.id()),
                    layout.solution(s.id()))).toList());
        }
        return new Summary(students.size(), roster, List.copyOf(tallies), groups, course);
    }

    /** One student's variants and files; returns the draws (with the variants dropped, to keep memory flat). */
    private static List<Variants.Drawn> student(Student s, Course course, List<Variants> makers, String provenance,
                                                StagedOutput staged, OutputLayout.Handout layout) {
        String code = course.variantCode(s); // one code on the sheet, both templates and every key
        List<Variant> variants = new ArrayList<>();
        List<Variants.Drawn> draws = new ArrayList<>();
        for (Variants maker : makers) {
            Variants.Drawn d = maker.draw(s); // the student's own variant, or their group's
            variants.add(d.variant());
            draws.add(new Variants.Drawn(null, d.draws(), d.rejections()));
            staged.write(layout.key(s.id(), d.variant().exerciseId()),
                    InstructorKey.of(d, course, code));
        }
        SheetPage page = new SheetPage(s, course.title(), course.assignment(), course.locale(), List.copyOf(variants),
                provenance, code, course.deadline().dueFor(s.id()), course.handIn());
        Sheets.sheetUtf8(page, (bytes, length) -> staged.write(layout.sheet(s.id()), bytes, length));
        staged.write(layout.answersJson(s.id()), AnswerTemplates.json(s, code, variants));
        staged.write(layout.answersText(s.id()),
                AnswerTemplates.text(s, code, course.title(), course.assignment(), variants));
        Sheets.workedSolutionsUtf8(page, (bytes, length) -> staged.write(layout.solution(s.id()), bytes, length));
        return draws;
    }

    private static void stop(ExecutorService pool) {
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static FamilyTally tally(FamilyTally t, Variants.Drawn d) {
        d.rejections().forEach((k, v) -> t.rejections().merge(k, v, Integer::sum));
        return new FamilyTally(t.family(), t.variants() + 1, t.draws() + d.draws(), t.rejections());
    }

    private static List<Student> chosen(Roster roster, List<String> only, Path rosterFile) {
        if (only.isEmpty()) {
            return roster.students();
        }
        Set<String> wanted = new LinkedHashSet<>(only);
        List<Student> out = new ArrayList<>();
        for (String id : wanted) {
            out.add(roster.find(id).orElseThrow(() -> new UsageException("--only " + id
                    + ": this student is not on the roster " + rosterFile + "; add them to it first.")));
        }
        return out;
    }
}
