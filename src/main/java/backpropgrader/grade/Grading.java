package backpropgrader.grade;

import backpropgrader.exercise.Student;
import backpropgrader.exercise.Variant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

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

    private record Claim(Submission submission, Identity.Resolved who) {
    }

    private record Failure(Path file, String error) {
    }

    private final List<Student> roster;
    private final Function<String, List<Variant>> variantsOf;
    private final Identity identity;

    public Grading(List<Student> roster, Function<String, List<Variant>> variantsOf) {
        this.roster = roster.stream().sorted(Comparator.comparing(Student::id, IdOrder.INSTANCE)).toList();
        this.variantsOf = variantsOf;
        this.identity = new Identity(roster);
    }

    /** The submission files in a folder (and its subfolders), hidden files left out, in name order. */
    public static List<Path> files(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> Stream.iterate(folder.relativize(p), q -> q != null, Path::getParent)
                            .allMatch(SubmissionReader::isCandidate))
                    .sorted(Comparator.comparing(p -> folder.relativize(p).toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot list the submissions: " + e.getMessage(), e);
        }
    }

    public GradingOutcome run(Path folder) {
        return run(files(folder), new Listener() { });
    }

    public GradingOutcome run(List<Path> files, Listener listener) {
        Map<String, List<Claim>> claims = new HashMap<>();
        Map<String, List<Failure>> unreadable = new HashMap<>();
        Map<String, StudentResult> others = new TreeMap<>();
        for (Path file : files) {
            List<Submission> subs;
            try {
                subs = SubmissionReader.read(file);
            } catch (UnreadableSubmissionException e) {
                String stem = SubmissionReader.stem(file.getFileName().toString());
                String id = identity.fromFileName(stem);
                if (id != null) {
                    unreadable.computeIfAbsent(id, k -> new ArrayList<>()).add(new Failure(file, e.getMessage()));
                } else {
                    add(others, new StudentResult(stem, "", Status.UNREADABLE, null, null, e.getMessage(), List.of(),
                            List.of(), file.toString(), List.of()));
                }
                continue;
            }
            for (Submission sub : subs) {
                Identity.Resolved who = identity.resolve(sub.student(), sub.fileName(), sub.source());
                if (who.onRoster()) {
                    claims.computeIfAbsent(who.id(), k -> new ArrayList<>()).add(new Claim(sub, who));
                } else {
                    add(others, new StudentResult(who.id(), "", Status.UNKNOWN_STUDENT, null, null, sub.source()
                            + ": '" + who.id() + "' (from " + who.how() + ") is not on the roster of "
                            + identity.size() + " students; its answers were not marked.", List.of(), List.of(),
                            sub.source(), who.warnings()));
                }
            }
        }
        GradingOutcome outcome = finish(claims, unreadable, others, listener);
        return files.isEmpty() ? new GradingOutcome(outcome.students(), List.of("No submission files were found;"
                + " every student is not-submitted."), outcome.families()) : outcome;
    }

    private GradingOutcome finish(Map<String, List<Claim>> claims, Map<String, List<Failure>> unreadable,
                                  Map<String, StudentResult> others, Listener listener) {
        List<StudentResult> results = new ArrayList<>();
        List<AnswerKey> keys = new ArrayList<>();
        Map<String, Collusion.Answers> answers = new LinkedHashMap<>();
        Map<String, String> families = new TreeMap<>();
        int done = 0;
        for (Student s : roster) {
            List<Variant> variants = variantsOf.apply(s.id());
            variants.forEach(v -> families.put(v.familyId(), v.familyVersion()));
            List<Claim> mine = claims.getOrDefault(s.id(), List.of());
            claims.remove(s.id()); // what was read is let go as soon as it is marked
            List<Failure> errors = unreadable.getOrDefault(s.id(), List.of());
            if (!mine.isEmpty()) {
                List<String> notes = new ArrayList<>(mine.get(0).who().warnings());
                mine.subList(1, mine.size()).forEach(c -> notes.add(c.submission().source()
                        + ": also submitted by " + s.id() + "; only " + mine.get(0).submission().source()
                        + " was marked."));
                errors.forEach(e -> notes.add("Another file of " + s.id() + " could not be read: " + e.error()));
                StudentGrader.Graded g = StudentGrader.grade(s, variants, mine.get(0).submission(), notes);
                listener.graded(g.result(), g.marked());
                results.add(g.result());
                Map<String, Map<String, Answer>> byExercise = new LinkedHashMap<>();
                for (MarkedExercise m : g.marked()) {
                    keys.add(m.key());
                    byExercise.put(m.variant().exerciseId(), m.answers());
                }
                answers.put(s.id(), Collusion.Answers.of(s.id(), byExercise));
            } else {
                variants.forEach(v -> keys.add(AnswerKey.of(v)));
                Double max = StudentGrader.maxPoints(variants);
                results.add(errors.isEmpty()
                        ? new StudentResult(s.id(), s.name(), Status.NOT_SUBMITTED, 0.0, max, null, List.of(),
                        List.of(), null, List.of())
                        : new StudentResult(s.id(), s.name(), Status.UNREADABLE, null, max, errors.get(0).error(),
                        List.of(), List.of(), errors.get(0).file().toString(), errors.stream().skip(1)
                        .map(e -> "Another file of " + s.id() + " could not be read either: " + e.error()).toList()));
            }
            listener.progress(++done, roster.size());
        }
        Collusion collusion = new Collusion(keys);
        List<StudentResult> out = new ArrayList<>();
        for (StudentResult r : results) {
            Collusion.Answers a = answers.get(r.id());
            out.add(a == null ? r : r.withFlags(collusion.flags(a)));
        }
        out.addAll(others.values());
        out.sort(Comparator.comparing(StudentResult::id, IdOrder.INSTANCE));
        return new GradingOutcome(List.copyOf(out), List.of(), families);
    }

    /** Adds a result for an unidentified file; a second file with the same id becomes a warning on the first. */
    private static void add(Map<String, StudentResult> others, StudentResult r) {
        StudentResult before = others.get(r.id());
        others.put(r.id(), before == null ? r : before.withWarnings(List.of(r.source() + ": another file for '"
                + r.id() + "': " + (r.error() == null ? "not marked" : r.error()))));
    }
}
