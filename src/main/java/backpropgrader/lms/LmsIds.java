package backpropgrader.lms;

/**
 * Keys of the LMS identities kept on a {@link backpropgrader.exercise.Student} (from the roster) and on an
 * {@link LmsSubmission} (from the bulk download): what the exports need to name a student the LMS's way.
 */
public final class LmsIds {

    /** Moodle's participant id for this assignment (from the download or the worksheet; not in any class list). */
    public static final String MOODLE_PARTICIPANT = "moodle.participant";
    /** Moodle's group id of a group submission ({@code <Group name>_<groupid>_…}). */
    public static final String MOODLE_GROUP = "moodle.group_id";
    public static final String MOODLE_ID_NUMBER = "moodle.idnumber";
    public static final String MOODLE_USERNAME = "moodle.username";
    /** Moodle's full name as the download or the worksheet writes it. */
    public static final String MOODLE_NAME = "moodle.fullname";

    public static final String CANVAS_USER = "canvas.user_id";
    public static final String CANVAS_SIS_USER = "canvas.sis_user_id";
    public static final String CANVAS_SIS_LOGIN = "canvas.sis_login_id";
    public static final String CANVAS_INTEGRATION = "canvas.integration_id";
    public static final String CANVAS_SECTION = "canvas.section";
    /** "Last, First" as the gradebook writes it. */
    public static final String CANVAS_NAME = "canvas.sortable_name";
    /** The lower-cased name in download file names ({@code smithbob}). */
    public static final String CANVAS_FILE_NAME = "canvas.file_name";
    /** The attachment id of the submitted file: Canvas attaches re-uploaded feedback only through it. */
    public static final String CANVAS_FILE = "canvas.file_id";
    public static final String CANVAS_ANONYMOUS = "canvas.anonymous_id";
    public static final String CANVAS_GROUP = "canvas.group_id";

    public static final String BLACKBOARD_USERNAME = "blackboard.username";
    public static final String BLACKBOARD_STUDENT_ID = "blackboard.student_id";
    public static final String BLACKBOARD_LAST_NAME = "blackboard.last_name";
    public static final String BLACKBOARD_FIRST_NAME = "blackboard.first_name";

    private LmsIds() {
    }
}
