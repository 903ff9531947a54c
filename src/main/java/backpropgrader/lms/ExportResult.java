package backpropgrader.lms;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote, and what the instructor should know before uploading (rows left out, scaling, …).
 *
 * @param grades how many students' grades the grade file carries (0: nothing the LMS could take)
 */
public record ExportResult(List<Path> files, List<String> notes, int grades) {

    public ExportResult {
        files = List.copyOf(files);
        notes = List.copyOf(notes);
    }
}
