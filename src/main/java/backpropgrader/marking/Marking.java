package backpropgrader.marking;

/**
 * How an exercise's answers are marked (docs/MARKING.md): family settings override course settings.
 *
 * @param decimals            places the sheet asks for ("give answers to 3 decimal places")
 * @param absolute            an answer within this absolute distance is correct too (0: off)
 * @param relative            an answer within this relative distance is correct too (0: off)
 * @param followThroughCredit fraction of the points a follow-through answer earns (1: full)
 */
public record Marking(int decimals, double absolute, double relative, double followThroughCredit) {

    public static final Marking DEFAULT = new Marking(3, 0, 0, 1.0);
}
