package backpropgrader.lms;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Blackboard's Grade Center upload ("Work Offline › Upload"): {@code Username}, the grade column — titled as in
 * the instructor's Grade Center download, so its {@code |<columnId>} routes the scores into the existing column
 * — and the comment columns {@code Feedback to Learner} (short HTML) and {@code Feedback Format} ({@code HTML}).
 * Every field quoted; comma-separated ({@code .csv}) or, as Blackboard recommends, tab-separated ({@code .txt}).
 * The comment column names are from third-party code (docs/LMS.md: uncertain).
 */
final class BlackboardExport implements LmsExporter {

    @Override
    public ExportResult write(List<GradeRow> rows, ExportSettings settings, Path outDir) {
        List<String> notes = new ArrayList<>();
        String header = settings.assignment();
        java.util.OptionalDouble stated = java.util.OptionalDouble.empty();
        if (settings.lmsFile() != null) {
            BlackboardGradeCenter.Column c = BlackboardGradeCenter.column(settings.lmsFile(), settings.assignment());
            header = c.header();
            stated = c.points();
        } else if (!header.matches(".*\\|\\s*\\d+\\s*")) {
            notes.add("The column '" + header + "' carries no |<columnId>: Blackboard will create a new column. Give"
                    + " the Grade Center download to fill the existing one.");
        }
        Scale scale = new Scale(Maximum.of(stated, settings.maximum(), "--points", "Blackboard's points possible"
                + " for the column '" + header + "'", settings.lmsFile() == null ? "--lms-file FILE (the Grade Center"
                + " download of the column, whose header states [Total Pts: …])" : "a Grade Center download whose"
                + " column header states [Total Pts: …] (" + settings.lmsFile() + " does not)"), settings, notes);
        List<List<String>> lines = new ArrayList<>();
        for (GradeRow g : rows) {
            if (g.score() == null) {
                continue;
            }
            String username = g.id(LmsIds.BLACKBOARD_USERNAME);
            if (username.isEmpty()) {
                username = g.studentId();
                notes.add(g.studentId() + " (" + g.name() + "): no Blackboard username known; the roster id is used"
                        + " as the username.");
            }
            String comment = g.feedbackFile() == null ? g.comment()
                    : ExportComment.withPage(g.comment(), Lms.BLACKBOARD, g.studentId()); // handed out beside it
            lines.add(List.of(username, scale.trimmed(g), FeedbackHtml.of(comment), "HTML"));
        }
        try (ExportFiles out = new ExportFiles(outDir)) {
            out.csv(settings.tabs() ? "grade-center-upload.txt" : "grade-center-upload.csv",
                    List.of("Username", header, "Feedback to Learner", "Feedback Format"), lines,
                    settings.tabs() ? '\t' : ',', true);
            out.counted(settings.tabs() ? "grade-center-upload.txt" : "grade-center-upload.csv", lines.size(), "grade");
            return new ExportResult(out.commit(), notes, out.grades(), out.counts());
        }
    }
}
