package backpropgrader.marking;

import backpropgrader.engine.Misconception;

/**
 * The outcome of the one tolerance decision for one item: the verdict, the catalogued mistake that explains a
 * wrong value (null when none does), and why ({@link Reason}) — what the student's feedback says.
 */
record Decision(Verdict verdict, Misconception misconception, Reason reason) {

    static Decision of(Verdict verdict, Reason reason) {
        return new Decision(verdict, null, reason);
    }
}
