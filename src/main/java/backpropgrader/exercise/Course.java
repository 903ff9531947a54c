package backpropgrader.exercise;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The course file (DESIGN.md §5, README "The course file"): the words on the sheets, the assignment id that
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
 * @param roster         the class list the course file names ({@code roster}, relative to it), or null: then
 *                       {@code grade} needs {@code --roster}
 * @param deadline       the due date, extensions and late penalty ({@link Deadline#NONE} when not given)
 */
public record Course(String title, String assignment, CourseSecret secret, List<String> families,
                     String familiesFolder, Marking marking, double points, Feedback feedback, Locale locale,
                     Path folder, String source, Path roster, Deadline deadline) {

    /** A course without a roster or a deadline (as before those fields existed). */
    public Course(String title, String assignment, CourseSecret secret, List<String> families, String familiesFolder,
                  Marking marking, double points, Feedback feedback, Locale locale, Path folder, String source) {
        this(title, assignment, secret, families, familiesFolder, marking, points, feedback, locale, folder, source,
                null, Deadline.NONE);
    }

    public static final String DEFAULT_TITLE = "Back-propagation exercises";
    public static final String DEFAULT_ASSIGNMENT = "assignment-1";
    public static final String DEFAULT_FAMILIES_FOLDER = "exercises";

    /**
     * What a student's feedback shows besides their verdicts.
     *
     * @param expected       the correct value of each item
     * @param workedSolution the worked solution in the lecture's steps
     * @param misconceptions the name and hint of a misconception that explains a wrong value
     */
    public record Feedback(boolean expected, boolean workedSolution, boolean misconceptions) {
        public static final Feedback ALL = new Feedback(true, true, true);
    }

    /** The marking of one family in this course: the family's own settings over the course's. */
    public Marking markingOf(Family family) {
        return family.marking().over(marking);
    }
}
