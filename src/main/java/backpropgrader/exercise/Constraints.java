package backpropgrader.exercise;

import backpropgrader.engine.Misconception;

import java.util.Set;

/**
 * What a drawn variant must satisfy before a student gets it; a variant that fails one is redrawn. The names
 * used in reports are the field names of the family file.
 *
 * @param maxAbsZ                every pre-activation of a sigmoid, tanh or softmax layer that the student
 *                               computes (asked, or needed for an asked answer) has |z| ≤ this: no saturation
 * @param reluActive             ReLU nodes (h keys) that must be active (z ≥ reluMargin); "all" = every ReLU node
 * @param reluInactive           ReLU nodes that must be inactive (z ≤ −reluMargin)
 * @param costDecreases          J after each update is lower than before it
 * @param distinguishable        no asked answer could be written as 0 at the sheet's rounding (except allowZero),
 *                               and no two different asked answers could be taken for each other
 * @param misconceptionsSeparate no catalogued misconception (docs/MARKING.md) gives a value the marking would accept
 * @param maxAbsAnswer           every asked answer has |value| ≤ this (numbers a person can work with)
 * @param distinctSamples        no two training samples have the same inputs
 * @param distinctInputs         within a sample, no two inputs are equal
 * @param maxDraws               draws per student before the family is declared impossible
 */
public record Constraints(double maxAbsZ, Set<String> reluActive, boolean allReluActive, Set<String> reluInactive,
                          double reluMargin, boolean costDecreases, boolean distinguishable, Set<String> allowZero,
                          boolean misconceptionsSeparate, Set<Misconception> ignoreMisconceptions, double maxAbsAnswer,
                          boolean distinctSamples, boolean distinctInputs, int maxDraws) {

    public static final String MAX_ABS_Z = "max_abs_z";
    public static final String RELU_ACTIVE = "relu_active";
    public static final String RELU_INACTIVE = "relu_inactive";
    public static final String COST_DECREASES = "cost_decreases";
    public static final String DISTINGUISHABLE = "distinguishable";
    public static final String MAX_ABS_ANSWER = "max_abs_answer";
    public static final String DISTINCT_SAMPLES = "distinct_samples";
    public static final String DISTINCT_INPUTS = "distinct_inputs";
    public static final String FINITE = "finite";
    /** Reported as "misconception:NAME" (and "misconception:swapped-indices"). */
    public static final String MISCONCEPTION = "misconception:";
}
