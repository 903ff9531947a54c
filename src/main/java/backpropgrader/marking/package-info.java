/**
 * The core's marker (docs/MARKING.md): one student's answers to one exercise against its variant. {@link
 * backpropgrader.marking.AnswerParser} reads what a person types; {@link backpropgrader.marking.Marker} decides
 * each item — the one tolerance rule ({@link backpropgrader.marking.Tolerance}), follow-through ({@link
 * backpropgrader.marking.FollowThrough}), the catalogued mistake where the error starts ({@link
 * backpropgrader.marking.MisconceptionFinder}), expressions in x ({@link backpropgrader.marking.SymbolicAnswers}).
 * The plain value types the marker needs live here too: {@link backpropgrader.marking.Variant}, {@link
 * backpropgrader.marking.Asked}, {@link backpropgrader.marking.Marking}.
 *
 * <p>Order of use: {@code Marker.mark(variant, typed answers)} gives a {@link
 * backpropgrader.marking.MarkedExercise} with one {@link backpropgrader.marking.ItemResult} per asked key. Each
 * item's {@link backpropgrader.marking.Reason} is data; {@link backpropgrader.marking.ReasonSentence} writes it
 * for an {@link backpropgrader.marking.Audience} (everything for the instructor, less for a student whose course
 * hides it) and {@link backpropgrader.marking.ReasonFields} gives its kind and fields for a results file.
 *
 * <p>Pure, like {@code engine} (checked by {@code CorePurityTest}); uses only {@code engine}.
 */
package backpropgrader.marking;
