package backpropgrader.marking;

import backpropgrader.engine.Misconception;

import java.util.List;

/**
 * Why an item got its verdict, as data: the marker decides, {@link ReasonSentence} writes the sentence for each
 * audience (the instructor's files get everything; a student's page leaves out what the course does not reveal),
 * and {@code results.json} writes the kind and the fields ({@link ReasonFields}). No sentence is ever taken apart
 * again, so a rewording cannot leak what a course hides.
 *
 * <p>The kinds ({@link #kind()}, written as {@code reason_kind}) and their fields (written with the prefix
 * {@code reason_}; keys as the sheet spells them, numbers as JSON numbers, null where a field does not apply). The
 * correct value is the item's {@code expected} and is not repeated.
 * <ul>
 * <li>{@code rounding} ({@link WithinRounding}): correct, within what a careful hand computation can reach.</li>
 * <li>{@code tolerance} ({@link WithinTolerance}): correct, within the absolute or relative tolerance.</li>
 * <li>{@code own-correct} ({@link OwnCorrect}): correct, because the student's own earlier answers, all correct
 *     to the sheet's rounding, give it.</li>
 * <li>{@code follow-through} ({@link FollowThrough}): not correct, but what the student's own earlier answers
 *     give. {@code from}: the nearest of those earlier answers (keys); {@code from_typed}: each as typed.</li>
 * <li>{@code follow-through-mistake} ({@link FollowThroughWithMistake}): not correct, but what the student's own
 *     earlier answers give together with the same catalogued mistake repeated in quantities the sheet did not
 *     ask (the sign flipped in every update, where only some are asked). {@code from}, {@code from_typed} as for
 *     {@code follow-through}; {@code mistake}: the catalogue name of that mistake (the item's
 *     {@code misconception} stays null: the mistake is named where it first entered).</li>
 * <li>{@code no-follow-through} ({@link NoFollowThrough}): what the earlier answers give, but the earlier answer
 *     where the departure entered is trivial (0, 1 or a copied given value) and earns nothing. {@code from},
 *     {@code from_typed} as above; {@code trivial_in}: {@code earlier} (the one earlier answer in {@code from} is
 *     trivial), or {@code this} (this answer is: only in reasons read back from files of earlier versions,
 *     since a value the student's own answers produce is never trivial); {@code trivial}: {@code zero}, {@code one} or {@code given} (for a value at x0 computed from a
 *     typed derivative: {@code constant} or {@code function}, the function itself); {@code given}: the given
 *     value's key (null unless {@code given}).</li>
 * <li>{@code wrong} ({@link Wrong}): wrong, with the correct value. {@code gives}: what the student's arithmetic
 *     expression gives (null for a plain number); {@code not_from}, {@code not_from_typed}: the nearest wrong
 *     earlier answers, whose value it is not either (keys, as typed; empty when there are none).</li>
 * <li>{@code fewer-decimals} ({@link FewerDecimals}): wrong only because the answer has fewer decimals than the
 *     sheet asks and is read as if padded with zeros; as written it would have been correct (or what the
 *     student's own earlier answers give). {@code typed}: the answer as typed; {@code read_as}: as it is read
 *     ({@code 0.08} → {@code 0.080}); {@code from}, {@code from_typed}: the nearest wrong earlier answers whose
 *     value it would have been as written (empty when it would have been correct).</li>
 * <li>{@code misconception} ({@link Mistake}): wrong, and a catalogued mistake (the item's {@code misconception})
 *     explains it. {@code gives} as for {@code wrong}; {@code node}: where the mistake is (the item's own key,
 *     an earlier quantity, or for {@code swapped-indices} the key with the two indices exchanged);
 *     {@code node_asked}: whether the sheet asks for that node; {@code value}: what the mistake gives (for
 *     {@code swapped-indices}, the correct value of the exchanged key).</li>
 * <li>{@code symbolic-wrong} ({@link SymbolicWrong}): an expression in x that is not the derivative. {@code x}:
 *     the point where it differs; {@code gives}: what it gives there (null when not a finite number);
 *     {@code derivative}: what the derivative is there.</li>
 * <li>{@code symbolic-correct} ({@link SymbolicCorrect}): equal to the derivative at every point checked.</li>
 * <li>{@code unreadable} ({@link Unreadable}): wrong because the answer cannot be read as a number (or, for a
 *     symbolic item, as an expression in x). {@code problem}: what the reader found, quoting the text as
 *     typed.</li>
 * <li>{@code missing} ({@link Missing}): not answered.</li>
 * <li>{@code adjusted} ({@link Adjusted}): an instructor's override changed the verdict; the marker's reason is
 *     kept as what it was before. {@code before}: its kind, with its fields beside.</li>
 * <li>any kind above ({@link Recorded}): a reason read back from a results file, as the sentence written there;
 *     no fields.</li>
 * </ul>
 */
public sealed interface Reason {

    WithinRounding ROUNDING = new WithinRounding();
    WithinTolerance TOLERANCE = new WithinTolerance();
    OwnCorrect OWN_CORRECT = new OwnCorrect();
    Missing MISSING = new Missing();

    /** The stable name written as {@code reason_kind}. */
    String kind();

    /** The sentence for the instructor: everything revealed, numbers as the engine writes them. */
    default String sentence() {
        return ReasonSentence.of(this, Audience.INSTRUCTOR);
    }

