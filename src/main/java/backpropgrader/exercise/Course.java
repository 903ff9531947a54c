package backpropgrader.exercise;

import backpropgrader.marking.Marking;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The course file (docs/FORMATS.md, README "The course file"): the words on the sheets, the assignment id that
 * goes into every seed, the secret, the set of families, the marking defaults, what feedback reveals and the
 * locale numbers are written in. Every field but the secret has a default.
 *
 * @param families       family ids or file paths as listed; empty = every family file in {@code familiesFolder}
 * @param familiesFolder where family ids are looked up (relative to {@code folder}); the bundled families when
 *                       the folder does not exist
 * @param marking        the default marking of every family (a family's own settings override it)
 * @param points         the default points of an asked key
 * @param folder         the folder the course file is in (the working folder when there is none)
 * @param source         the course file, or "(defaults)", for messages
 * @param groupWork      {@code group_work}: whether roster groups share a variant (README "Group work"); off
 *                       unless the course file says {@code group_work: true}
 * @param roster         the class list the course file names ({@code roster}, relative to it), or null: then
 *                       {@code grade} needs {@code --roster}
 * @param deadline       the due date, extensions and late penalty ({@link Deadline#NONE} when not given)
 * @param handIn         {@code hand_in}: how and where students hand in, in the instructor's words, shown on
 *                       every sheet ("Upload it to the course page under Week 9."); null when not given
 */
public record Course(String title, String assignment, CourseSecret secret, List<String> families,
                     String familiesFolder, Marking marking, double points, Feedback feedback, Locale locale,
                     Path folder, String source, GroupWork groupWork, Path roster, Deadline deadline,
                     String handIn) {

    public Course {
        groupWork = groupWork == null ? GroupWork.UNSET : groupWork;
        deadline = deadline == null ? Deadline.NONE : deadline;
    }

    /** A course without a hand-in instruction. */
    public Course(String title, String assignment, CourseSecret secret, List<String> families, String familiesFolder,
                  Marking marking, double points, Feedback feedback, Locale locale, Path folder, String source,
                  GroupWork groupWork, Path roster, Deadline deadline) {
        this(title, assignment, secret, families, familiesFolder, marking, points, feedback, locale, folder, source,
                groupWork, roster, deadline, null);
    }

    /** A course without group_work, roster or deadline settings (personal variants). */
    public Course(String title, String assignment, CourseSecret secret, List<String> families, String familiesFolder,
                  Marking marking, double points, Feedback feedback, Locale locale, Path folder, String source) {
        this(title, assignment, secret, families, familiesFolder, marking, points, feedback, locale, folder, source,
                GroupWork.UNSET, null, Deadline.NONE);
    }

    /** A course with a group_work setting and no roster or deadline. */
    public Course(String title, String assignment, CourseSecret secret, List<String> families, String familiesFolder,
                  Marking marking, double points, Feedback feedback, Locale locale, Path folder, String source,
                  GroupWork groupWork) {
        this(title, assignment, secret, families, familiesFolder, marking, points, feedback, locale, folder, source,
                groupWork, null, Deadline.NONE);
    }

    /** A course with a roster and a deadline, and personal variants. */
    public Course(String title, String assignment, CourseSecret secret, List<String> families, String familiesFolder,
                  Marking marking, double points, Feedback feedback, Locale locale, Path folder, String source,
                  Path roster, Deadline deadline) {
        this(title, assignment, secret, families, familiesFolder, marking, points, feedback, locale, folder, source,
                GroupWork.UNSET, roster, deadline);
    }

    public static final String DEFAULT_TITLE = "Back-propagation exercises";
    public static final String DEFAULT_ASSIGNMENT = "assignment-1";
    public static final String DEFAULT_FAMILIES_FOLDER = "exercises";
    /** The {@code source} of the course without a course file. */
    public static final String DEFAULTS = "(defaults)";

    /**
     * What a student's feedback shows besides their verdicts.
     *
     * @param expected       the correct value of each item
     * @param workedSolution the worked solution in the lecture's steps
     * @param misconceptions the name and hint of a misconception that explains a wrong value
     * @param practiceUrl    where the practice pages ({@code ./grader practice}) are published, the folder holding
     *                       {@code <family>.html} ({@code practice_url}); null: the page names the file instead
     */
    public record Feedback(boolean expected, boolean workedSolution, boolean misconceptions, String practiceUrl) {
        public static final Feedback ALL = new Feedback(true, true, true);

        /** What to reveal, with no practice pages published. */
        public Feedback(boolean expected, boolean workedSolution, boolean misconceptions) {
            this(expected, workedSolution, misconceptions, null);
        }
    }

    /**
     * The id whose variant {@code student} works (the seed's last part, {@link Seeds}): the student's own id, or
     * {@code group:<group name>} when group work applies and the roster puts them in a group. {@code generate}
     * and {@code grade} both derive variants through this ({@link Variants#of(Student)}).
     */
    public String variantOwner(Student student) {
        return groupWork.ownerOf(student);
    }

    /**
     * The {@link VariantCode} printed on {@code student}'s sheet and saved with their answers: their variant
     * owner's (their group's under group work).
     */
    public String variantCode(Student student) {
        return VariantCode.of(secret, assignment, variantOwner(student));
    }

    /** The marking of one family in this course: the family's own settings over the course's. */
    public Marking markingOf(Family family) {
        return family.marking().over(marking);
    }
}
