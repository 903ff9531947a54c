package backpropgrader.lms;

import backpropgrader.kernel.ShutdownCleanup;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The submissions of a bulk download (see {@link BulkDownloadReader}): one per student or group, the latest
 * attempt, matched to the roster where the download allows. Close it when done: a zip was unpacked into a
 * temporary folder, which closing removes (a folder given as it is is left alone); so does SIGTERM or SIGINT.
 */
public final class BulkDownload implements AutoCloseable {

    private final Lms lms;
    private final Path folder;
    private final ShutdownCleanup.Registration cleanup;
    private final List<LmsSubmission> submissions;
    private final List<String> notes;
    private final Map<String, LmsSubmission> byMember = new HashMap<>();
    private final Map<String, String> damaged;

    /**
     * @param cleanup the shutdown clean-up of an unpacked zip, or null for a folder given as it is
     * @param damaged entries of the zip left out one by one (see {@link SafeZip}) → what is wrong with them
     */
    BulkDownload(Lms lms, Path folder, ShutdownCleanup.Registration cleanup, List<LmsSubmission> submissions,
                 List<String> notes, Map<String, String> damaged) {
        this.lms = lms;
        this.folder = folder;
        this.cleanup = cleanup;
        this.submissions = List.copyOf(submissions);
        this.notes = List.copyOf(notes);
        this.damaged = Map.copyOf(damaged);
        for (LmsSubmission s : this.submissions) {
            s.members().forEach(id -> byMember.putIfAbsent(id, s));
        }
    }

    /** Which LMS laid the download out (NONE: a plain folder of files). */
    public Lms lms() {
        return lms;
    }

    /** Where the files are: the folder given, or the temporary folder the zip was unpacked into. */
    public Path folder() {
        return folder;
    }

    /** Every submission, matched or not, in the order of their entries. */
    public List<LmsSubmission> submissions() {
        return submissions;
    }

    /** What the instructor should know: which file was taken where a student left several, what was skipped. */
    public List<String> notes() {
        return notes;
    }

    /**
     * Entries of the zip that were left out, one by one (see {@link SafeZip}), by their path in the download →
     * what is wrong with them ("the download is damaged: entry '…' failed its checksum; download it again"). Their
     * submissions' files do not exist: they are unreadable with this message.
     */
    public Map<String, String> damaged() {
        return damaged;
    }

    public List<LmsSubmission> unmatched() {
        return submissions.stream().filter(s -> !s.matched()).toList();
    }

    /** The submission that counts for a roster student (their own, or their group's). */
    public Optional<LmsSubmission> forStudent(String id) {
        return Optional.ofNullable(byMember.get(id));
    }

    @Override
    public void close() {
        if (cleanup != null) {
            remove(folder);
            cleanup.close();
        }
    }

    /** Removes an unpacked zip's folder (also from the shutdown hook, while a reader may still be at work). */
    static void remove(Path unpacked) {
        SafeZip.empty(unpacked);
        unpacked.toFile().delete();
    }
}
