package backpropgrader.lms;

import java.util.List;

/**
 * Scores as one LMS wants them: out of the LMS's maximum when it is known and differs from the tool's (noted
 * once), rounded to the export's decimals, with the locale's decimal separator.
 */
final class Scale {

    private final double lmsMax;
    private final ExportSettings settings;
    private final List<String> notes;
    private boolean noted;

    /** @param lmsMax the maximum the LMS states (worksheet, Points Possible, Total Pts), or NaN when unknown */
    Scale(double lmsMax, ExportSettings settings, List<String> notes) {
        this.lmsMax = lmsMax;
        this.settings = settings;
        this.notes = notes;
    }

    double value(GradeRow r) {
        if (Double.isNaN(lmsMax) || lmsMax == r.max()) {
            return r.score();
        }
        if (!noted) {
            noted = true;
            notes.add("Scores are out of " + Scores.format(r.max(), 2, true, settings.locale()) + " here and out of "
                    + Scores.format(lmsMax, 2, true, settings.locale()) + " in the LMS; they were scaled to the LMS's.");
        }
        return Scores.scale(r.score(), r.max(), lmsMax);
    }

    double max(GradeRow r) {
        return Double.isNaN(lmsMax) ? r.max() : lmsMax;
    }

    /** "17.50": exactly the export's decimals (Moodle writes its grades so). */
    String fixed(GradeRow r) {
        return Scores.format(value(r), settings.decimals(), false, settings.locale());
    }

    String fixedMax(GradeRow r) {
        return Scores.format(max(r), settings.decimals(), false, settings.locale());
    }

    /** "17.5": at most the export's decimals (Canvas's and Blackboard's style). */
    String trimmed(GradeRow r) {
        return Scores.format(value(r), settings.decimals(), true, settings.locale());
    }
}
