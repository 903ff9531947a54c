package backpropgrader.grade;

import backpropgrader.kernel.Excerpt;
import backpropgrader.marking.Answer;
import backpropgrader.marking.AnswerKey;
import backpropgrader.marking.MarkedExercise;

import backpropgrader.exercise.Student;
import backpropgrader.kernel.PlainFiles;
import backpropgrader.marking.Variant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The grading stage: a folder of submissions in, one {@link StudentResult} per roster student (and per
 * unidentified file) out. Every roster student appears ({@code not-submitted} when nothing is theirs); a file
 * for someone not on the roster is {@code unknown-student}; a file that cannot be read is {@code unreadable}
 * with its error; one bad file never stops the batch; files are only read. When a student has several files,
 * the first readable one in name order is marked and the others are named in a warning. Collusion flags are
 * added once everyone is marked.
 *
 * <p>Order of use: construct with the roster and a way to derive each student's variants, then {@link #run};
 * a {@link Listener} sees each student as they are marked (to write feedback without keeping it in memory).
 */
public final class Grading {

    /** Sees each roster student as they are marked; the default does nothing. */
    public interface Listener {
        default void graded(StudentResult result, List<MarkedExercise> marked) {
        }

        default void progress(int done, int total) {
        }
    }

    /**
     * One file to mark.
     *
     * @param text   its answers when already taken out of an LMS wrapper, else null (the file is read)
     * @param name   the name that decides how it is read (.json, .txt, .csv, .html) and, when nothing else
     *               does, whose it is
     * @param owners the roster ids an LMS download says handed it in (authenticated, so they win over the
     *               file's own {@code student} field); empty when the file itself must say
     * @param source how messages and results name it (a download's entry, not a temporary folder)
     * @param damage why it cannot be read before it is opened (a zip entry left out as damaged), else null
     */
    public record Input(Path file, String text, String name, List<String> owners, String source, String damage) {
        public Input {
            owners = List.copyOf(owners);
        }

        public Input(Path file, String text, String name, List<String> owners, String source) {
            this(file, text, name, owners, source, null);
        }

        public static Input of(Path file) {
            return new Input(file, null, file.getFileName().toString(), List.of(), file.toString());
        }
    }

    private record Claim(Submission submission, Identity.Resolved who) {
    }

    /** One input as read: its submissions, or why it could not be read. */
    private record Read(Input input, List<Submission> submissions, UnreadableSubmissionException error) {
    }

    private static Read read(Input in) {
        if (in.damage() != null) {
            return new Read(in, null, new UnreadableSubmissionException(in.source() + ": " + in.damage() + "."));
        }
        try {
            return new Read(in, in.text() != null ? SubmissionReader.read(in.text(), in.source(), in.name())
                    : SubmissionReader.read(in.file(), in.source(), in.name()), null);
        } catch (UnreadableSubmissionException e) {
            return new Read(in, null, e);
        }
    }

    private record Failure(String source, String error) {
    }

    private final List<Student> roster;
    private final Function<String, List<Variant>> variantsOf;
    private final Identity identity;
    private Function<Student, String> ownerOf = Student::id;
    private UnaryOperator<StudentResult> adjust = UnaryOperator.identity();

    public Grading(List<Student> roster, Function<String, List<Variant>> variantsOf) {
        this.roster = roster.stream().sorted(Comparator.comparing(Student::id, IdOrder.INSTANCE)).toList();
        this.variantsOf = variantsOf;
        this.identity = new Identity(roster);
    }

    /**
     * Group work: students whose variant owner (Course.variantOwner) is the same group share one submission, and
     * every member is graded with it.
     */
    public Grading withGroups(Function<Student, String> variantOwner) {
        this.ownerOf = variantOwner;
        return this;
    }

    /**
     * The instructor's overrides, late penalties, LMS identities: applied once to each result as it is made, so
     * the listener (the feedback page) and the outcome (results.json, the report) see the same adjusted result.
     */
    public Grading adjustedBy(UnaryOperator<StudentResult> adjustment) {
        this.adjust = adjustment;
        return this;
    }

    /**
     * The submission files in a folder (and its subfolders), hidden files left out, in name order. Links, pipes,
     * devices and unreadable folders are listed too ({@link PlainFiles#entries}), never followed or opened:
     * reading them fails, so each is reported as a file that needs attention instead of vanishing in silence.
     */
    public static List<Path> files(Path folder) {
        try {
            return PlainFiles.entries(folder).stream().map(folder::resolve).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot list the submissions: " + e.getMessage(), e);
        }
    }

    public GradingOutcome run(Path folder) {
        return run(files(folder), new Listener() { });
    }

