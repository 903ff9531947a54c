package backpropgrader.marking;

import backpropgrader.engine.Misconception;

/**
 * The outcome of the one tolerance decision for one item: the verdict, the catalogued mistake that explains a
 * wrong value (null when none does), and the reason in a sentence — what the student's feedback shows.
 */
record Decision(Verdict verdict, Misconception misconception, String reason) {

    static Decision of(Verdict verdict, String reason) {
        return new Decision(verdict, null, reason);
    }
}
