package backpropgrader.grade;

import backpropgrader.kernel.Excerpt;
import backpropgrader.marking.ItemResult;
import backpropgrader.marking.MarkedExercise;
import backpropgrader.marking.Marker;

import backpropgrader.engine.Numbers;
import backpropgrader.marking.Asked;
import backpropgrader.exercise.Student;
import backpropgrader.marking.Variant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Marks one roster student's submission against their variants: matches the submission's exercises and keys
 * to what was asked (keys as people write them: spaces, ∂, ŷ and λ are accepted), reports what does not match
 * as warnings, and marks every exercise. A submission with nothing answered at all (the blank template handed
 * back, or a form saved before anything was typed) is flagged {@value Flags#BLANK} for the instructor and
 * explained to the student in a warning ({@link Flags#blank}).
 */
final class StudentGrader {

    /** Unknown exercises (and unknown keys of an exercise) named one by one in the warnings; the rest are counted. */
    private static final int NAMED = 20;

    /** The result and, for feedback pages, every marked exercise. */
    record Graded(StudentResult result, List<MarkedExercise> marked) {
    }

    private StudentGrader() {
    }

    static Graded grade(Student s, List<Variant> variants, Submission sub, List<String> identityWarnings) {
        List<String> warnings = new ArrayList<>(identityWarnings);
        warnings.addAll(sub.warnings());
        Map<String, Map<String, String>> byExercise = match(variants, sub, warnings);
        List<MarkedExercise> marked = new ArrayList<>();
        List<ItemResult> items = new ArrayList<>();
        double score = 0;
        for (Variant v : variants) {
            MarkedExercise m = Marker.mark(v, byExercise.getOrDefault(v.exerciseId(), Map.of()));
            marked.add(m);
            items.addAll(m.items());
            score += m.score();
        }
        List<String> flags = Flags.blank(items);
        if (flags.contains(Flags.BLANK)) {
            warnings.add(sub.source() + ": nothing in this file is answered, so it earned no points. If it is the blank"
                    + " answer template (answers-blank.json or answers-blank.txt), the file to hand in is the one your"
                    + " sheet's Save answers button saves (" + s.id() + "-…-answers.json), or the template with your"
                    + " answers written in.");
        }
        StudentResult r = new StudentResult(s.id(), s.name(), Status.GRADED, Numbers.round(score, 6),
                maxPoints(variants), null, flags, items, sub.source(), warnings);
        return new Graded(r, marked);
    }

    static double maxPoints(List<Variant> variants) {
        return Numbers.round(variants.stream().mapToDouble(Variant::maxPoints).sum(), 6);
    }

    /** The submission's answers under the asked keys of each exercise; everything else becomes a warning. */
    private static Map<String, Map<String, String>> match(List<Variant> variants, Submission sub,
                                                          List<String> warnings) {
        Map<String, Variant> byId = new LinkedHashMap<>();
        variants.forEach(v -> byId.put(v.exerciseId(), v));
        Map<String, Map<String, String>> out = new HashMap<>();
        int unknownExercises = 0;
        for (Map.Entry<String, Map<String, String>> ex : sub.answers().entrySet()) {
            Variant v = exercise(byId, ex.getKey());
            if (v == null) {
                if (++unknownExercises <= NAMED) {
                    warnings.add(sub.source() + ": the exercise " + Excerpt.quoted(ex.getKey()) + " is not in this"
                            + " assignment (it has " + String.join(", ", byId.keySet()) + "); its answers were not"
                            + " marked.");
                }
                continue;
            }
            Map<String, String> asked = new LinkedHashMap<>();
            int unknownKeys = 0;
            for (Map.Entry<String, String> kv : ex.getValue().entrySet()) {
                String key = asked(v, kv.getKey());
                if (key == null) {
                    boolean known = v.graph() != null && v.graph().has(normalise(kv.getKey()));
                    if (++unknownKeys <= NAMED) {
                        warnings.add(sub.source() + ": [" + v.exerciseId() + "] " + Excerpt.of(kv.getKey()) + (known
                                ? " is not asked on this sheet" : " is not a quantity of this exercise")
                                + "; the answer was not marked.");
                    }
                } else if (asked.put(key, kv.getValue()) != null) {
                    warnings.add(sub.source() + ": [" + v.exerciseId() + "] " + key + " is answered twice; the"
                            + " later value counts.");
                }
            }
            if (unknownKeys > NAMED) {
                warnings.add(sub.source() + ": [" + v.exerciseId() + "] " + (unknownKeys - NAMED) + " more keys are"
                        + " not asked on this sheet; their answers were not marked.");
            }
            out.merge(v.exerciseId(), asked, (a, b) -> {
                a.putAll(b);
                return a;
            });
        }
        if (unknownExercises > NAMED) {
            warnings.add(sub.source() + ": " + (unknownExercises - NAMED) + " more exercises are not in this"
                    + " assignment; their answers were not marked.");
        }
        return out;
    }

    private static Variant exercise(Map<String, Variant> byId, String id) {
        Variant v = byId.get(id.strip());
        if (v != null) {
            return v;
        }
        List<Variant> folded = byId.values().stream().filter(x -> x.exerciseId().equalsIgnoreCase(id.strip())).toList();
        return folded.size() == 1 ? folded.get(0) : null;
    }

    /** The asked key a written key means, or null. */
    private static String asked(Variant v, String written) {
        String k = normalise(written);
        for (Asked a : v.asked()) {
            if (a.key().equals(k)) {
                return a.key();
            }
        }
        return null;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+"); // compiled once: every answer's key passes here

    /** A key as the contract spells it: no spaces, d for ∂, yhat for ŷ, lambda for λ. */
    static String normalise(String key) {
        String k = SPACES.matcher(key).replaceAll("").replace('∂', 'd').replace("ŷ", "yhat").replace("λ", "lambda");
        return k.toLowerCase(Locale.ROOT).equals("lambda") ? "lambda" : k;
    }
}
