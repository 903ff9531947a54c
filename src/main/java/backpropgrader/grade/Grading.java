package backpropgrader.grade;

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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The grading stage: a folder of submissions in, one {@link StudentResult} per roster student (and per
 * unidentified file) out. Every roster student appears ({@code not-submitted} when nothing is theirs); a file
 * for someone not on the roster is {@code unknown-student}; a file that cannot be read is {@code unreadable}
 * with its error; one bad file never stops the batch; files are only read. Whose a file is, is
 * {@link Attribution}'s decision (claims, variant code, fit); a file whose owner was not certain is listed in
 * the outcome's {@code attention}. When a student has several files, the first whose claims and code agree
 * counts (else the first in name order) and the others are named. Collusion flags are added once everyone is
 * marked. A class whose files were made for variants of no student of this course stops ({@link VariantCheck}).
 *
 * <p>Order of use: construct with the roster and a way to derive each student's variants, then {@link #run};
 * a {@link Listener} sees each student as they are marked (to write feedback without keeping it in memory).
 */
public final class Grading {

    /**
     * Sees each roster student as they are marked, in id order ({@link IdOrder}) and before collusion flags are
     * added (flags change no item); the default does nothing.
     */
    public interface Listener {
        default void graded(StudentResult result, List<MarkedExercise> marked) {
        }

        default void progress(int done, int total) {
        }
    }

    /**
     * How far an input's identity can be trusted, from where it came (issue 14.3).
     * <ul>
     *   <li>{@code PLAIN}: a plain folder's file: its {@code student} field and name are claims that its variant
     *       code, or the fit of its numbers, settle when they disagree.</li>
     *   <li>{@code LMS}: the LMS download matched it by the LMS's own ids: final.</li>
     *   <li>{@code LMS_BY_NAME}: matched by a display name alone (which a student can change): it counts only
     *       when its variant code or its numbers confirm it.</li>
     *   <li>{@code LMS_UNMATCHED}: the download names no one (blind marking, anonymous): its own claims decide,
     *       and only when its code or its numbers confirm them, since the LMS identity would go with it.</li>
     * </ul>
     */
    public enum Trust { PLAIN, LMS, LMS_BY_NAME, LMS_UNMATCHED }

    /**
     * One file to mark.
     *
     * @param text   its answers when already taken out of an LMS wrapper, else null (the file is read)
     * @param name   the name that decides how it is read (.json, .txt, .csv, .html) and, when nothing else
     *               does, whose it is
     * @param owners the roster ids an LMS download says handed it in; empty when the file itself must say
     * @param source how messages and results name it (a download's entry, not a temporary folder)
     * @param trust  how far the download's identity goes ({@link Trust})
     * @param table  whether a {@code .csv} may be read as a class-wide table (only when it is SUBMISSIONS itself,
     *               or in a folder of nothing but tables: never beside per-student files)
     * @param damage why it cannot be read before it is opened (a zip entry left out as damaged), else null
     */
    public record Input(Path file, String text, String name, List<String> owners, String source, Trust trust,
                        boolean table, String damage) {
        public Input {
            owners = List.copyOf(owners);
        }

        /** A whole file (nothing left out as damaged). */
        public Input(Path file, String text, String name, List<String> owners, String source, Trust trust,
                     boolean table) {
            this(file, text, name, owners, source, trust, table, null);
        }

        /** SUBMISSIONS itself: one file, which may be a class-wide table. */
        public static Input of(Path file) {
            return new Input(file, null, file.getFileName().toString(), List.of(), file.toString(), Trust.PLAIN,
                    true);
        }

        /** Whether the files of a folder are class-wide tables: every one of them a {@code .csv}. */
        public static boolean tables(List<Path> files) {
            return !files.isEmpty() && files.stream().allMatch(f -> SubmissionReader.extension(
                    f.getFileName().toString()).equals("csv"));
        }
    }

