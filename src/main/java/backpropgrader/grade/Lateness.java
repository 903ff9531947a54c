package backpropgrader.grade;

import backpropgrader.engine.Numbers;
import backpropgrader.exercise.Deadline;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Decides whether a submission was late and what it costs (course file {@code due}, {@code extensions},
 * {@code late_penalty}). A submission time from the download (Blackboard's attempt time) is compared with the
 * student's own due date, counting started days of 24 hours; a late marker without a time (Canvas
 * {@code _LATE}) counts as one day late — unless the course file gives the student an extension, which the
 * LMS did not know about: then no penalty is taken and a note says to check by hand.
 */
public final class Lateness {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private Lateness() {
    }

    /** The lateness of a graded result, its penalty (a share of the score) taken off the score. */
    public static StudentResult apply(StudentResult r, Deadline deadline, Handin h) {
        if (r.status() != Status.GRADED || r.score() == null || h == null) {
            return r;
        }
        Late l = judge(deadline, r.id(), h);
        if (!l.late()) {
            return l.note() == null ? r : r.withLate(l);
        }
        double penalty = Numbers.round(r.score() * l.percent() / 100, 6);
        String cost = l.percent() == 0 ? " No late penalty is set." : " Late penalty: " + Numbers.plain(l.percent())
                + "% of the score, " + Numbers.plain(penalty) + " point" + (penalty == 1 ? "" : "s") + ".";
        return r.withLate(new Late(true, l.days(), l.percent(), penalty, l.note() + cost));
    }

    static Late judge(Deadline deadline, String id, Handin h) {
        LocalDateTime due = deadline.dueFor(id);
        String whose = deadline.hasExtension(id) ? "the extended due date " : "the due date ";
        if (h.submittedAt() != null && due != null) {
            if (!h.submittedAt().isAfter(due)) {
                return Late.NONE;
            }
            // In the course's time zone: a day across a change to or from summer time is still 24 hours.
            long minutes = Duration.between(due.atZone(deadline.zone()), h.submittedAt().atZone(deadline.zone()))
                    .toMinutes();
            int days = (int) Math.max(1, (minutes + 1439) / 1440);
            return new Late(true, days, deadline.penalty().percent(days), 0, "Handed in " + SHOWN.format(
                    h.submittedAt()) + ", " + days + (days == 1 ? " day" : " days") + " after " + whose
                    + SHOWN.format(due) + ".");
        }
        if (!h.markedLate()) {
            return Late.NONE;
        }
        if (deadline.hasExtension(id)) {
            return new Late(false, null, 0, 0, capital(h.lms()) + " marked the submission late, but the course file"
                    + " extends " + id + "'s due date to " + SHOWN.format(due) + " and the download gives no time;"
                    + " no penalty was taken (check by hand).");
        }
        return new Late(true, null, deadline.penalty().percent(1), 0, capital(h.lms()) + " marked the submission"
                + " late; it gives no time, so it counts as one day late.");
    }

    private static String capital(String s) {
        return s.isEmpty() ? "The LMS" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
