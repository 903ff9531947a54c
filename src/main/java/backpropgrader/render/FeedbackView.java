package backpropgrader.render;

import backpropgrader.marking.Verdict;
import freemarker.core.TemplateHTMLOutputModel;

import java.util.List;

/**
 * What {@code feedback.ftlh} gets: every number already written in the page's locale, every formula markup, every
 * choice about what the course reveals already made. Records only; {@link FeedbackViews} builds them.
 *
 * @param status       null for a marked submission; else why there is nothing (or nothing yet) to mark
 * @param notes        what was odd about the submission (an exercise or key that is not on the sheet), as sentences
 * @param hidden       what the course keeps back, said once so that a missing column is not taken for a fault
 * @param showExpected whether the items have a "correct value" column
 * @param summary      points by exercise, where they went and what to do next; null when nothing was marked
 * @param accepted     what each "accepted" tag on a correct item means, said once for the page (only the tags used)
 */
public record FeedbackView(String lang, String courseTitle, String assignment, String studentId, String studentName,
                           Score score, Status status, List<String> notes, List<String> hidden, boolean showExpected,
                           List<Mark> legend, Summary summary, List<Accepted> accepted, List<Exercise> exercises,
                           String provenance) {

    /**
     * @param earned     points earned, or null when nothing could be marked
     * @param percentage "72.9%", or null
     */
    public record Score(String earned, String max, String percentage, String line) {
    }

    /** A submission that was not marked: a heading, a kind explanation, for a file what was wrong where, what to do. */
    public record Status(String id, String heading, String explanation, String error, String advice) {
    }

    /** A verdict as shown: never colour alone, always its word and an icon too. */
    public record Mark(String id, String word, String icon, String meaning) {

        static Mark of(Verdict v) {
            return switch (v) {
                case CORRECT -> new Mark(v.id(), "correct", "✓", "full points");
                case FOLLOW_THROUGH -> new Mark(v.id(), "follow-through", "↪",
                        "not the correct value, but right for your own earlier answers");
                case WRONG -> new Mark(v.id(), "wrong", "✗", "no points");
                case MISSING -> new Mark(v.id(), "missing", "○", "not answered");
            };
        }
    }

    /**
     * The top of a marked page.
     *
     * @param exercises points by exercise
     * @param lost      where the points went, a sentence each (empty when none were lost)
     * @param next      two or three concrete things to do next
     */
    public record Summary(List<ExercisePoints> exercises, List<String> lost, List<NextStep> next) {
    }

    /** @param percent the share earned, as a CSS width ("95.8"); {@code lost} "1 point lost", or "" */
    public record ExercisePoints(String number, String title, String anchor, String points, String percent,
                                 String lost) {
    }

    /**
     * One thing to do: what ({@code lead}), why ({@code text}), and where — a link ({@code href}) or, when there is
     * no address, the name of the page to ask for ({@code place}).
     */
    public record NextStep(String lead, String text, String place, String href) {
    }

    /** A tag on a correct item that needed the rounding-aware rule or the tolerance, and what it means. */
    public record Accepted(String tag, String meaning) {
    }

    /** @param mistakes each catalogued mistake found in this exercise, once, with its hint */
    public record Exercise(String number, String id, String title, String anchor, String points, String tally,
                           List<Item> items, List<Mistake> mistakes, Worked worked) {
    }

    /**
     * One asked item.
     *
     * @param typed         the student's value as they typed it, or null when not answered
     * @param expected      the correct value (or the reference expression), or null when the course hides it
     * @param exact         the exact value where it has more places than the rounded {@code expected}, else null
     * @param reason        why, in the lecture's notation; null where it would add nothing (a plainly correct or
     *                      unanswered item)
     * @param accepted      the tag of a correct answer accepted within rounding or tolerance ({@link Accepted}), or null
     * @param mistake       the anchor of this exercise's hint for the mistake behind this value, or null
     * @param override      the instructor's reason when they adjusted this item, else null
     */
    public record Item(String anchor, TemplateHTMLOutputModel label, String plain, String key, String typed, Mark mark,
                       String points, String expected, String exact, TemplateHTMLOutputModel reason, String accepted,
                       String mistake, String override) {
    }

    /**
     * A catalogued mistake found in an exercise, said once however many items it explains.
     *
     * @param name    its catalogue name (shown small, as the report and results.json call it)
     * @param items   the items whose values it explains, in the lecture's notation
     * @param node    where the mistake is (an item, or a quantity the sheet does not ask), or null
     * @param used    what the student's value fits at {@code node}, from the graph's formula for the mistake
     * @param instead what the lecture's formula has there; null (as {@code used}) when the graph has no formula
     * @param whole   whether {@code used} and {@code instead} are whole formulas for {@code node} (else the
     *                factors in which they differ)
     * @param hint    the catalogue's hint, its quantities in the lecture's notation
     * @param lecture the part of the lecture to reread
     */
    public record Mistake(String anchor, String name, String title, List<TemplateHTMLOutputModel> items,
                          TemplateHTMLOutputModel node, TemplateHTMLOutputModel used, TemplateHTMLOutputModel instead,
                          boolean whole, TemplateHTMLOutputModel hint, String lecture) {
    }

    /** The worked solution in the lecture's steps; {@code own} when it follows the student's own numbers. */
    public record Worked(String title, String note, boolean own, List<Section> sections) {
    }

    public record Section(String title, List<Step> steps) {
    }

    /**
     * A step as the instructor's worked solutions typeset it, with the student's answer where it was asked.
     *
     * @param notAsked whether the sheet did not ask this computed step (shown so that the next steps follow)
     */
    public record Step(WorkedView.Step math, Yours yours, boolean notAsked) {
    }

    /** The student's answer to a step that was asked: as typed (null if not answered), its verdict, a note. */
    public record Yours(String typed, Mark mark, String note) {
    }
}