    private final List<Student> roster;
    private final Function<String, List<Variant>> variantsOf;
    private final Identity identity;
    private Function<Student, String> ownerOf = Student::id;
    private UnaryOperator<StudentResult> adjust = UnaryOperator.identity();
    private Map<String, String> codes = Map.of();
    private boolean checkVariants;

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
     * Every roster student's variant code → its owner (the student id, or {@code group:<name>}): what the codes
     * files carry are checked against. Without it every code is no student's.
     */
    public Grading withCodes(Map<String, String> codeToOwner) {
        this.codes = Map.copyOf(codeToOwner);
        return this;
    }

    /**
     * Whether to stop (BadInputException, exit 65) when more than half of the coded files, or of the uncoded ones
     * with at least 3 numeric answers, were made for variants of no student of this course ({@code grade} does,
     * unless {@code --skip-variant-check}; off by default, for classes made up in tests).
     */
    public Grading checkingVariants(boolean check) {
        this.checkVariants = check;
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
        boolean tables = Input.tables(files);
        return grade(files.stream().map(f -> new Input(f, null, f.getFileName().toString(), List.of(), f.toString(),
                Trust.PLAIN, tables)).toList(), listener);
    }

    /** Marks every input (see {@link Input}); the order of the inputs decides which of a student's files counts. */
    public GradingOutcome grade(List<Input> inputs, Listener listener) {
        Attribution attribution = new Attribution(identity, codes, id -> ownerOf.apply(identity.student(id)),
                this::fit);
        Intake intake = new Intake(identity, attribution);
        intake.take(inputs); // what was read is now held by the claims alone
        if (checkVariants && 2 * intake.foreign > intake.coded) {
            throw VariantCheck.failed(intake.foreign, intake.coded);
        }
        GradingOutcome outcome = finish(intake, listener);
        return inputs.isEmpty() ? new GradingOutcome(outcome.students(), List.of("No submission files were found;"
                + " every student is not-submitted."), outcome.families(), outcome.attention(), outcome.collusion())
                : outcome;
    }

    /** How many of a submission's numbers are right for a roster student's variant (for disputed identities). */
    private int fit(Submission sub, String id) {
        try {
            return Attribution.fitting(StudentGrader.grade(identity.student(id), variantsOf.apply(id), sub,
                    List.of()).marked());
        } catch (RuntimeException e) { // a bug in marking: the fit says nothing; the marking itself will report it
            return 0;
        }
    }

    /** What is kept of the whole class while it is marked: results, every variant's key, numeric answers. */
    private static final class Kept {
        final List<StudentResult> results = new ArrayList<>();
        final List<AnswerKey> keys = new ArrayList<>();
        final Map<String, Collusion.Answers> answers = new HashMap<>();
        /** Students whose file's numbers may raise a collusion flag (not a disputed file). */
        final Set<String> trusted = new HashSet<>();
        /** One student's answers per file without a variant code, for the class-level check. */
        final Map<String, VariantCheck.Uncoded> uncoded = new LinkedHashMap<>();
        final Map<String, String> families = new TreeMap<>();
        final Set<Attention> attention = new LinkedHashSet<>();
        final Map<String, List<String>> codeFlags = new HashMap<>();
    }

