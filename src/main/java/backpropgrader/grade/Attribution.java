package backpropgrader.grade;

import backpropgrader.kernel.Excerpt;

import backpropgrader.engine.Quantity;
import backpropgrader.engine.QuantityGraph;
import backpropgrader.marking.Answer;
import backpropgrader.marking.ItemResult;
import backpropgrader.marking.MarkedExercise;
import backpropgrader.marking.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Whose a submission is (docs/FORMATS.md "Submission", issue 9 Build 1–2, issue 14.3). The {@code student} field and
 * the file name are claims to check; the variant code says for whose variant the file was made, and, without a
 * code, the fit of the numbers does. An LMS identity from the LMS's own ids is final; a match by display name, or
 * a download that names no one, counts only when the code or the fit confirms it.
 * <ul>
 *   <li>field and file name agree (or only one names a roster student): that student. A code of another
 *       student's variant is copying, not mislabelling: the flag {@code collusion:<owner>}, never a reassignment.</li>
 *   <li>they disagree: the one the code confirms; without a code, the one whose variant the numbers fit (at least
 *       {@link #CONFIRMS} fitting it, {@link #fitting}, and fewer the other); when nothing confirms either, the field. Either
 *       way the file is listed under "needs attention", and its numbers raise no collusion flag.</li>
 *   <li>a code of no student of this course: graded as claimed, and listed.</li>
 * </ul>
 * What each source said goes into the {@link Attention} entry (instructor-only); the warning on the student's own
 * result names no other student.
 */
final class Attribution {

    /** Numbers correct for a variant that make it "theirs": the collusion index's minimum too. */
    static final int CONFIRMS = Collusion.MIN_ITEMS;

    enum Kind { GRADED, UNKNOWN, REFUSED }

    /**
     * @param students    the roster ids it counts for (an LMS group submission: every member); empty unless GRADED
     * @param own         its claims and code agree (or the LMS's own ids say so): it wins over any other claim
     * @param warnings    for the student's own result (naming no one else)
     * @param flags       instructor-only flags it raises ({@code collusion:<owner>} from a foreign code)
     * @param trustFit    whether the collusion index may flag its student from its numbers (not for a disputed file)
     * @param attention   the entry for "needs attention", or null
     * @param unknown     for UNKNOWN: the id it names and why it was not marked
     * @param strength    how much says it is theirs, to choose among a student's own files: the LMS's ids 8, a
     *                    matching code 4, the file name 2, the student field 1 (added up)
     */
    record Decision(Kind kind, List<String> students, boolean own, List<String> warnings, List<String> flags,
                    boolean trustFit, Attention attention, String unknownId, String unknown, int strength) {

        static Decision graded(List<String> students, boolean own, List<String> warnings, List<String> flags,
                               boolean trustFit, Attention attention, int strength) {
            return new Decision(Kind.GRADED, List.copyOf(students), own, List.copyOf(warnings), List.copyOf(flags),
                    trustFit, attention, null, null, strength);
        }

        static Decision refused(Attention attention) {
            return new Decision(Kind.REFUSED, List.of(), false, List.of(), List.of(), false, attention, null, null, 0);
        }
    }

    static final int LMS_ID = 8;
    static final int CODE = 4;
    static final int NAME = 2;
    static final int FIELD = 1;

    private final Identity identity;
    private final Map<String, String> codes;
    private final Function<String, String> ownerOf;
    private final BiFunction<Submission, String, Integer> fit;

    /**
     * @param codes   every roster student's variant code → its owner (the student id, or {@code group:<name>})
     * @param ownerOf a roster id → whose variant the student works
     * @param fit     how many of a submission's numbers are correct for a roster student's variant
     */
    Attribution(Identity identity, Map<String, String> codes, Function<String, String> ownerOf,
                BiFunction<Submission, String, Integer> fit) {
        this.identity = identity;
        this.codes = codes;
        this.ownerOf = ownerOf;
        this.fit = fit;
    }

    /** Whose variant a written code is: its owner, {@link Attention#NO_ONE}, or null when the file has none. */
    String codeOwner(String written) {
        if (written == null) {
            return null;
        }
        String normal = backpropgrader.exercise.VariantCode.normalise(written);
        String owner = normal == null ? null : codes.get(normal);
        return owner == null ? Attention.NO_ONE : owner;
    }

    private boolean codeIs(String code, String id) {
        return code != null && code.equals(ownerOf.apply(id));
    }

    /**
     * A file that names its student itself: a plain folder's, or one an LMS download names no one for
     * ({@code confirm}: blind marking, an anonymous or unmatched download, where the code or the fit must
     * confirm the claim because the LMS identity it carries would go to that student).
     */
    Decision ofFile(Submission sub, boolean confirm) {
        String raw = sub.student();
        String field = raw == null ? null : identity.id(raw);
        String byName = sub.fileName() == null ? null : identity.fromFileName(SubmissionReader.stem(sub.fileName()));
        String code = codeOwner(sub.variant());
        if (field != null && byName != null && !field.equals(byName)) {
            return disputed(sub, field, byName, code, confirm);
        }
        List<String> warnings = new ArrayList<>();
        String id = field != null ? field : byName;
        if (raw != null && field == null && byName != null) {
            warnings.add(sub.source() + ": the student field " + Excerpt.quoted(raw) + " is not on the roster;"
                    + " graded as " + byName + ", from the file name.");
        }
        if (id == null) {
            String named = raw != null ? raw : sub.fileName() == null ? "" : SubmissionReader.stem(sub.fileName());
            String how = raw != null ? "the student field" : "the file name";
            String whose = code == null || code.equals(Attention.NO_ONE) ? ""
                    : " Its variant code is " + code + "'s; check whether it is theirs.";
            return new Decision(Kind.UNKNOWN, List.of(), false, warnings, List.of(), false, null, named,
                    sub.source() + ": " + Excerpt.quoted(named) + " (from " + how + ") is not on the roster of "
                            + identity.size() + " students; its answers were not marked." + whose, 0);
        }
        if (confirm && !codeIs(code, id) && fit.apply(sub, id) < CONFIRMS) {
            return Decision.refused(new Attention(sub.source(), null, new Attention.Said(raw, byName, code, null),
                    "not graded, and nothing is exported for it: the download does not say whose it is, and"
                            + " neither its variant code nor its numbers confirm its claim to be " + id + "'s."));
        }
        return agreed(sub, List.of(id), code, raw, byName, warnings, (id.equals(field) ? FIELD : 0)
                + (id.equals(byName) ? NAME : 0));
    }

    /**
     * A file the LMS download matched to {@code owners}: by the LMS's own ids (final), or by display name only
     * ({@code byName}), which counts only when the code or the fit confirms it.
     */
    Decision ofLms(Submission sub, List<String> owners, boolean byName) {
        String code = codeOwner(sub.variant());
        String raw = sub.student();
        String who = String.join(", ", owners);
        if (byName && owners.stream().noneMatch(id -> codeIs(code, id)) && fit.apply(sub, owners.get(0)) < CONFIRMS) {
            return Decision.refused(new Attention(sub.source(), null, new Attention.Said(raw, who, code, null),
                    "not graded, and nothing is exported for it: the download matched it to " + who + " by the"
                            + " display name alone, and neither its variant code nor its numbers confirm that."));
        }
        List<String> warnings = new ArrayList<>();
        if (raw != null && !owners.contains(identity.id(raw))) {
            warnings.add(sub.source() + ": its student field names someone else; the LMS download says it is "
                    + (owners.size() == 1 ? "this student's" : "this group's") + ", and that counts.");
        }
        return agreed(sub, owners, code, raw, who, warnings, byName ? NAME : LMS_ID);
    }

    /** The claims agree: the code confirms them, says copying, says no one, or there is none. */
    private Decision agreed(Submission sub, List<String> ids, String code, String raw, String byName,
                            List<String> warnings, int strength) {
        if (code == null || ids.stream().anyMatch(id -> codeIs(code, id))) {
            return Decision.graded(ids, true, warnings, List.of(), true, null, strength + (code == null ? 0 : CODE));
        }
        if (code.equals(Attention.NO_ONE)) {
            warnings.add(sub.source() + ": its variant code " + Excerpt.quoted(sub.variant()) + " is not that of any"
                    + " sheet of this assignment; it was graded against your own variant.");
            return Decision.graded(ids, false, warnings, List.of(), true, new Attention(sub.source(), ids.get(0),
                    new Attention.Said(raw, byName, code, null), "graded as " + String.join(", ", ids) + ", as it"
                    + " claims; its variant code is no sheet's of this assignment (a sheet of another course or"
                    + " assignment, or a mistyped code?)."), strength);
        }
        return Decision.graded(ids, false, warnings, List.of(Flags.COLLUSION + code), true, null, strength);
    }

    /** Field and file name name two roster students: the code decides, else the fit, else the field. */
    private Decision disputed(Submission sub, String field, String byName, String code, boolean confirm) {
        String raw = sub.student();
        String decided = field;
        String fitSaid = null;
        String why;
        String basis = "its variant code is that of your sheet";
        boolean confirmed = true;
        if (codeIs(code, field) && codeIs(code, byName)) {
            why = "both work the variant its code names; the student field is kept";
        } else if (codeIs(code, field)) {
            why = "its variant code is " + field + "'s, as the student field says";
        } else if (codeIs(code, byName)) {
            decided = byName;
            why = "its variant code is " + byName + "'s, as the file name says";
        } else if (code != null && !code.equals(Attention.NO_ONE)) {
            confirmed = false;
            why = "its variant code is neither's but " + code + "'s, so nothing confirms either";
        } else {
            int forField = fit.apply(sub, field);
            int forName = fit.apply(sub, byName);
            basis = "its numbers fit your variant";
            if (forField >= CONFIRMS && forName < CONFIRMS) {
                fitSaid = field;
                why = forField + " of its numbers are right for " + field + "'s variant, too few for " + byName + "'s";
            } else if (forName >= CONFIRMS && forField < CONFIRMS) {
                decided = byName;
                fitSaid = byName;
                why = forName + " of its numbers are right for " + byName + "'s variant, too few for " + field + "'s";
            } else {
                confirmed = false;
                why = (code == null ? "it has no variant code" : "its variant code is no sheet's of this assignment")
                        + " and its numbers fit neither variant better, so nothing confirms either";
            }
        }
        Attention.Said said = new Attention.Said(raw, byName, code, fitSaid);
        if (confirm && !confirmed) {
            return Decision.refused(new Attention(sub.source(), null, said, "not graded, and nothing is exported for"
                    + " it: the download does not say whose it is, and " + why + "."));
        }
        if (!confirmed) {
            why += "; the student field is kept";
            basis = "its student field names you (nothing confirmed either)";
        }
        List<String> warnings = List.of(sub.source() + ": its student field and its file name name different"
                + " students; it was graded as yours because " + basis + ". Your instructor has been told.");
        return Decision.graded(List.of(decided), false, warnings, List.of(), false, new Attention(sub.source(),
                decided, said, "graded as " + decided + ": " + why + "."), (confirmed ? CODE : 0)
                + (decided.equals(field) ? FIELD : NAME));
    }

    /**
     * How many of a marked submission's numbers fit the variants it was marked against, in exercises that give
     * each student their own numbers: numeric answers that are {@code correct}, or {@code follow-through} through
     * a formula that uses one of the numbers drawn for the variant (a weight, a bias, an input). Follow-through
     * through a formula of the student's own answers alone (h = σ(z)) holds for any variant, and targets and
     * learning rates are often the same for everyone: they say nothing.
     */
    static int fitting(List<MarkedExercise> marked) {
        int n = 0;
        for (MarkedExercise m : marked) {
            if (m.variant().sameForEveryone()) {
                continue;
            }
            QuantityGraph g = m.variant().graph();
            for (ItemResult i : m.items()) {
                Answer a = m.answers().get(i.key());
                if (a == null || !a.isNumber()) {
                    continue;
                }
                if (i.verdict() == Verdict.CORRECT || i.verdict() == Verdict.FOLLOW_THROUGH && g.has(i.key())
                        && g.get(i.key()).parents().stream().anyMatch(p -> g.has(p) && drawn(g.get(p).role()))) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean drawn(Quantity.Role role) {
        return role == Quantity.Role.WEIGHT || role == Quantity.Role.BIAS || role == Quantity.Role.INPUT;
    }
}
