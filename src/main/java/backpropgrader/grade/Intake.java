package backpropgrader.grade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The first half of grading: every input read (in parallel, each on its own) and each submission filed, in
 * input order, under the roster student {@link Attribution} says it is — or kept as an unknown student's, or as
 * a file that could not be read, or as a claim refused (listed under "needs attention", graded for no one).
 */
final class Intake {

    /** A submission filed under a student, with how it got there. */
    record Claim(Submission submission, Attribution.Decision who) {
    }

    /** A file that could not be read: where, the full error, and the error as its student reads it. */
    record Failure(String source, String name, String error, String plain) {
    }

    /** One input as read: its submissions, or why it could not be read. */
    private record Read(Grading.Input input, List<Submission> submissions, UnreadableSubmissionException error) {
    }

    final Map<String, List<Claim>> claims = new HashMap<>();
    final Map<String, List<Failure>> unreadable = new HashMap<>();
    final Map<String, StudentResult> others = new TreeMap<>();
    /** Refused claims (the rest are listed when their student is marked). */
    final List<Attention> attention = new ArrayList<>();
    /** Submissions that carry a variant code, and how many of those codes are no student's of this course. */
    int coded;
    int foreign;

    private final Identity identity;
    private final Attribution attribution;

    Intake(Identity identity, Attribution attribution) {
        this.identity = identity;
        this.attribution = attribution;
    }

    void take(List<Grading.Input> inputs) {
        List<Read> reads = inputs.parallelStream().map(Intake::read).toList();
        for (Read r : reads) {
            if (r.submissions() == null) {
                failed(r.input(), r.error());
                continue;
            }
            for (Submission sub : r.submissions()) {
                file(r.input(), sub);
            }
        }
    }

    private static Read read(Grading.Input in) {
        if (in.damage() != null) {
            return new Read(in, null, new UnreadableSubmissionException(in.source() + ": " + in.damage() + "."));
        }
        try {
            if (SubmissionReader.extension(in.name()).equals("csv") && !in.table()) {
                throw new UnreadableSubmissionException(in.source() + ": a class-wide table (.csv) among per-student"
                        + " files is not read, so that no file decides another student's marks; hand in a .json or"
                        + " .txt file of answers, or give the table itself as SUBMISSIONS.");
            }
            return new Read(in, in.text() != null ? SubmissionReader.read(in.text(), in.source(), in.name())
                    : SubmissionReader.read(in.file(), in.source(), in.name()), null);
        } catch (UnreadableSubmissionException e) {
            return new Read(in, null, e);
        }
    }

    private void failed(Grading.Input in, UnreadableSubmissionException e) {
        if (in.trust() == Grading.Trust.LMS_BY_NAME) { // a display name alone gives no one an unreadable file
            attention.add(new Attention(in.source(), null, new Attention.Said(null, String.join(", ", in.owners()),
                    null, null), "not counted for anyone: the download matched it to " + String.join(", ", in.owners())
                    + " by the display name alone, and it could not be read to confirm that: " + e.getMessage()));
            return;
        }
        String stem = SubmissionReader.stem(in.name());
        String id = in.trust() == Grading.Trust.PLAIN ? identity.fromFileName(stem) : null;
        List<String> ids = in.trust() == Grading.Trust.LMS ? in.owners() : id == null ? List.of() : List.of(id);
        ids.forEach(o -> unreadable.computeIfAbsent(o, k -> new ArrayList<>()).add(new Failure(in.source(),
                in.name(), e.getMessage(), e.forStudent(in.source(), in.name()))));
        if (ids.isEmpty()) {
            add(new StudentResult(stem, "", Status.UNREADABLE, null, null, e.getMessage(), List.of(), List.of(),
                    in.source(), List.of()));
        }
    }

    private void file(Grading.Input in, Submission sub) {
        if (sub.variant() != null) {
            coded++;
            foreign += Attention.NO_ONE.equals(attribution.codeOwner(sub.variant())) ? 1 : 0;
        }
        Attribution.Decision d = switch (in.trust()) {
            case PLAIN -> attribution.ofFile(sub, false);
            case LMS_UNMATCHED -> attribution.ofFile(sub, true);
            case LMS -> attribution.ofLms(sub, in.owners(), false);
            case LMS_BY_NAME -> attribution.ofLms(sub, in.owners(), true);
        };
        switch (d.kind()) {
            case GRADED -> d.students().forEach(id -> claims.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new Claim(sub, d)));
            case UNKNOWN -> add(new StudentResult(d.unknownId(), "", Status.UNKNOWN_STUDENT, null, null, d.unknown(),
                    List.of(), List.of(), sub.source(), d.warnings()));
            case REFUSED -> attention.add(d.attention());
        }
    }

    /** Adds a result for an unidentified file; a second file with the same id becomes a warning on the first. */
    private void add(StudentResult r) {
        StudentResult before = others.get(r.id());
        others.put(r.id(), before == null ? r : before.withWarnings(List.of(r.source() + ": another file for '"
                + r.id() + "': " + (r.error() == null ? "not marked" : r.error()))));
    }
}
