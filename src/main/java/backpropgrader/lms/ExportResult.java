package backpropgrader.lms;

import java.nio.file.Path;
import java.util.List;

/** What an export wrote, and what the instructor should know before uploading (rows left out, scaling, …). */
public record ExportResult(List<Path> files, List<String> notes) {

    public ExportResult {
        files = List.copyOf(files);
        notes = List.copyOf(notes);
    }
}
