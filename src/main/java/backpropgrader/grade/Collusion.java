package backpropgrader.grade;

import backpropgrader.marking.Answer;
import backpropgrader.marking.AnswerKey;

import backpropgrader.engine.Interval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

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
     * The acceptance bounds for one key of the students whose variants decide it alike ({@link AnswerKey.Decider}):
     * variants drawn from grids often share a key's numbers, and one decision then answers for all of them.
     */
    private record Bound(double lo, double hi, AnswerKey.Decider decider, String[] students) {
    }

    /**
     * The bounds of one (exercise, key): the narrow ones in runs of about the same width ({@link Run}), the
     * {@code wide} ones always checked.
     */
    private record Column(Run[] runs, List<Bound> wide, int fewestDecimals) {
    }

    /**
     * Bounds of widths within a factor of two of each other, sorted by lower end. An answer's window reaches back
     * by the widest of the run only, so a search visits little more than the bounds that overlap it, however many
     * students there are: one run for all widths would make every answer visit every bound whose lower end lies
     * within the class's widest bound of it, and the class's checks grow with the square of its size.
     */
    private record Run(double[] lo, Bound[] bounds, double widest) {
        static Run of(List<Bound> list) {
            list.sort((a, b) -> Double.compare(a.lo(), b.lo()));
            double[] lo = list.stream().mapToDouble(Bound::lo).toArray();
            double widest = list.stream().mapToDouble(b -> b.hi() - b.lo()).max().orElse(0);
            return new Run(lo, list.toArray(new Bound[0]), widest);
        }
    }

    private static final double WIDE = 1.0;
    static final int MIN_ITEMS = 3;

    private final Map<String, Column> columns = new HashMap<>();
    private final Map<String, Map<String, AnswerKey>> ownKeys = new HashMap<>();
    private final int crowd;

    /** Indexes every student's answer keys (all roster students, whether they submitted or not). */
    public Collusion(List<AnswerKey> keys) {
        // (exercise, key) → the students whose variants decide it alike, in one pass over every key
        Map<String, Map<AnswerKey.Decider, Alike>> byColumn = new LinkedHashMap<>();
        for (AnswerKey k : keys) {
            ownKeys.computeIfAbsent(k.studentId(), s -> new HashMap<>()).put(k.exercise(), k);
            if (k.sameForEveryone()) {
                continue;
            }
            List<String> asked = k.keys();
            for (int i = 0; i < asked.size(); i++) {
                String key = asked.get(i);
                byColumn.computeIfAbsent(k.exercise() + '\u0000' + key, c -> new LinkedHashMap<>())
                        .computeIfAbsent(k.deciderAt(i), d -> new Alike(k, key, new ArrayList<>(1)))
                        .students().add(k.studentId());
            }
        }
        Map<String, Column> built = new ConcurrentHashMap<>(); // each column sorted on its own
        byColumn.entrySet().parallelStream().forEach(e -> built.put(e.getKey(), column(bounds(e.getValue()))));
        columns.putAll(built);
        crowd = Math.max(20, ownKeys.size() / 20);
    }

    /** Students whose variants decide one key alike, and the first of their answer keys. */
    private record Alike(AnswerKey first, String key, List<String> students) {
    }

    /** A column's bounds, one per way of deciding its key. */
    private static List<Bound> bounds(Map<AnswerKey.Decider, Alike> alike) {
        List<Bound> out = new ArrayList<>(alike.size());
        alike.forEach((d, a) -> {
            Interval b = a.first().bounds(a.key());
            out.add(new Bound(b.lo(), b.hi(), d, a.students().toArray(String[]::new)));
        });
        return out;
    }

    private static Column column(List<Bound> list) {
        Map<Integer, List<Bound>> narrow = new TreeMap<>(); // by the binary exponent of the width
        List<Bound> wide = new ArrayList<>();
        for (Bound b : list) {
            double width = b.hi() - b.lo();
            if (width > WIDE || !Double.isFinite(width)) {
                wide.add(b);
            } else {
                narrow.computeIfAbsent(width > 0 ? Math.getExponent(width) : Integer.MIN_VALUE,
                        e -> new ArrayList<>()).add(b);
            }
        }
        int fewest = list.stream().mapToInt(b -> b.decider().marking().decimals()).min().orElse(0);
        return new Column(narrow.values().stream().map(Run::of).toArray(Run[]::new), wide, fewest);
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
        Column c = columns.get(exercise + '\u0000' + key);
        List<String> out = new ArrayList<>();
        if (c == null) {
            return out;
        }
        // The widest window any sheet of this exercise gives the answer, and a margin for the meets() slack.
        Interval w = Interval.roundingWindow(value, Math.max(decimals, c.fewestDecimals()));
        double slack = 1e-9 * Math.max(1, Math.abs(value));
        // Once more than a crowd fits, the answer says nothing about whom it came from: stop looking (in any
        // order of looking, the same students are found, or more than a crowd).
        for (Run r : c.runs()) {
            int from = Arrays.binarySearch(r.lo(), w.lo() - r.widest() - slack);
            from = from < 0 ? -from - 1 : from;
            for (int i = from; i < r.lo().length && r.lo()[i] <= w.hi() + slack && out.size() <= crowd; i++) {
                consider(r.bounds()[i], value, decimals, self, out);
            }
        }
        for (int i = 0; i < c.wide().size() && out.size() <= crowd; i++) {
            consider(c.wide().get(i), value, decimals, self, out);
        }
        return out;
    }

    private static void consider(Bound b, double value, int decimals, String self, List<String> out) {
        if (b.decider().accepts(value, decimals)) {
            for (String s : b.students()) {
                if (!s.equals(self)) {
                    out.add(s);
                }
            }
        }
    }
}
