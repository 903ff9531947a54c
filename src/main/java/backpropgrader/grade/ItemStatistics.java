package backpropgrader.grade;

import backpropgrader.marking.ItemResult;
import backpropgrader.marking.Verdict;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The item analysis of a class, over its graded students, as Moodle's quiz statistics define it: per item the
 * <b>facility</b> (the mean share of the item's points the students earned, 0–1: low is hard) and the
 * <b>discrimination</b> (the Pearson correlation, over the students, of the item's points with the rest of their
 * score — their total over all items less this item — so that an item the stronger students get right and the
 * weaker ones wrong scores near 1); null where the item's points or the rest scores do not vary, as the
 * correlation is then undefined. Per exercise: the mean, the maximum and a distribution of the students' share
 * of its points. The total is the sum of the items' points (before any late penalty), so the statistics describe
 * the items alone. One pass over the results, a running co-moment per item: memory grows with the items, not
 * with the class.
 *
 * @param items     per asked item, in the order the sheets ask them
 * @param exercises per exercise, in the same order
 */
public record ItemStatistics(List<Item> items, List<Exercise> exercises) {

    /**
     * @param students       graded students with this item
     * @param facility       mean share of the points earned, 0–1 (null when no student has the item)
     * @param discrimination correlation of the item's points with the rest score, or null (no variance)
     * @param meanPoints     mean points earned
     * @param misconceptions catalogue name → how many students it was named for on this item
     */
    public record Item(String exercise, String key, int students, Double facility, Double discrimination,
                       double meanPoints, double max, Map<Verdict, Integer> verdicts,
                       Map<String, Integer> misconceptions) {
    }

    /** @param histogram students per tenth of the share of the exercise's points: [0, 10), …, [90, 100] */
    public record Exercise(String id, int students, double meanPoints, double max, List<Integer> histogram) {
    }

    /** A running mean, variance and co-moment (Welford), stable where sums of squares would cancel. */
    private static final class Moments {
        int n;
        double meanX;
        double meanY;
        double m2x;
        double m2y;
        double cxy;
        double share;
        double max;
        final Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        final Map<String, Integer> misconceptions = new TreeMap<>();

        void add(double x, double y) {
            n++;
            double dx = x - meanX;
            meanX += dx / n;
            double dy = y - meanY;
            meanY += dy / n;
            m2x += dx * (x - meanX);
            m2y += dy * (y - meanY);
            cxy += dx * (y - meanY);
        }

        Double correlation() {
            // no variance (or a rounding remnant of none): the correlation is undefined
            double floor = 1e-12 * Math.max(1, n);
            if (n < 2 || m2x <= floor || m2y <= floor) {
                return null;
            }
            return Math.max(-1, Math.min(1, cxy / Math.sqrt(m2x * m2y)));
        }
    }

    public static ItemStatistics of(GradingOutcome outcome) {
        Map<String, Moments> byItem = new LinkedHashMap<>();
        Map<String, List<double[]>> byExercise = new LinkedHashMap<>();
        for (StudentResult r : outcome.students()) {
            if (r.status() != Status.GRADED) {
                continue;
            }
            double total = r.items().stream().mapToDouble(ItemResult::points).sum();
            Map<String, double[]> exercise = new LinkedHashMap<>();
            for (ItemResult i : r.items()) {
                Moments m = byItem.computeIfAbsent(i.exercise() + '\u0000' + i.key(), k -> new Moments());
                m.add(i.points(), total - i.points());
                m.share += i.max() == 0 ? 1 : i.points() / i.max();
                m.max = Math.max(m.max, i.max());
                m.verdicts.merge(i.verdict(), 1, Integer::sum);
                if (i.misconception() != null) {
                    m.misconceptions.merge(i.misconception(), 1, Integer::sum);
                }
                double[] e = exercise.computeIfAbsent(i.exercise(), k -> new double[2]);
                e[0] += i.points();
                e[1] += i.max();
            }
            exercise.forEach((id, e) -> byExercise.computeIfAbsent(id, k -> new ArrayList<>()).add(e));
        }
        List<Item> items = new ArrayList<>();
        byItem.forEach((k, m) -> {
            String[] parts = k.split("\u0000", 2);
            Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
            for (Verdict v : Verdict.values()) {
                verdicts.put(v, m.verdicts.getOrDefault(v, 0));
            }
            items.add(new Item(parts[0], parts[1], m.n, m.n == 0 ? null : m.share / m.n, m.correlation(), m.meanX,
                    m.max, verdicts, Map.copyOf(m.misconceptions)));
        });
        List<Exercise> exercises = new ArrayList<>();
        byExercise.forEach((id, scores) -> exercises.add(exercise(id, scores)));
        return new ItemStatistics(List.copyOf(items), List.copyOf(exercises));
    }

    private static Exercise exercise(String id, List<double[]> scores) {
        int[] bins = new int[10];
        double sum = 0;
        double max = 0;
        for (double[] s : scores) {
            sum += s[0];
            max = Math.max(max, s[1]);
            double p = s[1] == 0 ? 100 : 100 * s[0] / s[1];
            bins[Math.min(9, Math.max(0, (int) Math.floor(p / 10)))]++;
        }
        return new Exercise(id, scores.size(), sum / scores.size(), max, java.util.Arrays.stream(bins).boxed().toList());
    }
}