    private GradingOutcome finish(Intake intake, Listener listener) {
        Kept kept = new Kept();
        kept.attention.addAll(intake.attention);
        Map<String, GroupSubmission> groups = pool(intake.claims, kept);
        int done = 0;
        for (Student s : roster) {
            List<Variant> variants = variantsOf.apply(s.id());
            variants.forEach(v -> kept.families.put(v.familyId(), v.familyVersion()));
            GroupSubmission group = groups.get(ownerOf.apply(s));
            List<Intake.Claim> mine = group != null ? group.claims() : intake.claims.remove(s.id()); // let go
            List<Intake.Failure> errors = intake.unreadable.getOrDefault(s.id(), List.of());
            kept.results.add(mine == null ? adjust.apply(unmarked(s, variants, errors, kept))
                    : marked(s, variants, mine, errors, kept, listener, group == null ? List.of() : group.notes(s)));
            listener.progress(++done, roster.size());
        }
        Collusion collusion = new Collusion(kept.keys);
        // each file's fit to the class's variants, found once: the variant check and the collusion flags share it
        Map<Collusion.Answers, Collusion.Found> fits = new ConcurrentHashMap<>();
        Stream.concat(kept.trusted.stream().map(kept.answers::get), checkVariants
                        ? kept.uncoded.values().stream().map(VariantCheck.Uncoded::answers) : Stream.empty())
                .filter(Objects::nonNull).distinct().parallel().forEach(a -> fits.put(a, collusion.found(a)));
        if (checkVariants) {
            VariantCheck.uncoded(kept.uncoded.values(), fits::get);
        }
        Map<String, List<Collusion.Match>> evidence = new ConcurrentHashMap<>();
        List<StudentResult> out = new ArrayList<>(kept.results.parallelStream().map(r -> { // each on its own
            Collusion.Answers a = kept.trusted.contains(r.id()) ? kept.answers.get(r.id()) : null;
            List<Collusion.Match> matches = a == null ? List.of() : fits.get(a).matches();
            if (!matches.isEmpty()) {
                evidence.put(r.id(), matches);
            }
            List<String> flags = new ArrayList<>(kept.codeFlags.getOrDefault(r.id(), List.of()));
            Collusion.flagsOf(matches).stream().filter(f -> !flags.contains(f)).forEach(flags::add);
            return flags.isEmpty() ? r : r.withFlags(flags);
        }).toList());
        intake.others.values().forEach(r -> out.add(adjust.apply(r)));
        out.sort(Comparator.comparing(StudentResult::id, IdOrder.INSTANCE));
        return new GradingOutcome(List.copyOf(out), List.of(), kept.families, List.copyOf(kept.attention),
                evidence); // looked up by id (the outcome keeps no order)
    }

    /**
     * The submission a group hands in: the first of its members' in roster order (an LMS group folder gives every
     * member the same one); any other member's file is named in a warning and not marked.
     */
    private record GroupSubmission(String group, String member, List<Intake.Claim> claims, List<String> ignored) {
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

