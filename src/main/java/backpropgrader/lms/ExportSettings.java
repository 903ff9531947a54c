package backpropgrader.lms;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What an export needs besides the grades.
 *
 * @param assignment the assignment's title in the LMS (Canvas assignment, Blackboard column, Moodle grade item);
 *                   with {@code lmsFile} it picks the column, and a title ending in "(id)" or "|id" is taken as is
 * @param locale     the decimal separator of scores (the LMS user's language: "17,5" for de)
 * @param lmsFile    the file the instructor downloaded from the LMS for this: Moodle's grading worksheet, Canvas's
 *                   gradebook export, Blackboard's Grade Center download; null to export without one
 * @param tabs       Blackboard only: tab-separated instead of comma-separated
 * @param decimals   decimals of scores (Moodle's default grade display and Canvas both use 2)
 * @param maximum    the LMS's maximum for the assignment as the instructor gave it ({@code --max-grade},
 *                   {@code --points}), NaN when not given: then the LMS's own file must state it
 */
public record ExportSettings(String assignment, Locale locale, Path lmsFile, boolean tabs, int decimals,
                             double maximum) {

    /** Settings without a maximum given. */
    public ExportSettings(String assignment, Locale locale, Path lmsFile, boolean tabs, int decimals) {
        this(assignment, locale, lmsFile, tabs, decimals, Double.NaN);
    }

    public static ExportSettings of(String assignment) {
        return new ExportSettings(assignment, Locale.ROOT, null, false, 2);
    }

    public ExportSettings withLocale(Locale l) {
        return new ExportSettings(assignment, l, lmsFile, tabs, decimals, maximum);
    }

    public ExportSettings withLmsFile(Path f) {
        return new ExportSettings(assignment, locale, f, tabs, decimals, maximum);
    }

    public ExportSettings withTabs(boolean t) {
        return new ExportSettings(assignment, locale, lmsFile, t, decimals, maximum);
    }

    public ExportSettings withMaximum(double m) {
        return new ExportSettings(assignment, locale, lmsFile, tabs, decimals, m);
    }
}
