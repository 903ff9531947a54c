package backpropgrader.grade;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * What an LMS download says about one student's submission besides the file: their identities in the LMS, its
 * late marker, and when it was handed in (where the download says).
 *
 * @param lms         the LMS that laid out the download ("canvas", …)
 * @param identities  keys as in {@code lms.LmsIds}
 * @param markedLate  the LMS marked it late (Canvas {@code _LATE})
 * @param submittedAt when it was handed in (Blackboard's attempt time, Moodle's worksheet), or null
 */
public record Handin(String lms, Map<String, String> identities, boolean markedLate, LocalDateTime submittedAt) {

    /**
     * Whether the download can tell if this hand-in was late: it has a time, or the LMS marks late work (Canvas's
     * {@code _LATE}: no marker means on time).
     */
    public boolean timed() {
        return submittedAt != null || lms.equals("canvas");
    }

    public Handin {
        identities = Map.copyOf(identities);
    }
}
