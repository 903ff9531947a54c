package backpropgrader.grade;

/**
 * A file whose owner was not certain (results.json {@code attention}, the report, the console; {@code grade} exits
 * with 1 while there is one): what each source of identity said, and what was decided. Instructor-only: another
 * student's id may appear here, never on a student's page.
 *
 * @param file     the file (a download's entry), as results name it
 * @param student  the roster id it was graded as, or null when it was graded for no one
 * @param said     what each source said
 * @param decision what was done, as a sentence
 */
public record Attention(String file, String student, Said said, String decision) {

    /**
     * What the file's own claims and its numbers said. Each is null when that source said nothing.
     *
     * @param field    the {@code student} field as written
     * @param fileName the roster id (or, in an LMS download, the student the download's name matched) the file's
     *                 name gives
     * @param code     whose variant the file's variant code is (a roster id, or {@code group:<name>}), or
     *                 {@link #NO_ONE} when it is no student's of this course
     * @param fit      whose variant its numbers fit, when that was checked and decided something
     */
    public record Said(String field, String fileName, String code, String fit) {
    }

    /** The {@code code} of a variant code that belongs to no student of this course. */
    public static final String NO_ONE = "no student of this course";
}
