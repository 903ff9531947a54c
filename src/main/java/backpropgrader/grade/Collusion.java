package backpropgrader.grade;

import backpropgrader.marking.Answer;
import backpropgrader.marking.AnswerKey;

import backpropgrader.engine.Interval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collusion (docs/MARKING.md): a submission is flagged {@code collusion:<other>} when at least 3 of its answered
 * numeric items, and at least half of them, are correct for the other student's variant but not for its own.
 * Numbers are compared, not strings, so a copier who retypes with a decimal comma is still caught; exercises
 * that give everyone the same numbers never count.
 *
 * <p>Fast for large classes: for each (exercise, key) the students' acceptance bounds are sorted by their lower
 * end, in runs of about the same width, so each answer finds the few variants it could be correct for by binary
 * search instead of being compared with every student; the one tolerance decision ({@link AnswerKey#accepts}) then
 * settles each candidate, once for all the students whose variants share the key's numbers (grids make many). An
 * answer that is correct for very many variants says nothing about whom it was copied from and is passed over.
 */
public final class Collusion {

    /** One student's numeric answers, kept compact (parallel arrays) for the whole class. */
    public static final class Answers {
        private final String studentId;
        private final String[] exercise;
        private final String[] key;
        private final double[] value;
        private final int[] decimals;

        private Answers(String studentId, List<String[]> items, List<Answer> answers) {
            this.studentId = studentId;
            int n = items.size();
            exercise = new String[n];
            key = new String[n];
            value = new double[n];
            decimals = new int[n];
            for (int i = 0; i < n; i++) {
                exercise[i] = items.get(i)[0];
                key[i] = items.get(i)[1];
                value[i] = answers.get(i).value();
                decimals[i] = answers.get(i).decimals();
            }
        }

        /** The numeric answers among {@code byExercise} (exercise → key → answer); the rest are left out. */
        public static Answers of(String studentId, Map<String, Map<String, Answer>> byExercise) {
            List<String[]> items = new ArrayList<>();
            List<Answer> answers = new ArrayList<>();
            byExercise.forEach((ex, m) -> m.forEach((k, a) -> {
                if (a.isNumber()) {
                    items.add(new String[] {ex, k});
                    answers.add(a);
                }
            }));
            return new Answers(studentId, items, answers);
        }

        public String studentId() {
            return studentId;
        }
    }

    /**
     * Acceptance bounds of one (exercise, key), as parallel arrays (a large class has hundreds of thousands of
     * them): bound {@code i} starts at {@code lo[i]} and is at most {@code widest} wide, a superset of what the
     * answer key {@code key[i]} accepts at its place {@code place[i]}, and it stands for the students {@code students[from[i]]} up to (not including)
     * {@code students[from[i + 1]]}, whose variants decide the key alike ({@link AnswerKey.Decider}): variants
     * drawn from grids often share a key's numbers, and one decision then answers for all of them.
     */
    private static final class Bounds {
        final double[] lo;
        final AnswerKey[] key;
        final int[] place;
        final int[] from;
        final String[] students;
        /** The widest bound's width. */
        final double widest;

        Bounds(List<Alike> alike) {
            int n = alike.size();
            lo = new double[n];
            key = new AnswerKey[n];
            place = new int[n];
            from = new int[n + 1];
            students = new String[alike.stream().mapToInt(a -> a.students().size()).sum()];
            double w = 0;
            for (int i = 0; i < n; i++) {
                Alike a = alike.get(i);
                lo[i] = a.lo();
                w = Math.max(w, a.hi() - a.lo());
                key[i] = a.first();
                place[i] = a.place();
                from[i + 1] = from[i] + a.students().size();
                for (int j = 0; j < a.students().size(); j++) {
                    students[from[i] + j] = a.students().get(j);
                }
            }
            widest = w;
        }

        int size() {
            return lo.length;
        }

        /** Adds the students of bound {@code i} (but {@code self}) when the answer is correct for their variants. */
        void consider(int i, double value, int decimals, String self, List<String> out) {
            if (key[i].acceptsAt(place[i], value, decimals)) {
                for (int s = from[i]; s < from[i + 1]; s++) {
                    if (!students[s].equals(self)) {
                        out.add(students[s]);
                    }
                }
            }
        }
    }

    /**
     * The bounds of one (exercise, key): the narrow ones in runs of bounds whose widths are within a factor of two
     * of each other, each run sorted by lower end, and the {@code wide} ones always checked. An answer's window
     * reaches back by the widest of a run only, so a search visits little more than the bounds that overlap it,
     * however many students there are: one run for all widths would make every answer visit every bound whose lower
     * end lies within the class's widest bound of it, and the class's checks grow with the square of its size.
     */
    private record Column(Bounds[] runs, Bounds wide, int fewestDecimals) {
    }

    private static final double WIDE = 1.0;
    static final int MIN_ITEMS = 3;

    /** Exercise → key → its column. */
    private final Map<String, Map<String, Column>> columns = new HashMap<>();
    private final Map<String, Map<String, AnswerKey>> ownKeys = new HashMap<>();
    private final int crowd;

    /** Indexes every student's answer keys (all roster students, whether they submitted or not). */
    public Collusion(List<AnswerKey> keys) {
        // each exercise's answer keys, then its columns (exercise, key) built one at a time: what groups a
        // column's students is let go as soon as the column is built (grouping every column at once held a map
        // entry, a list and a decider for every student and key until the end: 63 MB kept at 4,000 students)
        Map<String, List<AnswerKey>> byExercise = new LinkedHashMap<>();
        for (AnswerKey k : keys) {
            ownKeys.computeIfAbsent(k.studentId(), s -> new HashMap<>()).put(k.exercise(), k);
            if (!k.sameForEveryone()) {
                byExercise.computeIfAbsent(k.exercise(), e -> new ArrayList<>()).add(k);
            }
        }
        record Place(String exercise, List<AnswerKey> keys, String key) {
        }
        List<Place> places = new ArrayList<>();
        byExercise.forEach((exercise, its) -> {
            Set<String> asked = new LinkedHashSet<>();
            its.forEach(k -> asked.addAll(k.keys()));
            asked.forEach(key -> places.add(new Place(exercise, its, key)));
        });
        List<Column> built = places.parallelStream().map(p -> column(p.keys(), p.key())).toList(); // each on its own
        for (int i = 0; i < places.size(); i++) {
            columns.computeIfAbsent(places.get(i).exercise(), e -> new HashMap<>()).put(places.get(i).key(),
                    built.get(i));
        }
        crowd = Math.max(20, ownKeys.size() / 20);
    }

    /**
     * Students whose variants decide one key alike: the first of their answer keys, the key's place in it and its
     * acceptance bounds ({@link AnswerKey#boundsAt}).
     */
    private record Alike(AnswerKey first, int place, double lo, double hi, List<String> students) {
        static Alike of(AnswerKey first, int place) {
            Interval b = first.boundsAt(place);
            return new Alike(first, place, b.lo(), b.hi(), new ArrayList<>(1));
        }
    }

    /** A column's bounds, one per way of deciding its key (in the order the students' keys first give them). */
    private static Column column(List<AnswerKey> exercise, String key) {
        Map<AnswerKey.Decider, Alike> alike = new LinkedHashMap<>();
        for (AnswerKey k : exercise) {
            int i = k.indexOf(key);
            if (i >= 0) {
                alike.computeIfAbsent(k.deciderAt(i), d -> Alike.of(k, i)).students().add(k.studentId());
            }
        }
        Map<Integer, List<Alike>> narrow = new TreeMap<>(); // by the binary exponent of the width
        List<Alike> wide = new ArrayList<>();
        int fewest = Integer.MAX_VALUE;
        for (Map.Entry<AnswerKey.Decider, Alike> e : alike.entrySet()) {
            double width = e.getValue().hi() - e.getValue().lo();
            if (width > WIDE || !Double.isFinite(width)) {
                wide.add(e.getValue());
            } else {
                narrow.computeIfAbsent(width > 0 ? Math.getExponent(width) : Integer.MIN_VALUE,
                        x -> new ArrayList<>()).add(e.getValue());
            }
            fewest = Math.min(fewest, e.getKey().marking().decimals());
        }
        Comparator<Alike> byLo = Comparator.comparingDouble(Alike::lo); // a stable sort: ties keep their order
        return new Column(narrow.values().stream().map(run -> {
            run.sort(byLo);
            return new Bounds(run);
        }).toArray(Bounds[]::new), new Bounds(wide), alike.isEmpty() ? 0 : fewest);
    }

    /** One answered item, by exercise and key. */
    public record Item(String exercise, String key) {
    }

    /**
     * The evidence behind a flag: the other student and the answered items that are correct for their variant and
     * not for one's own (at least {@link #MIN_ITEMS}, and at least half of the answered ones).
     */
    public record Match(String other, List<Item> items) {
        public Match {
            items = List.copyOf(items);
        }
    }

    /**
     * How one student's numeric answers fit the class's variants, in exercises that give each student their own
     * numbers: how many were answered, how many are correct for their own variant, and, for each other student,
     * the items correct for that student's variant but not for their own.
     */
    private record Fit(int answered, int own, Map<String, List<Item>> others) {

        /** Not one answer right for their own variant, and fewer than 3 for anyone else's: made for no variant. */
        public boolean none() {
            return own == 0 && others.values().stream().allMatch(n -> n.size() < MIN_ITEMS);
        }
    }

    /** The flags for one student's answers, sorted: {@code collusion:<other id>}. */
    public List<String> flags(Answers a) {
        return flagsOf(matches(fit(a)));
    }

    /** The flags that matches give: {@code collusion:<other id>} each. */
    public static List<String> flagsOf(List<Match> matches) {
        return matches.stream().map(m -> Flags.COLLUSION + m.other()).toList();
    }

    /** How one student's answers fit the class's variants ({@link Fit}). */
    private Fit fit(Answers a) {
        Map<String, AnswerKey> mine = ownKeys.getOrDefault(a.studentId, Map.of());
        Map<String, List<Item>> fits = new HashMap<>(); // in no order: the matches are sorted
        int answered = 0;
        int own = 0;
        for (int i = 0; i < a.key.length; i++) {
            AnswerKey key = mine.get(a.exercise[i]);
            if (key == null || key.sameForEveryone() || !key.has(a.key[i])) {
                continue;
            }
            answered++;
            if (key.accepts(a.key[i], a.value[i], a.decimals[i])) {
                own++;
            } else {
                List<String> others = correctFor(a.exercise[i], a.key[i], a.value[i], a.decimals[i], a.studentId);
                if (others.size() <= crowd) {
                    Item item = new Item(a.exercise[i], a.key[i]);
                    others.forEach(o -> fits.computeIfAbsent(o, k -> new ArrayList<>()).add(item));
                }
            }
        }
        return new Fit(answered, own, fits);
    }

    /**
     * What a fit ({@link Fit}) comes to, kept for the whole class where the fit itself (every other student any
     * answer suits) is not: how many items were answered, whether the answers were made for no variant, and the
     * flags' evidence.
     */
    public record Found(int answered, boolean none, List<Match> matches) {
    }

    /** How one student's answers fit the class's variants, as far as the variant check and the flags need it. */
    public Found found(Answers a) {
        Fit fit = fit(a);
        return new Found(fit.answered(), fit.none(), matches(fit));
    }

    private static List<Match> matches(Fit fit) {
        List<Match> out = new ArrayList<>();
        for (Map.Entry<String, List<Item>> f : fit.others().entrySet()) {
            if (f.getValue().size() >= MIN_ITEMS && 2 * f.getValue().size() >= fit.answered()) {
                out.add(new Match(f.getKey(), f.getValue()));
            }
        }
        out.sort(java.util.Comparator.comparing(Match::other));
        return out;
    }

    /** The other students whose variant this answer is correct for. */
    private List<String> correctFor(String exercise, String key, double value, int decimals, String self) {
        Column c = columns.getOrDefault(exercise, Map.of()).get(key);
        List<String> out = new ArrayList<>();
        if (c == null) {
            return out;
        }
        // The widest window any sheet of this exercise gives the answer, and a margin for the meets() slack.
        Interval w = Interval.roundingWindow(value, Math.max(decimals, c.fewestDecimals()));
        double slack = 1e-9 * Math.max(1, Math.abs(value));
        // Once more than a crowd fits, the answer says nothing about whom it came from: stop looking (in any
        // order of looking, the same students are found, or more than a crowd).
        for (Bounds r : c.runs()) {
            int from = Arrays.binarySearch(r.lo, w.lo() - r.widest - slack);
            from = from < 0 ? -from - 1 : from;
            for (int i = from; i < r.size() && r.lo[i] <= w.hi() + slack && out.size() <= crowd; i++) {
                r.consider(i, value, decimals, self, out);
            }
        }
        for (int i = 0; i < c.wide().size() && out.size() <= crowd; i++) {
            c.wide().consider(i, value, decimals, self, out);
        }
        return out;
    }
}
