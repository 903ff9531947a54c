package backpropgrader.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The quantities of one exercise in the lecture's order, which is also an order of evaluation (every parent
 * comes before its children). Evaluates the reference values, and re-evaluates with some quantities replaced
 * by somebody's own values (follow-through).
 */
public final class QuantityGraph {

    private final String exercise;
    private final List<Quantity> quantities;
    private final Map<String, Integer> index;
    private final boolean singleHiddenLayer;
    private volatile Values reference;
    private volatile Object[] hand; // {decimals, HandComputation}
    private volatile Object[] tightHand; // {decimals, HandComputation}, marking's
    /** What depends on the keys and formulas alone, shared by the graphs made from one shape. */
    private final ShapeMemo memo;

    /**
     * Everything a graph computes on first use from its keys, roles and formulas, never from the given values:
     * the graphs {@link NetworkTemplate} makes from one shape share one, so a family's thousands of variants
     * compute these once between them (each had computed them for itself). Benign races throughout: two threads
     * that race compute equal values, and arrays are published whole through volatile fields.
     */
    private static final class ShapeMemo {
        final String[] displays;
        /** Each quantity's formula as the lecture writes it ({@link #displayFormula}), computed on first use. */
        final Expr[] displayed;
        /** The graph's mistake patterns, computed on first use (see {@link #mistakePatterns}). */
        volatile List<MistakePattern> patterns;
        /** The quantities each formula uses more than once (mostly none), computed on first use. */
        volatile List<String>[] repeats;
        /** Each quantity's lecture step, computed on first use (see {@link #step}). */
        volatile String[] steps;
        /** The error terms written out in place, computed on first use (see {@link #writtenOut()}). */
        volatile WrittenOut writtenOut;
        /** Per node, the error terms its display formula writes out (see {@link #writtenOutIn}). */
        volatile String[][] writtenOutIn;

        ShapeMemo(int size) {
            displays = new String[size];
            displayed = new Expr[size];
        }
    }

    /** An error term's in-place formula per node, and whether any stays a step of its own. */
    private record WrittenOut(Expr[] inline, boolean errorTermsAsSteps) {
    }

    QuantityGraph(String exercise, List<Quantity> quantities, boolean singleHiddenLayer) {
        this.exercise = exercise;
        this.quantities = List.copyOf(quantities);
        this.singleHiddenLayer = singleHiddenLayer;
        this.memo = new ShapeMemo(quantities.size());
        this.index = new HashMap<>();
        for (int i = 0; i < quantities.size(); i++) {
            Quantity q = quantities.get(i);
            if (index.put(q.key(), i) != null) {
                throw new IllegalStateException("duplicate key " + q.key());
            }
            for (String p : q.parents()) {
                Integer pi = index.get(p);
                if (pi == null) {
                    throw new IllegalStateException(q.key() + " refers to " + p + ", which does not come before it");
                }
            }
        }
    }

    /**
     * A graph with {@code shape}'s keys, order and formulas and other given values: {@code quantities} is
     * {@code shape}'s list with only given quantities replaced, key for key (checked by {@link NetworkTemplate}),
     * so its order was checked when {@code shape} was made and its index is shared (it is only read).
     */
    QuantityGraph(QuantityGraph shape, List<Quantity> quantities) {
        this.exercise = shape.exercise;
        this.quantities = List.copyOf(quantities);
        this.singleHiddenLayer = shape.singleHiddenLayer;
        this.memo = shape.memo; // the same keys, roles and formulas: what they give is shared too
        this.index = shape.index;
    }

    public String exercise() {
        return exercise;
    }

    public List<Quantity> quantities() {
        return quantities;
    }

    public boolean has(String key) {
        return index.containsKey(key);
    }

    public Quantity get(String key) {
        Integer i = index.get(key);
        if (i == null) {
            throw new IllegalArgumentException("no quantity " + key + " in " + exercise);
        }
        return quantities.get(i);
    }

    /** The key's place in {@link #quantities()} (the lecture's order). */
    public int indexOf(String key) {
        return index.get(key);
    }

