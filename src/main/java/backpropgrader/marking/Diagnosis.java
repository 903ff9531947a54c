package backpropgrader.marking;

import backpropgrader.engine.Expr;
import backpropgrader.engine.HandComputation;
import backpropgrader.engine.MistakePattern;
import backpropgrader.engine.Quantity;
import backpropgrader.engine.QuantityGraph;
import backpropgrader.engine.Values;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Diagnosis of the whole path (docs/MARKING.md): when some answers are not what the student's own earlier answers
 * give, the small space of explanations is searched, as a careful marker looks for the one mistake behind many
 * answers. An explanation is a set of {@link MistakePattern}s — a catalogued misconception applied at every node
 * where it applies within one lecture step, in quantities the sheet did not ask too — together with slips: each
 * answered value that the explanation's world does not give is a slip at that node, carried through (the
 * student's own world is the explanation without patterns). Each pattern costs 1 and each slip 1, and every
 * explanation of the least cost is kept ({@link Explanation}): an item is follow-through when one of them makes
 * it consistent, and where none does but a pattern enters at it, it is wrong with that misconception named — so
 * ties between a pattern and slips go to the misconception without costing the student the follow-through the
 * slips would give.
 *
 * <p>The bound: the search runs only when some answer is a slip in the student's own world; it tries alone each
 * pattern with a node at a slipped answer or above it, at most {@link #MAX_SINGLES} of them, and pairs of the
 * {@link #MAX_PAIRED} best of those that remove a slip on their own: at most 24 + 15 = 39 hand computations of
 * the graph per student and exercise. Explanations of more than two patterns are not looked for.
 */
final class Diagnosis {

    static final int MAX_SINGLES = 24;
    static final int MAX_PAIRED = 6;

    private Diagnosis() {
    }

    /** The explanations of least cost, the student's own world first when it is one of them. */
    static List<Explanation> find(Work w) {
        Explanation own = Explanation.own(w);
        if (own.slips().isEmpty()) {
            return List.of(own);
        }
        Set<String> upstream = new HashSet<>();
        for (String s : own.slips()) {
            upstream.add(s);
            upstream.addAll(w.ancestors(s));
        }
        List<Explanation> all = new ArrayList<>(List.of(own));
        List<Explanation> singles = new ArrayList<>();
        for (MistakePattern p : w.graph().mistakePatterns()) {
            if (singles.size() == MAX_SINGLES) {
                break;
            }
            if (p.nodes().stream().anyMatch(upstream::contains)) {
                Explanation e = Explanation.of(w, List.of(p));
                if (e != null) {
                    singles.add(e);
                }
            }
        }
        all.addAll(singles);
        int best = all.stream().mapToInt(Explanation::cost).min().orElseThrow();
        if (best >= 2) { // a pair costs 2 and its slips: only then can it be as cheap or cheaper
            List<Explanation> helpful = singles.stream().filter(e -> e.slips().size() < own.slips().size())
                    .sorted(Comparator.comparingInt(Explanation::cost)).limit(MAX_PAIRED).toList();
            for (int i = 0; i < helpful.size(); i++) {
                for (int j = i + 1; j < helpful.size(); j++) {
                    List<MistakePattern> both = new ArrayList<>(helpful.get(i).patterns());
                    both.addAll(helpful.get(j).patterns());
                    Explanation e = Explanation.of(w, both);
                    if (e != null) {
                        all.add(e);
                    }
                }
            }
        }
        int least = all.stream().mapToInt(Explanation::cost).min().orElseThrow();
        return all.stream().filter(e -> e.cost() == least).toList(); // the own world, if kept, comes first
    }

    /**
     * One explanation of a student's answers: its patterns, the world they make (the student's answers in place,
     * each pattern's alternative formula at its nodes, rounded as the sheet rounds) and the answers it leaves as
     * slips.
     */
    static final class Explanation {
        private final Work w;
        private final List<MistakePattern> patterns;
        private final Map<String, Expr> alternatives;
        private final Lazy<HandComputation> world;
        private final Lazy<Values> points;
        private final Set<String> slips = new HashSet<>();
        /** Per pattern, per node: whether the pattern shows in it; and whether through unasked quantities. */
        private boolean[][] sees;
        private boolean[][] throughUnasked;

        private Explanation(Work w, List<MistakePattern> patterns, Map<String, Expr> alternatives,
                            Lazy<HandComputation> world, Lazy<Values> points) {
            this.w = w;
            this.patterns = List.copyOf(patterns);
            this.alternatives = alternatives;
            this.world = world;
            this.points = points;
            for (Map.Entry<String, Answer> e : w.answers().entrySet()) {
                String k = e.getKey(); // a correct answer is no departure from the path, whatever else it fits
                if (w.windows().containsKey(k) && !w.accepted().contains(k) && !fits(k, e.getValue())) {
                    slips.add(k);
                }
            }
        }

        /** The student's own world: no pattern. */
        static Explanation own(Work w) {
            return new Explanation(w, List.of(), Map.of(), new Lazy<>(w::own), new Lazy<>(w::ownWorld));
        }

        /** The world of these patterns, or null when two of them would change one node. */
        static Explanation of(Work w, List<MistakePattern> patterns) {
            Map<String, Expr> alternatives = new LinkedHashMap<>();
            for (MistakePattern p : patterns) {
                for (String n : p.nodes()) {
                    if (alternatives.put(n, w.graph().get(n).alternatives().get(p.misconception())) != null) {
                        return null;
                    }
                }
            }
            java.util.function.Function<Quantity, Expr> formulas =
                    q -> alternatives.getOrDefault(q.key(), q.formula());
            try {
                HandComputation world = HandComputation.tightOwn(w.exact(), k -> w.decimals(), w.windows(),
                        formulas);
                Values points = w.graph().evaluateWith(w.ownValues(), formulas);
                return new Explanation(w, patterns, alternatives, new Lazy<>(() -> world), new Lazy<>(() -> points));
            } catch (IllegalStateException circular) {
                return null; // alternative formulas that refer to each other: no world
            }
        }

        List<MistakePattern> patterns() {
            return patterns;
        }

        Set<String> slips() {
            return slips;
        }

        int cost() {
            return patterns.size() + slips.size();
        }

        HandComputation world() {
            return world.get();
        }

        private Expr formula(Quantity q) {
            return alternatives.getOrDefault(q.key(), q.formula());
        }

        /** What the key's formula gives in this world (never the student's own answer to it). */
        double value(String key) {
            Quantity q = w.graph().get(key);
            return q.isGiven() ? q.given() : formula(q).eval(points.get()::get);
        }

        /** Whether an answer is what this world gives, by the one tolerance rule. */
        boolean fits(String key, Answer a) {
            return Tolerance.accepts(world().reach(key), value(key), a.value(), a.decimals(), w.marking());
        }

        /**
         * The pattern that enters at this item: it shows there, and in none of the student's wrong earlier
         * answers the item depends on; and its value there separates from the correct one. Null when none does.
         */
        MistakePattern entering(String key) {
            seen();
            int i = index(key);
            for (int p = 0; p < patterns.size(); p++) {
                if (sees[p][i] && !shownEarlier(p, key) && !w.key().accepts(key, mistaken(key), w.decimals())) {
                    return patterns.get(p);
                }
            }
            return null;
        }

        /** Whether some pattern shows in this node. */
        boolean shows(String key) {
            seen();
            for (boolean[] s : sees) {
                if (s[index(key)]) {
                    return true;
                }
            }
            return false;
        }

        /** The pattern that reaches this node through quantities the sheet did not ask (or left blank), or null. */
        MistakePattern repeatedUnasked(String key) {
            seen();
            for (int p = 0; p < patterns.size(); p++) {
                if (throughUnasked[p][index(key)]) {
                    return patterns.get(p);
                }
            }
            return null;
        }

        /** Where the pattern entering at {@code key} is: the item itself, or the nearest unanswered pattern node. */
        String node(MistakePattern p, String key) {
            if (p.nodes().contains(key)) {
                return key;
            }
            List<String> todo = new ArrayList<>(parents(key));
            Set<String> seen = new HashSet<>(todo);
            for (int i = 0; i < todo.size(); i++) {
                String k = todo.get(i);
                if (w.windows().containsKey(k) || w.graph().get(k).isGiven()) {
                    continue;
                }
                if (p.nodes().contains(k)) {
                    return k;
                }
                for (String up : parents(k)) {
                    if (seen.add(up)) {
                        todo.add(up);
                    }
                }
            }
            return key;
        }

        /** What this world gives the item when its own answer is not put in. */
        double mistaken(String key) {
            Map<String, Double> others = new LinkedHashMap<>(w.ownValues());
            others.remove(key);
            return w.graph().evaluateWith(others, this::formula).get(key);
        }

        private boolean shownEarlier(int p, String key) {
            for (String a : w.ancestors(key)) {
                if (w.windows().containsKey(a) && !w.accepted().contains(a) && sees[p][index(a)]) {
                    return true;
                }
            }
            return false;
        }

        private int index(String key) {
            return w.graph().indexOf(key);
        }

        private Set<String> parents(String key) {
            Quantity q = w.graph().get(key);
            Set<String> out = new java.util.LinkedHashSet<>();
            if (!q.isGiven()) {
                formula(q).collectRefs(out);
            }
            return out;
        }

        /**
         * Where each pattern shows: at its nodes, and from an unanswered node it shows in to every node that
         * uses it. Alternative formulas may use later quantities (the updated weights), so until nothing changes.
         */
        private void seen() {
            if (sees != null) {
                return;
            }
            if (patterns.isEmpty()) {
                sees = throughUnasked = new boolean[0][];
                return;
            }
            List<Quantity> qs = w.graph().quantities();
            List<Set<String>> parents = qs.stream().map(q -> parents(q.key())).toList();
            boolean[][] s = new boolean[patterns.size()][qs.size()];
            boolean[][] u = new boolean[patterns.size()][qs.size()];
            for (int p = 0; p < patterns.size(); p++) {
                Set<String> nodes = new HashSet<>(patterns.get(p).nodes());
                boolean changed = true;
                while (changed) {
                    changed = false;
                    for (int i = 0; i < qs.size(); i++) {
                        boolean via = false;
                        for (String k : parents.get(i)) {
                            int j = index(k);
                            via |= s[p][j] && !w.windows().containsKey(k);
                        }
                        boolean shows = via || nodes.contains(qs.get(i).key());
                        boolean unasked = via && (u[p][i] || anyUnaskedSource(p, parents.get(i), nodes, s, u));
                        if (shows != s[p][i] || unasked != u[p][i]) {
                            s[p][i] = shows;
                            u[p][i] = unasked;
                            changed = true;
                        }
                    }
                }
            }
            sees = s;
            throughUnasked = u;
        }

        /** Whether a parent passes the pattern on from an unanswered pattern node (itself, or above it). */
        private boolean anyUnaskedSource(int p, Set<String> parents, Set<String> nodes, boolean[][] s,
                                         boolean[][] u) {
            for (String k : parents) {
                int j = index(k);
                if (s[p][j] && !w.windows().containsKey(k) && (nodes.contains(k) || u[p][j])) {
                    return true;
                }
            }
            return false;
        }
    }
}
