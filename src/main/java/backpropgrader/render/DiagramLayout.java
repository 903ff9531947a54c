package backpropgrader.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the nodes and the weight labels of a network diagram go, for any shape. Columns are layers; every label
 * lies on its own edge, turned along it, so it reads as part of that edge. Each gap between two columns is given
 * the width (from {@link #MIN_GAP} to {@link #MAX_GAP}) that keeps labels clear of nodes and of each other, with
 * as few other edges passing under a label as a compact picture allows; along its edge a label tries several
 * places, the middle first. Deterministic: the same shape always gives the same picture.
 */
final class DiagramLayout {

    static final double R = 18, ROW = 66, LABEL_HEIGHT = 15;
    static final double LEFT = 56, RIGHT = 56, TOP = 30, BOTTOM = 52;
    static final double MIN_GAP = 150, MAX_GAP = 480, MAX_GAP_DENSE = 800, STEP = 10;
    private static final int REPAIR_PASSES = 4;
    /** Places along an edge a label tries: the preferred ones first, then every 2.5 % of the edge. */
    private static final double[] ALONG = along();
    /** Costs: a label on a node or on another label is unreadable; an edge under a label only blurs it. */
    private static final double OVERLAP = 1000, CROSSING = 3, PER_PIXEL_OF_WIDTH = 0.25;
    /** Room kept between a label and a node beyond the node's radius. */
    private static final double NODE_CLEARANCE = 10;

    /** An edge into node {@code to} of layer {@code layer}, from node {@code from} of the layer before (0: the bias). */
    record Edge(int layer, int from, int to) {
        boolean isBias() {
            return from == 0;
        }
    }

    final int[] layers;
    final boolean bias;
    final double[] columnX;
    /** Every label, placed for the gap's widest label; a narrower one is drawn centred on the same spot. */
    final List<EdgeLabel> labels;
    private final List<EdgeLabel> placed = new ArrayList<>();
    private final int tallest;

    private static final Map<String, DiagramLayout> CACHE = new ConcurrentHashMap<>();

    /**
     * The layout for a shape whose labels in gap l (into layer l) are at most {@code labelWidth[l]} wide (rounded
     * up to 8 px, so that the many sheets of one family share a handful of layouts, computed once each).
     */
    static DiagramLayout of(int[] layers, boolean bias, double[] labelWidth) {
        double[] w = new double[labelWidth.length];
        for (int l = 1; l < w.length; l++) {
            w[l] = 8 * Math.ceil(labelWidth[l] / 8);
        }
        String key = Arrays.toString(layers) + bias + Arrays.toString(w);
        if (CACHE.size() > 512) {
            CACHE.clear();
        }
        return CACHE.computeIfAbsent(key, k -> new DiagramLayout(layers.clone(), bias, w));
    }

    private DiagramLayout(int[] layers, boolean bias, double[] labelWidth) {
        this.layers = layers;
        this.bias = bias;
        int t = 0;
        for (int n : layers) {
            t = Math.max(t, n);
        }
        this.tallest = t;
        this.columnX = new double[layers.length];
        columnX[0] = LEFT;
        for (int l = 1; l < layers.length; l++) {
            placeGap(l, labelWidth[l]);
        }
        this.labels = List.copyOf(placed);
    }

    double width() {
        return columnX[columnX.length - 1] + RIGHT;
    }

    double height() {
        return nodesTop() + (tallest - 1) * ROW + BOTTOM;
    }

    private double nodesTop() {
        return TOP + (bias ? ROW : 0);
    }

    double nodeX(int l) {
        return columnX[l];
    }

    /** Centre of node {@code i} (from 1) of layer {@code l}; columns are centred on the tallest one. */
    double nodeY(int l, int i) {
        return nodesTop() + (tallest - layers[l]) * ROW / 2 + (i - 1) * ROW;
    }

    /** The bias unit feeding layer l sits above the column before it. */
    double biasY() {
        return TOP;
    }

    List<Edge> edgesInto(int l) {
        return edgesInto(layers, bias, l);
    }

    static List<Edge> edgesInto(int[] layers, boolean bias, int l) {
        List<Edge> out = new ArrayList<>();
        for (int m = 1; m <= layers[l]; m++) { // the lecture's order: w_1,1, w_2,1, w_1,2, …
            for (int n = 1; n <= layers[l - 1]; n++) {
                out.add(new Edge(l, n, m));
            }
        }
        if (bias) {
            for (int m = 1; m <= layers[l]; m++) {
                out.add(new Edge(l, 0, m));
            }
        }
        return out;
    }

    private static double[] along() {
        double[] first = {0.5, 0.4, 0.6, 0.32, 0.68, 0.45, 0.55, 0.26, 0.74, 0.36, 0.64, 0.2, 0.8};
        double[] all = new double[first.length + 29];
        System.arraycopy(first, 0, all, 0, first.length);
        for (int i = 0; i < 29; i++) {
            all[first.length + i] = 0.15 + 0.025 * i;
        }
        return all;
    }

    private void placeGap(int l, double labelWidth) {
        List<Edge> edges = edgesInto(l);
        double maxGap = Math.max(MAX_GAP, Math.min(MAX_GAP_DENSE, 28 * edges.size()));
        List<EdgeLabel> best = null;
        double bestGap = MIN_GAP, bestScore = Double.POSITIVE_INFINITY;
        for (double gap = MIN_GAP; gap <= maxGap; gap += STEP) {
            columnX[l] = columnX[l - 1] + gap;
            List<EdgeLabel> trial = new ArrayList<>();
            for (Edge e : edges) {
                trial.add(bestPlace(e, labelWidth, trial, l));
            }
            double cost = total(trial, l);
            for (int pass = 0; pass < REPAIR_PASSES && cost > 0; pass++) { // re-place each label among all others
                List<EdgeLabel> before = List.copyOf(trial);
                for (int i = 0; i < trial.size(); i++) {
                    EdgeLabel old = trial.remove(i);
                    trial.add(i, bestPlace(old.edge(), old.width(), trial, l));
                }
                double after = total(trial, l);
                if (after >= cost) {
                    trial = new ArrayList<>(before); // the pass made it no better: keep what was
                    break;
                }
                cost = after;
            }
            double score = cost + PER_PIXEL_OF_WIDTH * gap;
            if (score < bestScore) {
                best = trial;
                bestScore = score;
                bestGap = gap;
            }
            if (cost == 0) {
                break; // wider can only score worse
            }
        }
        columnX[l] = columnX[l - 1] + bestGap;
        placed.addAll(best);
    }

    /** The first clean place along the edge in {@link #ALONG}'s order, else the cheapest. */
    private EdgeLabel bestPlace(Edge e, double width, List<EdgeLabel> others, int l) {
        EdgeLabel chosen = null;
        double chosenCost = Double.POSITIVE_INFINITY;
        for (double t : ALONG) {
            EdgeLabel c = at(e, t, width);
            double k = cost(c, others, l);
            if (k < chosenCost) {
                chosen = c;
                chosenCost = k;
            }
            if (k == 0) {
                break;
            }
        }
        return chosen;
    }

    private double total(List<EdgeLabel> trial, int l) {
        double cost = 0;
        for (EdgeLabel c : trial) {
            cost += cost(c, trial, l);
        }
        return cost;
    }

    private double[] ends(Edge e) {
        double y0 = e.isBias() ? biasY() : nodeY(e.layer() - 1, e.from());
        return new double[] {columnX[e.layer() - 1], y0, columnX[e.layer()], nodeY(e.layer(), e.to())};
    }

    private EdgeLabel at(Edge e, double t, double width) {
        double[] p = ends(e);
        double len = Math.hypot(p[2] - p[0], p[3] - p[1]);
        return new EdgeLabel(e, p[0] + t * (p[2] - p[0]), p[1] + t * (p[3] - p[1]), width,
                (p[2] - p[0]) / len, (p[3] - p[1]) / len);
    }

    private double cost(EdgeLabel c, List<EdgeLabel> sameGap, int l) {
        double cost = 0;
        for (EdgeLabel o : placed) {
            cost += c.overlaps(o) ? OVERLAP : 0;
        }
        for (EdgeLabel o : sameGap) {
            cost += o.edge().equals(c.edge()) ? 0 : c.overlaps(o) ? OVERLAP : 0;
        }
        for (int k = l - 1; k <= l; k++) {
            for (int i = 1; i <= layers[k]; i++) {
                cost += c.touchesCircle(columnX[k], nodeY(k, i), R + NODE_CLEARANCE) ? OVERLAP : 0;
            }
        }
        if (bias) {
            cost += c.touchesCircle(columnX[l - 1], biasY(), R) ? OVERLAP : 0;
        }
        for (Edge other : edgesInto(l)) {
            if (!other.equals(c.edge())) {
                double[] p = ends(other);
                cost += c.crossedBy(p[0], p[1], p[2], p[3]) ? CROSSING : 0;
            }
        }
        return cost;
    }
}
