package backpropgrader.grade;

import backpropgrader.marking.ItemResult;
import backpropgrader.marking.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the instructor's class report shows, computed here so that the template only displays it: students per
 * status, a histogram of percentages, each item's verdict rates, how often each misconception was named, the
 * collusion flags and the files that need attention. Deterministic: items in sheet order, misconceptions by
 * count then name, students in id order.
 *
 * @param histogram    graded students per tenth of the percentage range: [0, 10), [10, 20), …, [90, 100]
 * @param items        per asked item, in the order the sheets ask them
 * @param misconceptions catalogue name → how many items it was named on
 * @param flags        student id → their flags, for flagged students only
 * @param attention    the unreadable and unknown-student results
 */
public record ClassSummary(Map<Status, Integer> byStatus, List<Integer> histogram, Double meanPercentage,
                           List<Item> items, Map<String, Integer> misconceptions, Map<String, List<String>> flags,
                           List<StudentResult> attention) {

    /** One asked item across the class: how many students got each verdict. */
    public record Item(String exercise, String key, Map<Verdict, Integer> verdicts) {
        public int total() {
            return verdicts.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** The share of graded students with this verdict, 0–1. */
        public double rate(Verdict v) {
            return total() == 0 ? 0 : verdicts.get(v) / (double) total();
        }
    }

    public static ClassSummary of(GradingOutcome outcome) {
        Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            byStatus.put(s, 0);
        }
        int[] histogram = new int[10];
        double sum = 0;
        int graded = 0;
        Map<String, Map<Verdict, Integer>> items = new LinkedHashMap<>();
        Map<String, Integer> misconceptions = new TreeMap<>();
        Map<String, List<String>> flags = new LinkedHashMap<>();
        List<StudentResult> attention = new ArrayList<>();
        for (StudentResult r : outcome.students()) {
            byStatus.merge(r.status(), 1, Integer::sum);
            if (r.status().needsAttention()) {
                attention.add(r);
            }
            if (!r.flags().isEmpty()) {
                flags.put(r.id(), r.flags());
            }
            if (r.status() != Status.GRADED) {
                continue;
            }
            Double p = r.percentage();
            if (p != null) {
                histogram[Math.min(9, Math.max(0, (int) Math.floor(p / 10)))]++;
                sum += p;
                graded++;
            }
            for (ItemResult i : r.items()) {
                items.computeIfAbsent(i.exercise() + '\u0000' + i.key(), k -> zeros()).merge(i.verdict(), 1,
                        Integer::sum);
                if (i.misconception() != null) {
                    misconceptions.merge(i.misconception(), 1, Integer::sum);
                }
            }
        }
        List<Item> itemList = new ArrayList<>();
        items.forEach((k, v) -> {
            String[] parts = k.split("\u0000", 2);
            itemList.add(new Item(parts[0], parts[1], v));
        });
        Map<String, Integer> sorted = new LinkedHashMap<>();
        misconceptions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return new ClassSummary(byStatus, java.util.Arrays.stream(histogram).boxed().toList(), graded == 0 ? null : sum / graded, itemList, sorted, flags,
                attention);
    }

    private static Map<Verdict, Integer> zeros() {
        Map<Verdict, Integer> m = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            m.put(v, 0);
        }
        return m;
    }
}
