package backpropgrader.engine;

import java.util.Optional;

/**
 * The misconception catalogue of docs/MARKING.md (the names are a contract, and this is the one place they are
 * spelt), each with what the student did and a one-paragraph hint that points to the lecture's formula (Week
 * 9.1). The node-level ones key the graph's alternative formulas ({@code Quantity.alternatives()});
 * {@link #SWAPPED_INDICES} is recognised by the marker from the keys ({@code Key.swapped()}).
 */
public enum Misconception {
    SIGN_ERROR("sign-error", "the update's sign flipped (w + λ·∂J/∂w)",
            "Gradient descent steps against the gradient: `w_new` = `w_old` − `λ`·`∂J/∂w` (section 1.1, \"Then by"
            + " using the gradient descent method\", and step 4 of Example 1). Your value is `w_old` + `λ`·`∂J/∂w`."
            + " With a negative gradient the weight grows: Example 1 gives `w[2]_1,1,new` = 1 − 0.1 × (−1.744) ="
            + " 1.174."),
    NO_BATCH_MEAN("no-batch-mean", "the per-sample values summed instead of averaged",
            "With several training samples the cost is the mean of the samples' costs, `J` = 1/T Σₜ `J(t)`, so the"
            + " gradient is the mean of the per-sample gradients too: `∂J/∂w` = 1/T Σₜ `∂J(t)/∂w` (section 1.2,"
            + " \"Multiple training set\"). Your value uses the sum; divide by the number of samples, as Example 2"
            + " does: (−1.173 − 3.229 − 5.516)/3."),
    MISSING_HALF("missing-half", "the ½ of the cost dropped",
            "The squared-error cost has a ½ in front, `J` = ½(`ŷ` − `y`)², precisely so that its derivative is"
            + " `∂J/∂ŷ` = `ŷ` − `y` with no factor 2 (section 1.1; section 2 for several outputs and samples). Your"
            + " value is twice the correct one: the ½ was dropped from `J`, or a 2 was kept in its derivative."),
    WRONG_ACTIVATION_DERIVATIVE("wrong-activation-derivative", "the derivative of another activation used",
            "Each activation has its own derivative, and a node's error term uses the derivative of that node's own"
            + " activation (section 1.1, \"Remember this result\", for the sigmoid; section 1.2, Example 2, for"
            + " tanh; Quiz 1.2 for ReLU). Your value uses the derivative of a different activation from the one the"
            + " network has there."),
    PRE_ACTIVATION_FOR_ACTIVATION("pre-activation-for-activation", "z used where the formula has h",
            "The next layer and the gradients use a node's activation `h` = f(`z`), not its pre-activation `z`:"
            + " `ŷ_1` = `w[2]_1,1`·`h_1` + `w[2]_2,1`·`h_2` and `∂J/∂w[2]_1,1` = (`ŷ_1` − `y_1`)·`h_1` (section 1.1,"
            + " Example 1, steps 1 and 2). Your value uses `z` where the formula has `h`: apply the activation"
            + " first."),
    SWAPPED_INDICES("swapped-indices", "the two indices of the weight exchanged",
            "`w[l]_n,m` is the weight from node n of layer l − 1 to node m of layer l (section 1.1), so"
            + " `∂J/∂w[1]_n,m` = (`ŷ_1` − `y_1`)·`w[2]_m,1`·`h_m`(1 − `h_m`)·`x_n` uses the error of hidden node m and"
            + " the input `x_n`. Your value is the one for `w[l]_m,n`: the two indices are exchanged."),
    UPDATED_WEIGHTS_IN_BACKPROP("updated-weights-in-backprop", "the new weights used in the backward pass",
            "The backward pass uses the same weights as the forward pass; the weights are all updated together"
            + " only once every gradient is known (section 1.1, Example 1: steps 2 and 3 use `w[2]_1,1` = 1, step 4"
            + " updates). Your value uses the already-updated output weights in a hidden-layer gradient."),
    STALE_WEIGHTS("stale-weights", "the weights from before the update used",
            "The second round's forward pass uses the updated weights from step 4 (section 1.1, Example 1,"
            + " step 5: `z_1` = 0.539 × 1 + 1.519 × 0.5 = 1.299). Your value is computed with the weights from"
            + " before the update."),
    NO_LEARNING_RATE("no-learning-rate", "the gradient subtracted without λ",
            "The step is the gradient scaled by the learning rate: `w_new` = `w_old` − `λ`·`∂J/∂w` (section 1.1,"
            + " step 4, with `λ` = 0.1 in Example 1 and `λ` = 1 in Example 2). Your value subtracts the gradient"
            + " itself, without multiplying by `λ`.");

    private final String id;
    private final String title;
    private final String hint;

    Misconception(String id, String title, String hint) {
        this.id = id;
        this.title = title;
        this.hint = hint;
    }

    /** The catalogue name, as results.json writes it. */
    public String id() {
        return id;
    }

    /** What the student did, in a few words ("the update's sign flipped (w + λ·∂J/∂w)"). */
    public String title() {
        return title;
    }

    /**
     * One paragraph for the feedback page, pointing to the lecture's formula. Quantities stand between backquotes
     * as the graph displays keys (`∂J/∂w[2]_1,1`, `ŷ_1`, or with letters for any index: `w[l]_n,m`), so that a
     * renderer writes them in its reader's notation ({@code marking.ReasonSentence.hint}).
     */
    public String hint() {
        return hint;
    }

    /** The part of the lecture to reread: the section (and worked step) the hint points to. */
    public String lecture() {
        return switch (this) {
            case SIGN_ERROR, NO_LEARNING_RATE -> "section 1.1, Example 1, step 4 (update weights)";
            case NO_BATCH_MEAN -> "section 1.2 (multiple training set), Example 2";
            case MISSING_HALF -> "section 1.1, the cost and its derivative (section 2 for several outputs)";
            case WRONG_ACTIVATION_DERIVATIVE -> "section 1.1, \"Remember this result\", and section 1.2, Example 2";
            case PRE_ACTIVATION_FOR_ACTIVATION -> "section 1.1, Example 1, steps 1 and 2";
            case SWAPPED_INDICES -> "section 1.1, where a weight's two indices are defined";
            case UPDATED_WEIGHTS_IN_BACKPROP -> "section 1.1, Example 1, steps 2 to 4";
            case STALE_WEIGHTS -> "section 1.1, Example 1, step 5 (the second round)";
        };
    }

    /**
     * The misconception of a catalogue name, or empty when the name is not in the catalogue: a reader of a file
     * that names one says so, with {@link #names()}.
     */
    public static Optional<Misconception> byId(String id) {
        for (Misconception m : values()) {
            if (m.id.equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Every catalogue name in the catalogue's order, for a message: "sign-error, no-batch-mean, …". */
    public static String names() {
        StringBuilder out = new StringBuilder();
        for (Misconception m : values()) {
            out.append(out.length() == 0 ? "" : ", ").append(m.id);
        }
        return out.toString();
    }
}