    /**
     * A correct value as a reason states it.
     *
     * @param decimals the places the sheet asks for
     */
    record Correct(double value, int decimals) {
    }

    /**
     * One of the student's earlier answers, named in a reason.
     *
     * @param notation the key in the lecture's notation ("ŷ_1")
     * @param typed    the answer as typed (stripped), never rewritten
     */
    record Earlier(String key, String notation, String typed) {
    }

    /**
     * Why a value makes the work trivial: it is 0, it is 1, or it equals a given value (its key and notation); for
     * a derivative typed as an expression, it is a constant or the function itself.
     */
    record Trivial(String what, String given, String givenNotation) {
        public static final Trivial ZERO = new Trivial("zero", null, null);
        public static final Trivial ONE = new Trivial("one", null, null);
        /** A derivative typed as a constant: evaluating it at x0 is no work. */
        public static final Trivial CONSTANT = new Trivial("constant", null, null);
        /** The function itself typed as its derivative: evaluating it at x0 is no chain rule. */
        public static final Trivial FUNCTION = new Trivial("function", null, null);

        static Trivial given(String key, String notation) {
            return new Trivial("given", key, notation);
        }
    }

    /** Where a catalogued mistake was found, relative to the item. */
    enum Place { THIS_ITEM, ASKED, NOT_ASKED }

    record WithinRounding() implements Reason {
        public String kind() {
            return "rounding";
        }
    }

    record WithinTolerance() implements Reason {
        public String kind() {
            return "tolerance";
        }
    }

    record OwnCorrect() implements Reason {
        public String kind() {
            return "own-correct";
        }
    }

    /** @param from the nearest of the wrong earlier answers that give this value, in the lecture's order */
    record FollowThrough(List<Earlier> from, Correct correct) implements Reason {
        public FollowThrough {
            from = List.copyOf(from);
        }

        public String kind() {
            return "follow-through";
        }
    }

    /**
     * @param from        the nearest of the wrong earlier answers that give this value, in the lecture's order
     * @param misconception the mistake, named where it first entered, that the student repeated in quantities
     *                    the sheet did not ask
     */
    record FollowThroughWithMistake(List<Earlier> from, Misconception misconception, Correct correct)
            implements Reason {
        public FollowThroughWithMistake {
            from = List.copyOf(from);
        }

        public String kind() {
            return "follow-through-mistake";
        }
    }

    /** @param thisValue whether this answer is the trivial value (else the one earlier answer in {@code from} is) */
    record NoFollowThrough(List<Earlier> from, boolean thisValue, Trivial trivial, Correct correct)
            implements Reason {
        public NoFollowThrough {
            from = List.copyOf(from);
        }

        public String kind() {
            return "no-follow-through";
        }
    }

    /**
     * @param gives   what the typed arithmetic expression gives (rounded as the reason shows it), or null
     * @param notFrom the nearest wrong earlier answers, whose value it is not either
     */
    record Wrong(Correct correct, Double gives, List<Earlier> notFrom) implements Reason {
        public Wrong {
            notFrom = List.copyOf(notFrom);
        }

        public String kind() {
            return "wrong";
        }
    }

    /**
     * @param typed  the answer as typed (stripped), never rewritten
     * @param readAs the same text padded with zeros to the sheet's places, as the rule reads it
     * @param from   the nearest wrong earlier answers whose value it would have been as written; empty when it
     *               would have been correct as written
     */
    record FewerDecimals(Correct correct, String typed, String readAs, List<Earlier> from) implements Reason {
        public FewerDecimals {
            from = List.copyOf(from);
        }

        public String kind() {
            return "fewer-decimals";
        }
    }

    /**
     * @param gives    as for {@link Wrong}
     * @param node     where the mistake is; for {@code swapped-indices}, the key with the indices exchanged
     * @param notation the node in the lecture's notation
     * @param value    what the mistake gives the item
     */
    record Mistake(Correct correct, Double gives, Misconception misconception, String node, String notation,
                   Place place, double value) implements Reason {
        public String kind() {
            return "misconception";
        }
    }

    /**
     * @param gives      what the typed expression gives at x (rounded to 6 places; NaN or ∞ when not finite)
     * @param derivative the derivative at x (rounded to 6 places)
     * @param expected   the reference derivative as an expression in x
     */
    record SymbolicWrong(double x, double gives, double derivative, String expected) implements Reason {
        public String kind() {
            return "symbolic-wrong";
        }
    }

    record SymbolicCorrect(String expected) implements Reason {
        public String kind() {
            return "symbolic-correct";
        }
    }

    /** @param problem the reader's sentence fragment ("'1.5.2' is not a number …"), quoting the text as typed */
    record Unreadable(String problem) implements Reason {
        public String kind() {
            return "unreadable";
        }
    }

    record Missing() implements Reason {
        public String kind() {
            return "missing";
        }
    }

    /** @param before the marker's reason, from before the instructor's adjustment changed the verdict */
    record Adjusted(Reason before) implements Reason {
        public String kind() {
            return "adjusted";
        }
    }

    /**
     * A reason read back from a results file: the kind and the full sentence written there. Its parts are not
     * known, so a page that hides anything shows only what the kind says ({@link ReasonSentence}).
     */
    record Recorded(String kind, String sentence) implements Reason {
    }
}