    /**
     * Every way a catalogued misconception can run through one lecture step: per misconception and step, the
     * nodes with its alternative formula, in the lecture's order (computed once per graph).
     */
    public List<MistakePattern> mistakePatterns() {
        List<MistakePattern> p = memo.patterns; // a benign race: every thread computes equal lists
        if (p == null) {
            p = MistakePattern.of(this);
            memo.patterns = p;
        }
        return p;
    }

    /**
     * The quantities node {@code i}'s own formula uses more than once (h(1 − h)), mostly none: only where there
     * are does a tight reachable set differ from plain interval arithmetic ({@link TightInterval}).
     */
    @SuppressWarnings("unchecked")
    List<String> usedTwice(int i) {
        List<String>[] r = memo.repeats; // a benign race: every thread computes equal lists
        if (r == null) {
            r = new List[quantities.size()];
            for (int j = 0; j < r.length; j++) {
                Expr f = quantities.get(j).formula();
                r[j] = f == null ? List.of() : TightInterval.repeated(f);
            }
            memo.repeats = r;
        }
        return r[i];
    }

    /** Whether keys are displayed with h_1 for h[1]_1: a network with a single hidden layer, as the lecture's. */
    public boolean singleHiddenLayer() {
        return singleHiddenLayer;
    }

    /** A key in the lecture's notation (ŷ_1, ∂J/∂w[2]_1,1, h_1 in a one-hidden-layer network). */
    public String display(String key) {
        Integer i = index.get(key);
        if (i == null) {
            return Keys.display(key, singleHiddenLayer);
        }
        String d = memo.displays[i]; // a benign race: every thread computes the same string
        if (d == null) {
            d = Keys.display(key, singleHiddenLayer);
            memo.displays[i] = d;
        }
        return d;
    }

    /**
     * The lecture step a quantity is worked in, as its worked solution's section title says ("Forward pass",
     * "Update weights (round 2)"): a misconception applied throughout one step is one pattern of mistakes.
     */
    public String step(String key) {
        String[] s = memo.steps; // a benign race: every thread computes the same titles
        if (s == null) {
            s = WorkedSolution.titles(this);
            memo.steps = s;
        }
        return s[indexOf(key)];
    }

    /** The reference value of every quantity (computed once; a variant's checks, key and marking share it). */
    public Values evaluate() {
        Values v = reference;
        if (v == null) {
            reference = v = evaluateWith(Collections.emptyMap());
        }
        return v;
    }

    /**
     * The hand-computation model around the reference values with every quantity written to {@code decimals}
     * places (docs/MARKING.md), kept for the last {@code decimals} asked: drawing a variant, its answer key and
     * marking it all ask for the same one.
     */
    public HandComputation handReference(int decimals) {
        Object[] memo = hand;
        if (memo != null && (int) memo[0] == decimals) {
            return (HandComputation) memo[1];
        }
        HandComputation h = HandComputation.reference(evaluate(), k -> decimals);
        hand = new Object[] {decimals, h};
        return h;
    }

    /**
     * {@link #handReference}, without the dependency over-reach where a formula uses one quantity twice
     * ({@link HandComputation#tightReference}): what marking judges answers by. A variant's redraw checks keep
     * {@link #handReference}, so that every handed-out sheet stays as it was.
     */
    public HandComputation markingReference(int decimals) {
        Object[] memo = tightHand;
        if (memo != null && (int) memo[0] == decimals) {
            return (HandComputation) memo[1];
        }
        HandComputation h = HandComputation.tightReference(evaluate(), k -> decimals);
        tightHand = new Object[] {decimals, h};
        return h;
    }

    /**
     * Values where the quantities in {@code own} take the given values and every other computed quantity is
     * recomputed from its parents: what a student's later answers should be, given their earlier ones.
     */
    public Values evaluateWith(Map<String, Double> own) {
        double[] v = new double[quantities.size()];
        Values values = new Values(this, v);
        for (int i = 0; i < v.length; i++) {
            Quantity q = quantities.get(i);
            Double o = own.get(q.key());
            v[i] = o != null ? o : q.isGiven() ? q.given() : q.formula().eval(values::get);
        }
        return values;
    }

