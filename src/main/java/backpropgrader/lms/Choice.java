package backpropgrader.lms;

import backpropgrader.kernel.PlainFiles;

import java.util.Comparator;
import java.util.List;

/**
 * Which of one student's downloaded files is the submission: the latest attempt (Blackboard's timestamps; the
 * other LMSs keep only the latest), and within it a plain file before a link, pipe or device (which cannot be
 * read), the file that best serves (JSON, YAML, text, CSV, online text, anything), then the later upload (Canvas's higher file id), then the name. {@code note} reports the choice
 * when there was one to make.
 */
record Choice(DownloadedFile file, String note) {

    /** Files left that the note names one by one (a student may upload thousands); the rest are counted. */
    private static final int NAMED = 20;

    static Choice of(List<DownloadedFile> files) {
        Comparator<DownloadedFile> best = Comparator.comparing(DownloadedFile::attempt).reversed()
                .thenComparing(f -> !PlainFiles.plain(f.file())) // a link or pipe only when nothing else is there
                .thenComparingInt(DownloadedFile::rank)
                .thenComparing(Choice::fileId, Comparator.reverseOrder())
                .thenComparing(DownloadedFile::entry);
        List<DownloadedFile> sorted = files.stream().sorted(best).toList();
        DownloadedFile chosen = sorted.get(0);
        if (sorted.size() == 1) {
            return new Choice(chosen, null);
        }
        long attempts = files.stream().map(DownloadedFile::attempt).distinct().count();
        String why = attempts > 1 ? "the latest of " + attempts + " attempts (" + chosen.attempt() + ")"
                : "the file that best serves as answers";
        List<String> others = sorted.subList(1, sorted.size()).stream().map(DownloadedFile::entry).toList();
        String left = others.size() <= NAMED ? String.join(", ", others) : String.join(", ", others.subList(0, NAMED))
                + " and " + (others.size() - NAMED) + " more";
        return new Choice(chosen, chosen.key() + (chosen.name().isEmpty() ? "" : " (" + chosen.name() + ")")
                + ": took " + chosen.entry() + ", " + why + "; left " + left + ".");
    }

    /** Canvas's attachment id, zero-padded so it sorts as a number; "" elsewhere. */
    private static String fileId(DownloadedFile f) {
        String id = f.ids().getOrDefault(LmsIds.CANVAS_FILE, "");
        return id.isEmpty() ? "" : "0".repeat(Math.max(0, 20 - id.length())) + id;
    }
}
