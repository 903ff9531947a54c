package backpropgrader.exercise;

import backpropgrader.engine.Numbers;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.math3.random.RandomGenerator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The "nice" numbers one parameter may take, in increasing order: a range with a step (computed in decimal
 * arithmetic, so −2..2 step 0.1 gives exactly −2, −1.9, …, 2), a list, or one fixed number; minus exclusions.
 * A target grid may instead be {@code one_hot}: each sample's targets are 0 except one 1 (multi-class labels).
 */
public record Grid(List<Double> values, boolean oneHot) {

    static final int MAX_VALUES = 100_000;

    public static Grid fixed(double v) {
        return new Grid(List.of(v), false);
    }

    public double draw(RandomGenerator rng) {
        return values.size() == 1 ? values.get(0) : values.get(rng.nextInt(values.size()));
    }

    public int size() {
        return values.size();
    }

    public double first() {
        return values.get(0);
    }

    /** "−2 … 2 (40 values)" or "0.1, 0.2, 0.5". */
    public String describe() {
        if (oneHot) {
            return "one-hot";
        }
        if (values.size() <= 6) {
            return values.stream().map(Numbers::plain).collect(Collectors.joining(", "));
        }
        return Numbers.plain(values.get(0)) + " … " + Numbers.plain(values.get(values.size() - 1))
                + " (" + values.size() + " values)";
    }

    /** Reads a grid: a number, a list of numbers, {from, to, step, exclude} or {values, exclude}, or {one_hot: true}. */
    static Grid read(JsonNode n, String path, Fields f) {
        if (n.isNumber()) {
            return fixed(f.decimal(n, path).doubleValue());
        }
        if (n.isArray()) {
            return new Grid(decimals(n, path, f).stream().map(BigDecimal::doubleValue).sorted().distinct().toList(), false);
        }
        f.object(n, path);
        f.only(n, path, "from", "to", "step", "values", "exclude", "one_hot");
        if (f.has(n, "one_hot")) {
            if (!f.bool(n.get("one_hot"), Fields.at(path, "one_hot")) || n.size() > 1) {
                throw f.problem(path, "one_hot: true stands alone (it draws one class per sample); remove the other fields.");
            }
            return new Grid(List.of(0.0, 1.0), true);
        }
        List<BigDecimal> values;
        if (f.has(n, "values")) {
            if (f.has(n, "from") || f.has(n, "to") || f.has(n, "step")) {
                throw f.problem(path, "give either values or from/to/step, not both.");
            }
            values = decimals(f.array(n.get("values"), Fields.at(path, "values")), Fields.at(path, "values"), f);
        } else {
            values = range(n, path, f);
        }
        List<Double> excluded = f.has(n, "exclude")
                ? decimals(n.get("exclude"), Fields.at(path, "exclude"), f).stream().map(BigDecimal::doubleValue).toList()
                : List.of();
        List<Double> kept = values.stream().map(BigDecimal::doubleValue).filter(v -> !excluded.contains(v))
                .sorted().distinct().toList();
        if (kept.isEmpty()) {
            throw f.problem(path, "no value is left once the exclusions are taken out.");
        }
        return new Grid(kept, false);
    }

    private static List<BigDecimal> range(JsonNode n, String path, Fields f) {
        BigDecimal from = f.decimal(f.required(n, "from", path), Fields.at(path, "from"));
        BigDecimal to = f.decimal(f.required(n, "to", path), Fields.at(path, "to"));
        BigDecimal step = f.decimal(f.required(n, "step", path), Fields.at(path, "step"));
        if (step.signum() <= 0) {
            throw f.error(Fields.at(path, "step"), "a positive number", step.toPlainString());
        }
        if (from.compareTo(to) > 0) {
            throw f.error(Fields.at(path, "to"), "a number no smaller than from (" + from.toPlainString() + ")",
                    to.toPlainString());
        }
        BigDecimal count = to.subtract(from).divide(step, 0, java.math.RoundingMode.FLOOR);
        if (count.compareTo(BigDecimal.valueOf(MAX_VALUES)) >= 0) {
            throw f.problem(path, "the range has more than " + MAX_VALUES + " values; use a larger step.");
        }
        List<BigDecimal> out = new ArrayList<>();
        for (int i = 0; i <= count.intValue(); i++) {
            out.add(from.add(step.multiply(BigDecimal.valueOf(i))));
        }
        return out;
    }

    private static List<BigDecimal> decimals(JsonNode n, String path, Fields f) {
        List<BigDecimal> out = new ArrayList<>();
        if (n.isNumber()) {
            out.add(f.decimal(n, path));
            return out;
        }
        f.array(n, path);
        if (n.isEmpty()) {
            throw f.error(path, "at least one number", "an empty list");
        }
        for (int i = 0; i < n.size(); i++) {
            out.add(f.decimal(n.get(i), path + "[" + i + "]"));
        }
        return out;
    }
}
