package backpropgrader.lms;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote, and what the instructor should know before uploading (rows left out, scaling, …).
 *
 * @param grades how many students' grades reach the LMS: the most any one file carries (0: nothing the LMS
 *               could take)
 * @param counts what each file holds, counted as it was written, in the order of {@code files}
 */
public record ExportResult(List<Path> files, List<String> notes, int grades, List<Count> counts) {

    /** One file and how many grades or feedback pages it holds. */
    public record Count(Path file, int n, String noun) {
    }

    public ExportResult {
        files = List.copyOf(files);
        notes = List.copyOf(notes);
        counts = List.copyOf(counts);
    }
}
