package backpropgrader.grade;

/**
 * Whether a submission was late and what that cost (issue 5: late work; the course file's {@code due},
 * {@code extensions} and {@code late_penalty}).
 *
 * @param late    the submission counts as late
 * @param days    started days late, when the submission time is known; null when only a late marker is
 * @param percent the share of the score lost, in percent
 * @param penalty the points deducted from the score
 * @param note    how this was decided, as a sentence for the instructor and the student; null when on time
 *                and nothing needs saying
 */
public record Late(boolean late, Integer days, double percent, double penalty, String note) {

    /** On time, or nothing says otherwise. */
    public static final Late NONE = new Late(false, null, 0, 0, null);
}