    /**
     * Values in a world where the quantities in {@code own} take the given values and every other computed
     * quantity uses the formula {@code formulaOf} chooses (an alternative formula: a misconception). Alternative
     * formulas may refer to quantities later in the lecture's order, so this evaluates on demand.
     */
    public Values evaluateWith(Map<String, Double> own, Function<Quantity, Expr> formulaOf) {
        double[] v = new double[quantities.size()];
        java.util.Arrays.fill(v, Double.NaN);
        boolean[] done = new boolean[v.length];
        Values values = new Values(this, v);
        boolean[] busy = new boolean[v.length]; // each node clears its flag when done: one array serves all
        for (int i = 0; i < v.length; i++) {
            valueAt(i, own, formulaOf, v, done, busy);
        }
        return values;
    }

    /**
     * The values of {@code keys} in the world where {@code target} alone uses {@code alternative} (a
     * misconception where it starts), exactly as {@link #evaluateWith(Map, Function)} would give them, but
     * computed only where they can differ: every quantity before {@code target} keeps its reference value
     * (parents come before their children), and after it only what {@code keys} need is evaluated. A variant's
     * redraw checks try every misconception this way.
     */
    public double[] valuesWith(Quantity target, Expr alternative, List<String> keys) {
        int t = indexOf(target.key());
        Values reference = evaluate();
        double[] v = new double[quantities.size()];
        byte[] state = new byte[v.length]; // 0 not yet, 1 being computed, 2 done
        double[] out = new double[keys.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = worldValue(indexOf(keys.get(k)), t, alternative, reference, v, state);
        }
        return out;
    }

    private double worldValue(int i, int t, Expr alternative, Values reference, double[] v, byte[] state) {
        Quantity q = quantities.get(i);
        if (i < t || q.isGiven()) {
            return reference.at(i);
        }
        if (state[i] == 2) {
            return v[i];
        }
        if (state[i] == 1) { // an alternative that refers to what it changes, as evaluateWith finds it
            throw new IllegalStateException("formulas of " + q.key() + " depend on each other");
        }
        state[i] = 1;
        v[i] = (i == t ? alternative : q.formula()).eval(k -> worldValue(indexOf(k), t, alternative, reference, v,
                state));
        state[i] = 2;
        return v[i];
    }

    private double valueAt(int i, Map<String, Double> own, Function<Quantity, Expr> formulaOf, double[] v,
                           boolean[] done, boolean[] busy) {
        if (done[i]) {
            return v[i];
        }
        Quantity q = quantities.get(i);
        if (busy[i]) {
            throw new IllegalStateException("formulas of " + q.key() + " depend on each other");
        }
        busy[i] = true;
        Double o = own.get(q.key());
        v[i] = o != null ? o : q.isGiven() ? q.given()
                : formulaOf.apply(q).eval(k -> valueAt(indexOf(k), own, formulaOf, v, done, busy));
        busy[i] = false;
        done[i] = true;
        return v[i];
    }

    /** Every quantity that depends on {@code key} (not including itself). */
    public Set<String> descendants(String key) {
        Set<String> out = new HashSet<>();
        out.add(key);
        for (Quantity q : quantities.subList(indexOf(key) + 1, quantities.size())) {
            for (String p : q.parents()) {
                if (out.contains(p)) {
                    out.add(q.key());
                    break;
                }
            }
        }
        out.remove(key);
        return out;
    }

    /** Every quantity {@code key} depends on, nearest first is not promised; given ones included. */
    public Set<String> ancestors(String key) {
        Set<String> out = new HashSet<>();
        List<String> todo = new ArrayList<>(get(key).parents());
        while (!todo.isEmpty()) {
            String k = todo.remove(todo.size() - 1);
            if (out.add(k)) {
                todo.addAll(get(k).parents());
            }
        }
        return out;
    }

    /**
     * The formula as the lecture writes it: error terms (∂J/∂z), which the lecture never names, are written out
     * in place while the result stays short; deeper networks keep them as steps of their own.
     */
    public Expr displayFormula(String key) {
        int i = indexOf(key);
        Expr d = memo.displayed[i]; // a benign race: every thread computes an equal formula
        if (d == null) {
            Expr[] inline = writtenOutErrorTerms();
            d = get(key).formula().substitute(k -> inline[indexOf(k)]);
            memo.displayed[i] = d;
        }
        return d;
    }

