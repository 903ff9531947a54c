package backpropgrader.lms;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes the files an LMS's upload pages accept. Order of use: build {@link GradeRow}s (one per roster student,
 * score null where there is none), choose {@link ExportSettings}, call {@link #write}. Files are written
 * completely or not at all; the same input gives byte-identical files.
 */
public interface LmsExporter {

    ExportResult write(List<GradeRow> rows, ExportSettings settings, Path outDir);

    static LmsExporter of(Lms lms) {
        return switch (lms) {
            case MOODLE -> new MoodleExport();
            case CANVAS -> new CanvasExport();
            case BLACKBOARD -> new BlackboardExport();
            case NONE -> throw new IllegalArgumentException("expected moodle, canvas or blackboard, found none");
        };
    }
}
