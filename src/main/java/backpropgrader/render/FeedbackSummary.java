package backpropgrader.render;

import backpropgrader.engine.Misconception;
import backpropgrader.engine.Numbers;
import backpropgrader.grade.Late;
import backpropgrader.marking.ItemResult;
import backpropgrader.marking.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The top of a marked feedback page: points by exercise, where the points went, and two or three concrete next
 * steps — the lecture section to reread for each catalogued mistake (its hint on the page), the worked solution
 * to follow where a value went wrong without one, and the practice page of the family that cost the most
 * (linked through the course's {@code practice_url}, else named by its file, {@code practice/<family>.html}).
 */
final class FeedbackSummary {

    /** One marked exercise as the summary needs it. */
    record Part(String number, String title, String anchor, List<ItemResult> items, String family, boolean worked) {
        double earned() {
            return Numbers.round(items.stream().mapToDouble(ItemResult::points).sum(), 6);
        }

        double max() {
            return Numbers.round(items.stream().mapToDouble(ItemResult::max).sum(), 6);
        }

        double lost() {
            return Numbers.round(max() - earned(), 6);
        }
    }

    private final NumberFormatter format;
    private final boolean misconceptions;
    private final String practiceUrl;

    FeedbackSummary(NumberFormatter format, boolean misconceptions, String practiceUrl) {
        this.format = format;
        this.misconceptions = misconceptions;
        this.practiceUrl = practiceUrl;
    }

    FeedbackView.Summary of(List<Part> parts, Late late) {
        List<FeedbackView.ExercisePoints> points = new ArrayList<>();
        for (Part p : parts) {
            String percent = p.max() == 0 ? "100" : Numbers.plain(Numbers.round(100 * p.earned() / p.max(), 1));
            points.add(new FeedbackView.ExercisePoints(p.number(), p.title(), p.anchor(),
                    format.plain(p.earned()) + " of " + Pages.points(format, p.max()), percent,
                    p.lost() > 0 ? Pages.points(format, p.lost()) + " lost" : ""));
        }
        return new FeedbackView.Summary(List.copyOf(points), lost(parts, late), next(parts));
    }

    /** "3 points on 3 wrong answers (Exercises 1 and 4)." and the like, one per way of losing points. */
    private List<String> lost(List<Part> parts, Late late) {
        List<String> out = new ArrayList<>();
        add(out, parts, Verdict.WRONG, "wrong answer", "wrong answers");
        add(out, parts, Verdict.MISSING, "item left blank", "items left blank");
        add(out, parts, Verdict.FOLLOW_THROUGH, "follow-through answer (part of the points)",
                "follow-through answers (part of the points each)");
        add(out, parts, Verdict.CORRECT, "correct answer adjusted by your instructor",
                "correct answers adjusted by your instructor");
        if (late != null && late.penalty() > 0) {
            out.add(Pages.points(format, late.penalty()) + " for handing in late.");
        }
        return List.copyOf(out);
    }

    private void add(List<String> out, List<Part> parts, Verdict v, String one, String many) {
        int n = 0;
        double lost = 0;
        List<String> where = new ArrayList<>();
        for (Part p : parts) {
            int here = 0;
            for (ItemResult i : p.items()) {
                if (i.verdict() == v && i.points() < i.max()) {
                    here++;
                    lost += i.max() - i.points();
                }
            }
            n += here;
            if (here > 0) {
                where.add(p.number());
            }
        }
        if (n > 0) {
            out.add(Pages.points(format, Numbers.round(lost, 6)) + " on " + n + " " + (n == 1 ? one : many) + " ("
                    + exercises(where) + ").");
        }
    }

    /** "Exercise 3", "Exercises 1 and 4", "Exercises 1, 2 and 5". */
    static String exercises(List<String> numbers) {
        if (numbers.size() == 1) {
            return "Exercise " + numbers.get(0);
        }
        return "Exercises " + String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and "
                + numbers.get(numbers.size() - 1);
    }

    /** At most two steps for what went wrong (mistakes first), then the practice page. */
    private List<FeedbackView.NextStep> next(List<Part> parts) {
        List<FeedbackView.NextStep> out = new ArrayList<>();
        if (misconceptions) {
            mistakes(parts, out);
        }
        Part unexplained = most(parts, i -> i.verdict() == Verdict.WRONG
                && (!misconceptions || i.misconception() == null));
        if (out.size() < 2 && unexplained != null) {
            out.add(unexplained.worked()
                    ? new FeedbackView.NextStep("Follow the worked solution of Exercise " + unexplained.number()
                    + " step by step", "and find the first step where your value differs from it: that is where"
                    + " to look again. It is at the end of", "Exercise " + unexplained.number(),
                    "#" + unexplained.anchor() + "-worked")
                    : new FeedbackView.NextStep("Redo Exercise " + unexplained.number() + " with the lecture's"
                    + " steps beside you", "and find the first value that differs from the lecture's formula.",
                    null, null));
        }
        Part blank = most(parts, i -> i.verdict() == Verdict.MISSING);
        if (out.size() < 2 && blank != null) {
            out.add(new FeedbackView.NextStep("Answer every item", "even when you are unsure of an early one: a"
                    + " later answer that follows correctly from yours still earns follow-through points.", null,
                    null));
        }
        Part practice = most(parts, i -> i.points() < i.max());
        if (practice == null && !parts.isEmpty()) {
            practice = parts.get(0);
        }
        if (practice != null && practice.family() != null) {
            String file = PracticePage.fileName(practice.family());
            String lead = out.isEmpty() ? "Nothing to fix. For more practice" : "Practise on fresh numbers";
            out.add(practiceUrl == null
                    ? new FeedbackView.NextStep(lead, "with the practice page for " + practice.title()
                    + " from your instructor:", file, null)
                    : new FeedbackView.NextStep(lead, "with", "the practice page for " + practice.title(),
                    join(practiceUrl, file)));
        }
        return List.copyOf(out);
    }

    /** A step per catalogued mistake, the one behind most items first, at most two. */
    private void mistakes(List<Part> parts, List<FeedbackView.NextStep> out) {
        Map<String, List<Part>> where = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        for (Part p : parts) {
            for (ItemResult i : p.items()) {
                if (i.misconception() != null && Misconception.byId(i.misconception()).isPresent()) {
                    count.merge(i.misconception(), 1, Integer::sum);
                    List<Part> in = where.computeIfAbsent(i.misconception(), k -> new ArrayList<>());
                    if (!in.contains(p)) {
                        in.add(p);
                    }
                }
            }
        }
        count.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(2).forEach(e -> {
                    Misconception c = Misconception.byId(e.getKey()).orElseThrow();
                    Part first = where.get(e.getKey()).get(0);
                    List<String> numbers = where.get(e.getKey()).stream().map(Part::number).toList();
                    String items = e.getValue() == 1 ? "One of your answers fits" : e.getValue()
                            + " of your answers fit";
                    out.add(new FeedbackView.NextStep("Reread the lecture, " + c.lecture() + ".", items
                            + " a known mistake, " + c.title() + " (" + exercises(numbers) + "); see",
                            "the hint", "#" + MistakeViews.anchor(first.anchor(), c.id())));
                });
    }

    /** The part with the most points lost on items that {@code which} picks, or null when none has any. */
    private static Part most(List<Part> parts, java.util.function.Predicate<ItemResult> which) {
        Part best = null;
        double most = 0;
        for (Part p : parts) {
            double lost = p.items().stream().filter(which).mapToDouble(i -> i.max() - i.points()).sum();
            boolean any = p.items().stream().anyMatch(which);
            if (any && (best == null || lost > most)) {
                best = p;
                most = lost;
            }
        }
        return best;
    }

    private static String join(String base, String file) {
        return base.endsWith("/") ? base + file : base + "/" + file;
    }
}