    /**
     * The formula as {@link #displayFormula(String)} writes it, except that the error terms in {@code kept} stay
     * references: somebody's own answers, which the steps after them carry on from rather than recompute.
     */
    public Expr displayFormula(String key, Set<String> kept) {
        if (kept.isEmpty() || !writesOutAny(indexOf(key), kept)) { // the same formula: the one shared
            return displayFormula(key);
        }
        Expr[] inline = writtenOutErrorTerms();
        return get(key).formula().substitute(k -> writtenOut(k, kept, inline));
    }

    /** Whether node {@code i}'s formula writes out one of {@code kept} in place, or in an error term it writes out. */
    private boolean writesOutAny(int i, Set<String> kept) {
        for (String k : writtenOutIn(i)) {
            if (kept.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** The error terms node {@code i}'s display formula writes out in place, and theirs in turn (computed once). */
    private String[] writtenOutIn(int i) {
        String[][] all = memo.writtenOutIn; // a benign race: every thread computes equal arrays
        if (all == null) {
            Expr[] inline = writtenOutErrorTerms();
            all = new String[quantities.size()][];
            for (int j = 0; j < all.length; j++) { // parents come first: theirs are known
                Set<String> out = new LinkedHashSet<>();
                for (String p : quantities.get(j).parents()) {
                    int pi = indexOf(p);
                    if (inline[pi] != null) {
                        out.add(p);
                        out.addAll(Arrays.asList(all[pi]));
                    }
                }
                all[j] = out.toArray(String[]::new);
            }
            memo.writtenOutIn = all;
        }
        return all[i];
    }

    /** An error term written out in place, its own error terms in turn, keeping those in {@code kept}. */
    private Expr writtenOut(String key, Set<String> kept, Expr[] inline) {
        if (kept.contains(key) || inline[indexOf(key)] == null) {
            return null; // stays a reference
        }
        return get(key).formula().substitute(k -> writtenOut(k, kept, inline));
    }

    /**
     * For each error term, the formula it is written out as in place (its own error terms written out in turn),
     * or null when that would use more than six symbols and it stays a step of its own; null for other nodes.
     * Computed once per graph: recomputing it for every gradient grows with the depth as width^depth.
     */
    private Expr[] writtenOutErrorTerms() {
        return writtenOut().inline();
    }

    /**
     * Computed without a lock (the core has no threads): two threads that race compute equal values, and the
     * one immutable record is published whole through the volatile field.
     */
    private WrittenOut writtenOut() {
        WrittenOut done = memo.writtenOut;
        if (done != null) {
            return done;
        }
        Expr[] w = new Expr[quantities.size()];
        // an error term refers only to error terms of the next layer, which come before it
        for (int i = 0; i < w.length; i++) {
            Quantity q = quantities.get(i);
            if (q.role() == Quantity.Role.ERROR_TERM) {
                Expr[] known = w;
                Expr expanded = q.formula().substitute(k -> known[indexOf(k)]);
                Set<String> refs = new HashSet<>();
                expanded.collectRefs(refs);
                w[i] = refs.size() <= 6 ? expanded : null;
            }
        }
        done = new WrittenOut(w, anyErrorTermShownAsStep(w));
        memo.writtenOut = done;
        return done;
    }

    /** Whether an error term is shown as a step of its own (it could not be written out in place). */
    boolean showsErrorTermsAsSteps() {
        return writtenOut().errorTermsAsSteps();
    }

    private boolean anyErrorTermShownAsStep(Expr[] inline) {
        for (Quantity q : quantities) {
            if (q.role() == Quantity.Role.GRADIENT) {
                Set<String> refs = new HashSet<>();
                q.formula().substitute(k -> inline[indexOf(k)]).collectRefs(refs);
                for (String r : refs) {
                    if (get(r).role() == Quantity.Role.ERROR_TERM) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
