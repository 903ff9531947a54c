package backpropgrader.render;

import backpropgrader.grade.Status;
import backpropgrader.grade.StudentResult;

import java.util.Arrays;
import java.util.List;

/**
 * What the class report shows that {@code grade.ClassSummary} does not compute: the median percentage, and the
 * mean and median in points when every graded student had the same maximum. Over graded students only, as the
 * summary's mean and histogram are.
 *
 * @param median     the median percentage, or null when nobody was graded
 * @param commonMax  the maximum every graded student had, or null when they differ (or nobody was graded)
 */
record ClassStatistics(Double median, Double commonMax, double meanPoints, double medianPoints) {

    static ClassStatistics of(List<StudentResult> students) {
        List<StudentResult> graded = students.stream()
                .filter(r -> r.status() == Status.GRADED && r.percentage() != null).toList();
        if (graded.isEmpty()) {
            return new ClassStatistics(null, null, 0, 0);
        }
        double[] percentages = graded.stream().mapToDouble(StudentResult::percentage).toArray();
        double[] scores = graded.stream().mapToDouble(StudentResult::score).toArray();
        Double max = graded.get(0).max();
        boolean common = graded.stream().allMatch(r -> r.max().equals(max));
        return new ClassStatistics(median(percentages), common ? max : null,
                Arrays.stream(scores).sum() / scores.length, median(scores));
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
