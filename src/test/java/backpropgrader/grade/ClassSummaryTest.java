package backpropgrader.grade;

import backpropgrader.marking.Verdict;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The class report's numbers, from the golden cases' results. */
class ClassSummaryTest {

    private static ClassSummary of(String goldenCase) throws IOException {
        return ClassSummary.of(GoldenCasesTest.grade(GoldenCase.load(Path.of("src/test/resources/grade", goldenCase))));
    }

    @Test
    void countsEachMisconceptionWhereItWasNamedMostFrequentFirst() throws IOException {
        ClassSummary s = of("misconceptions-example-1");
        assertEquals(List.of("missing-half", "sign-error", "no-learning-rate", "pre-activation-for-activation",
                "stale-weights", "swapped-indices", "updated-weights-in-backprop", "wrong-activation-derivative"),
                List.copyOf(s.misconceptions().keySet()));
        assertEquals(4, s.misconceptions().get("missing-half"));
        // named once, where it enters (z[1]_1@2); ŷ@2 follows through with the same mistake in unasked z's
        assertEquals(1, s.misconceptions().get("stale-weights"));
    }

    @Test
    void ratesPerItemAndAHistogramOfPercentages() throws IOException {
        ClassSummary s = of("follow-through-gaming");
        ClassSummary.Item h = s.items().stream().filter(i -> i.key().equals("h[1]_1")).findFirst().orElseThrow();
        assertEquals(Map.of(Verdict.CORRECT, 0, Verdict.FOLLOW_THROUGH, 1, Verdict.WRONG, 4, Verdict.MISSING, 1),
                h.verdicts());
        assertEquals(4 / 6.0, h.rate(Verdict.WRONG), 1e-12);
        assertEquals(List.of(4, 1, 0, 1, 0, 0, 0, 0, 0, 0), s.histogram(), "four at 0 %, one at 10 %, one at 30 %");
        assertEquals(40 / 6.0, s.meanPercentage(), 1e-9);
    }

    @Test
    void listsFlagsAndTheFilesThatNeedAttention() throws IOException {
        ClassSummary c = of("collusion");
        assertEquals(Map.of("s2", List.of("collusion:s1"), "s5", List.of("collusion:s1", "mostly-blank")), c.flags(),
                "s5 answers 3 of its 8 items");
        ClassSummary b = of("broken-files");
        assertEquals(12, b.attention().size());
        assertEquals(12, b.byStatus().get(Status.UNREADABLE), "11 roster students' files and a class-wide table"
                + " among them (the broken tables are the broken-tables case)");
        assertEquals(5, b.byStatus().get(Status.NOT_SUBMITTED));
        assertEquals(2, b.byStatus().get(Status.GRADED));
    }
}
