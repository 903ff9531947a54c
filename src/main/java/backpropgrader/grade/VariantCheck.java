package backpropgrader.grade;

import backpropgrader.kernel.BadInputException;

import java.util.Collection;
import java.util.function.Function;

/**
 * The class-level check (issue 9, Build 1): when more than half of the files were made for variants of no
 * student of this course, the course secret or the assignment id is not the one {@code generate} used, and every
 * mark and every "correct value" on the feedback pages would be wrong — so grading stops before anything is
 * written. Files with a variant code are judged by it; files without one (typed by hand, older sheets) by their
 * numbers, counting only those with at least 3 numeric answers: such a file fits no variant when not one of
 * them fits the student's own variant ({@link Attribution#fitting}) and fewer than 3 are right for any other
 * student's (a copy of a classmate's fits the classmate's, so copying never stops the class).
 */
final class VariantCheck {

    private VariantCheck() {
    }

    static BadInputException failed(int none, int of) {
        return new BadInputException(none + " of " + of + " submissions were made for variants of no student of this"
                + " course: is this the course secret and assignment id used for generate? (--skip-variant-check"
                + " grades anyway)");
    }

    /**
     * One file without a code: its student's numeric answers, and how many fit their own variant as marked
     * ({@link Attribution#fitting}: correct, or follow-through through the variant's given numbers).
     */
    record Uncoded(Collusion.Answers answers, int own) {
    }

    /**
     * Stops when more than half of the uncoded files with at least 3 numeric answers fit no variant; {@code fitOf}
     * gives each file's fit to the class's variants ({@link Collusion#found}).
     */
    static void uncoded(Collection<Uncoded> files, Function<Collusion.Answers, Collusion.Found> fitOf) {
        int counted = 0;
        int none = 0;
        for (Uncoded u : files) {
            Collusion.Found fit = fitOf.apply(u.answers());
            if (fit.answered() >= Collusion.MIN_ITEMS) {
                counted++;
                none += u.own() == 0 && fit.none() ? 1 : 0;
            }
        }
        if (2 * none > counted) {
            throw failed(none, counted);
        }
    }
}
