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
 */
public record FeedbackView(String lang, String courseTitle, String assignment, String studentId, String studentName,
                           Score score, Status status, List<String> notes, List<String> hidden, boolean showExpected,
                           List<Mark> legend, List<Exercise> exercises, String provenance) {

    /**
     * @param earned     points earned, or null when nothing could be marked
     * @param percentage "72.9%", or null
     */
    public record Score(String earned, String max, String percentage, String line) {
    }

    /** A submission that was not marked: a heading, a kind explanation and, for a file, what was wrong where. */
    public record Status(String id, String heading, String explanation, String error) {
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

    public record Exercise(String number, String id, String title, String anchor, String points, String tally,
                           List<Item> items, Worked worked) {
    }

    /**
     * One asked item.
     *
     * @param typed         the student's value as they typed it, or null when not answered
     * @param expected      the correct value (or the reference expression), or null when the course hides it
     * @param exact         the exact value where it has more places than the rounded {@code expected}, else null
     * @param misconception null unless the course names misconceptions and one explains this value
     * @param override      the instructor's reason when they adjusted this item, else null
     */
    public record Item(String anchor, TemplateHTMLOutputModel label, String plain, String key, String typed, Mark mark,
                       String points, String expected, String exact, String reason, Misconception misconception,
                       String override) {
    }

    /** A catalogued mistake: its contract name, what it is in a few words, and the hint (null if not catalogued). */
    public record Misconception(String name, String title, String hint) {
    }

    /** The worked solution in the lecture's steps; {@code own} when it follows the student's own numbers. */
    public record Worked(String title, String note, boolean own, List<Section> sections) {
    }

    public record Section(String title, List<Step> steps) {
    }

    /** A step as the instructor's worked solutions typeset it, with the student's answer where it was asked. */
    public record Step(WorkedView.Step math, Yours yours) {
    }

    /** The student's answer to a step that was asked: as typed (null if not answered), its verdict, a note. */
    public record Yours(String typed, Mark mark, String note) {
    }
}