    public GradingOutcome run(List<Path> files, Listener listener) {
        return grade(files.stream().map(Input::of).toList(), listener);
    }

    /** Marks every input (see {@link Input}); the order of the inputs decides which of a student's files counts. */
    public GradingOutcome grade(List<Input> inputs, Listener listener) {
        Map<String, List<Claim>> claims = new HashMap<>();
        Map<String, List<Failure>> unreadable = new HashMap<>();
        Map<String, StudentResult> others = new TreeMap<>();
        claim(inputs, claims, unreadable, others); // what was read is now held by the claims alone
        GradingOutcome outcome = finish(claims, unreadable, others, listener);
        return inputs.isEmpty() ? new GradingOutcome(outcome.students(), List.of("No submission files were found;"
                + " every student is not-submitted."), outcome.families()) : outcome;
    }

    /** Reads every input and files each submission under the student it belongs to. */
    private void claim(List<Input> inputs, Map<String, List<Claim>> claims, Map<String, List<Failure>> unreadable,
                       Map<String, StudentResult> others) {
        // Files are read in parallel (each on its own), then taken in order, so the outcome does not depend on it.
        List<Read> reads = inputs.parallelStream().map(Grading::read).toList();
        for (Read r : reads) {
            Input in = r.input();
            List<Submission> subs = r.submissions();
            if (subs == null) {
                UnreadableSubmissionException e = r.error();
                String stem = SubmissionReader.stem(in.name());
                String id = identity.fromFileName(stem);
                List<String> ids = !in.owners().isEmpty() ? in.owners() : id == null ? List.of() : List.of(id);
                ids.forEach(o -> unreadable.computeIfAbsent(o, k -> new ArrayList<>())
                        .add(new Failure(in.source(), e.getMessage())));
                if (ids.isEmpty()) {
                    add(others, new StudentResult(stem, "", Status.UNREADABLE, null, null, e.getMessage(), List.of(),
                            List.of(), in.source(), List.of()));
                }
                continue;
            }
            for (Submission sub : subs) {
                if (!in.owners().isEmpty()) {
                    for (String owner : in.owners()) {
                        claims.computeIfAbsent(owner, k -> new ArrayList<>())
                                .add(new Claim(sub, identity.fromLms(owner, sub.student(), sub.source())));
                    }
                    continue;
                }
                Identity.Resolved who = identity.resolve(sub.student(), sub.fileName(), sub.source());
                if (who.onRoster()) {
                    claims.computeIfAbsent(who.id(), k -> new ArrayList<>()).add(new Claim(sub, who));
                } else {
                    add(others, new StudentResult(who.id(), "", Status.UNKNOWN_STUDENT, null, null, sub.source()
                            + ": " + Excerpt.quoted(who.id()) + " (from " + who.how() + ") is not on the roster of "
                            + identity.size() + " students; its answers were not marked.", List.of(), List.of(),
                            sub.source(), who.warnings()));
                }
            }
        }
    }

    /** What is kept of the whole class while it is marked: results, every variant's key, numeric answers. */
    private static final class Kept {
        final List<StudentResult> results = new ArrayList<>();
        final List<AnswerKey> keys = new ArrayList<>();
        final Map<String, Collusion.Answers> answers = new HashMap<>();
        final Map<String, String> families = new TreeMap<>();
    }

    private GradingOutcome finish(Map<String, List<Claim>> claims, Map<String, List<Failure>> unreadable,
                                  Map<String, StudentResult> others, Listener listener) {
        Kept kept = new Kept();
        Map<String, GroupSubmission> groups = pool(claims);
        int done = 0;
        for (Student s : roster) {
            List<Variant> variants = variantsOf.apply(s.id());
            variants.forEach(v -> kept.families.put(v.familyId(), v.familyVersion()));
            GroupSubmission group = groups.get(ownerOf.apply(s));
            List<Claim> mine = group != null ? group.claims() : claims.remove(s.id()); // let go once marked
            List<Failure> errors = unreadable.getOrDefault(s.id(), List.of());
            kept.results.add(mine == null ? adjust.apply(unmarked(s, variants, errors, kept))
                    : marked(s, variants, mine, errors, kept, listener, group == null ? List.of() : group.notes(s)));
            listener.progress(++done, roster.size());
        }
        Collusion collusion = new Collusion(kept.keys);
        List<StudentResult> out = new ArrayList<>(kept.results.parallelStream().map(r -> { // each on its own
            Collusion.Answers a = kept.answers.get(r.id());
            return a == null ? r : r.withFlags(collusion.flags(a));
        }).toList());
        others.values().forEach(r -> out.add(adjust.apply(r)));
        out.sort(Comparator.comparing(StudentResult::id, IdOrder.INSTANCE));
        return new GradingOutcome(List.copyOf(out), List.of(), kept.families);
    }