    private Map<String, GroupSubmission> pool(Map<String, List<Intake.Claim>> claims, Kept kept) {
        Map<String, GroupSubmission> groups = new HashMap<>();
        for (Student s : roster) {
            String owner = ownerOf.apply(s);
            List<Intake.Claim> mine = claims.get(s.id());
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
                    mine.stream().map(c -> c.who().attention()).filter(a -> a != null).forEach(a -> kept.attention
                            .add(notMarked(a, "one submission per group counts, and "
                                    + g.claims().get(0).submission().source() + " was")));
                }
            }
        }
        return groups;
    }

    /**
     * Marks the student's own submission — the first whose claims and code agree, else the first — and names the
     * others: another own file in a warning, a claim that is not their own under "needs attention" only (it may be
     * someone else's file, and their page never names another student).
     */
    private StudentResult marked(Student s, List<Variant> variants, List<Intake.Claim> mine,
                                 List<Intake.Failure> errors, Kept kept, Listener listener, List<String> groupNotes) {
        // Their own file (claims and code agree) over one that is not; then the one with most saying it is
        // theirs (a file named for them over one that only claims them in its field); then name order.
        Intake.Claim chosen = mine.get(0);
        for (Intake.Claim c : mine) {
            if (rank(c) > rank(chosen)) {
                chosen = c;
            }
        }
        Submission first = chosen.submission();
        List<String> notes = new ArrayList<>(chosen.who().warnings());
        notes.addAll(groupNotes);
        if (chosen.who().attention() != null) {
            kept.attention.add(chosen.who().attention());
        }
        for (Intake.Claim c : mine) {
            if (c == chosen) {
                continue;
            }
            if (c.who().own() && rank(c) == rank(chosen) || !chosen.who().own() && c.who().attention() == null) {
                notes.add(c.submission().source() + ": also submitted by " + s.id() + "; only " + first.source()
                        + " was marked.");
            } else {
                Attention a = c.who().attention() != null ? c.who().attention() : new Attention(c.submission()
                        .source(), null, new Attention.Said(c.submission().student(), null, null, null), "");
                kept.attention.add(notMarked(a, s.id() + (chosen.who().own() ? " handed in their own file, "
                        + first.source() + ", which counts" : " has another claim, " + first.source()
                        + ", which was marked")));
            }
        }
        StudentWording words = new StudentWording();
        mine.forEach(c -> words.file(c.submission().source(), c.submission().fileName()));
        errors.forEach(e -> {
            notes.add("Another file of " + s.id() + " could not be read: " + e.error());
            words.file(e.source(), e.name()).says(notes.get(notes.size() - 1), "Another file of yours could not be"
                    + " read: " + e.plain());
        });
        kept.codeFlags.put(s.id(), chosen.who().flags());
        if (chosen.who().trustFit()) {
            kept.trusted.add(s.id());
        }
        StudentGrader.Graded g;
        try {
            g = StudentGrader.grade(s, variants, first, notes);
        } catch (RuntimeException e) { // a bug must not cost the rest of the class their marks
            variants.forEach(v -> kept.keys.add(AnswerKey.of(v)));
            String error = first.source() + ": could not be marked (internal error: " + e + "); please report this.";
            words.says(error, words.name(first.source()) + ": the grader failed on this file (a fault in the"
                    + " grader, not in your file); your instructor can see what happened.");
            return adjust.apply(words.apply(new StudentResult(s.id(), s.name(), Status.UNREADABLE, null,
                    StudentGrader.maxPoints(variants), error, List.of(), List.of(), first.source(), notes)));
        }
        StudentResult result = adjust.apply(words.apply(g.result()));
        listener.graded(result, g.marked());
        Map<String, Map<String, Answer>> byExercise = new LinkedHashMap<>();
        for (MarkedExercise m : g.marked()) {
            kept.keys.add(m.key());
            byExercise.put(m.variant().exerciseId(), m.answers());
        }
        Collusion.Answers answers = Collusion.Answers.of(s.id(), byExercise);
        kept.answers.put(s.id(), answers);
        if (first.variant() == null) {
            kept.uncoded.putIfAbsent(first.source(), new VariantCheck.Uncoded(answers,
                    Attribution.fitting(g.marked())));
        }
        return result;
    }

    private static int rank(Intake.Claim c) {
        return (c.who().own() ? 100 : 0) + c.who().strength();
    }

    /** The entry of a claim that was not marked: what it said, and why it did not count. */
    private static Attention notMarked(Attention a, String why) {
        return new Attention(a.file(), null, a.said(), "not marked: " + why + ".");
    }

    /** A student with no readable file: not-submitted, or unreadable with the first file's error. */
    private static StudentResult unmarked(Student s, List<Variant> variants, List<Intake.Failure> errors, Kept kept) {
        variants.forEach(v -> kept.keys.add(AnswerKey.of(v)));
        Double max = StudentGrader.maxPoints(variants);
        if (errors.isEmpty()) {
            return new StudentResult(s.id(), s.name(), Status.NOT_SUBMITTED, 0.0, max, null, List.of(), List.of(),
                    null, List.of());
        }
        StudentWording words = new StudentWording();
        errors.forEach(e -> words.file(e.source(), e.name()));
        words.says(errors.get(0).error(), errors.get(0).plain());
        List<String> more = new ArrayList<>();
        errors.stream().skip(1).forEach(e -> {
            more.add("Another file of " + s.id() + " could not be read either: " + e.error());
            words.says(more.get(more.size() - 1), "Another file of yours could not be read either: " + e.plain());
        });
        return words.apply(new StudentResult(s.id(), s.name(), Status.UNREADABLE, null, max, errors.get(0).error(),
                List.of(), List.of(), errors.get(0).source(), more));
    }
}