    /**
     * The submission a group hands in: the first of its members' in roster order (an LMS group folder gives every
     * member the same one); any other member's file is named in a warning and not marked.
     */
    private record GroupSubmission(String group, String member, List<Claim> claims, List<String> ignored) {
        List<String> notes(Student s) {
            List<String> out = new ArrayList<>();
            if (!s.id().equals(member)) {
                out.add("Group work (" + group + "): graded with the submission handed in for the group ("
                        + claims.get(0).submission().source() + ").");
            }
            ignored.forEach(f -> out.add("Group work (" + group + "): " + f + " was not marked; one submission"
                    + " per group counts, and " + claims.get(0).submission().source() + " was."));
            return out;
        }
    }

    private Map<String, GroupSubmission> pool(Map<String, List<Claim>> claims) {
        Map<String, GroupSubmission> groups = new HashMap<>();
        for (Student s : roster) {
            String owner = ownerOf.apply(s);
            List<Claim> mine = claims.get(s.id());
            if (owner.equals(s.id()) || mine == null) {
                continue;
            }
            GroupSubmission g = groups.get(owner);
            if (g == null) {
                groups.put(owner, new GroupSubmission(owner.substring(owner.indexOf(':') + 1), s.id(), mine,
                        new ArrayList<>()));
            } else {
                String file = mine.get(0).submission().source();
                if (!file.equals(g.claims().get(0).submission().source()) && !g.ignored().contains(file)) {
                    g.ignored().add(file);
                }
            }
        }
        return groups;
    }

    /** Marks the first of a student's submissions; the others are named in warnings. */
    private StudentResult marked(Student s, List<Variant> variants, List<Claim> mine, List<Failure> errors,
                                 Kept kept, Listener listener, List<String> groupNotes) {
        Submission first = mine.get(0).submission();
        List<String> notes = new ArrayList<>(mine.get(0).who().warnings());
        notes.addAll(groupNotes);
        mine.subList(1, mine.size()).forEach(c -> notes.add(c.submission().source() + ": also submitted by "
                + s.id() + "; only " + first.source() + " was marked."));
        errors.forEach(e -> notes.add("Another file of " + s.id() + " could not be read: " + e.error()));
        StudentGrader.Graded g;
        try {
            g = StudentGrader.grade(s, variants, first, notes);
        } catch (RuntimeException e) { // a bug must not cost the rest of the class their marks
            variants.forEach(v -> kept.keys.add(AnswerKey.of(v)));
            return adjust.apply(new StudentResult(s.id(), s.name(), Status.UNREADABLE, null,
                    StudentGrader.maxPoints(variants), first.source() + ": could not be marked (internal error: " + e
                    + "); please report this.", List.of(), List.of(), first.source(), notes));
        }
        StudentResult result = adjust.apply(g.result());
        listener.graded(result, g.marked());
        Map<String, Map<String, Answer>> byExercise = new LinkedHashMap<>();
        for (MarkedExercise m : g.marked()) {
            kept.keys.add(m.key());
            byExercise.put(m.variant().exerciseId(), m.answers());
        }
        kept.answers.put(s.id(), Collusion.Answers.of(s.id(), byExercise));
        return result;
    }

    /** A student with no readable file: not-submitted, or unreadable with the first file's error. */
    private static StudentResult unmarked(Student s, List<Variant> variants, List<Failure> errors, Kept kept) {
        variants.forEach(v -> kept.keys.add(AnswerKey.of(v)));
        Double max = StudentGrader.maxPoints(variants);
        if (errors.isEmpty()) {
            return new StudentResult(s.id(), s.name(), Status.NOT_SUBMITTED, 0.0, max, null, List.of(), List.of(),
                    null, List.of());
        }
        List<String> more = errors.stream().skip(1)
                .map(e -> "Another file of " + s.id() + " could not be read either: " + e.error()).toList();
        return new StudentResult(s.id(), s.name(), Status.UNREADABLE, null, max, errors.get(0).error(), List.of(),
                List.of(), errors.get(0).source(), more);
    }

    /** Adds a result for an unidentified file; a second file with the same id becomes a warning on the first. */
    private static void add(Map<String, StudentResult> others, StudentResult r) {
        StudentResult before = others.get(r.id());
        others.put(r.id(), before == null ? r : before.withWarnings(List.of(r.source() + ": another file for "
                + Excerpt.quoted(r.id()) + ": " + (r.error() == null ? "not marked" : r.error()))));
    }
}
