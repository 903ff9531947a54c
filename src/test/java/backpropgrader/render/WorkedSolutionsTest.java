package backpropgrader.render;

import backpropgrader.engine.WorkedSolution;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkedSolutionsTest {

    private static WorkedView.Exercise view(Locale locale, int index) {
        return WorkedViews.of(TestPages.all(locale)).exercises().get(index);
    }

    private static WorkedView.Step step(WorkedView.Exercise ex, String key) {
        return ex.sections().stream().flatMap(s -> s.steps().stream()).filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + key));
    }

    @Test
    void theSectionsAreTheEnginesInTheLecturesOrder() {
        WorkedView.Exercise ex = view(Locale.ENGLISH, 0);
        var engine = WorkedSolution.of(TestPages.example1().reference(), 3);
        assertEquals(engine.stream().map(WorkedSolution.Section::title).toList(),
                ex.sections().stream().map(WorkedView.Section::title).toList());
        assertEquals(List.of("Given", "Forward pass", "Cost", "Output-layer gradients", "Hidden-layer gradients",
                "Update weights", "Forward pass (round 2, after the update)", "Cost (round 2, after the update)"),
                ex.sections().stream().map(WorkedView.Section::title).toList());
    }

    @Test
    void aStepShowsFormulaNumbersSubstitutedResultAndANoteWhereItDiffersFromTheExactValueRounded() {
        WorkedView.Step s = step(view(Locale.ENGLISH, 0), "dJ/dw[2]_1,1");
        assertEquals("∂J∂w1,1[2]", Xml.text(Xml.markup(s.symbol())));
        assertEquals("(y^1−y1)h1", Xml.text(Xml.markup(s.formula())));
        assertEquals("(1.755−4)×0.777", Xml.text(Xml.markup(s.substituted())));
        assertEquals("−1.744", Xml.text(Xml.markup(s.result())));
        assertEquals("≈ −1.7447, shown −1.745; from the rounded inputs −1.744", s.exact());
        assertEquals("2 points", s.askedPoints());
        WorkedView.Step update = step(view(Locale.ENGLISH, 0), "w[2]_1,1,new"); // the −1.744 just shown, not −1.745
        assertEquals("1−0.1×(−1.744)", Xml.text(Xml.markup(update.substituted())));
        WorkedView.Step h = step(view(Locale.ENGLISH, 0), "dJ/dw[1]_1,1");
        assertEquals("(y^1−y1)w1,1[2]h1(1−h1)x1", Xml.text(Xml.markup(h.formula())));
        assertEquals("(1.755−4)×1×0.777×(1−0.777)×1", Xml.text(Xml.markup(h.substituted())));
        assertNull(h.askedPoints());
    }

    @Test
    void givenQuantitiesHaveOnlyTheirValueAndRepeatsAreLeftOut() {
        WorkedView.Exercise ex = view(Locale.ENGLISH, 0);
        WorkedView.Step w = step(ex, "w[1]_1,2");
        assertNull(w.formula());
        assertEquals("2.3", Xml.text(Xml.markup(w.result())));
        WorkedView.Step yhat = step(ex, "yhat_1"); // ŷ = z: the numbers would only repeat the result
        assertEquals("z1[2]", Xml.text(Xml.markup(yhat.formula())));
        assertNull(yhat.substituted());
    }

    @Test
    void secondRoundStepsKeepTheRoundOnTheirSymbolOnly() {
        WorkedView.Step j = step(view(Locale.ENGLISH, 0), "J@2");
        assertEquals("J(round2)", Xml.text(Xml.markup(j.symbol())));
        assertEquals("12(y^1−y1)2", Xml.text(Xml.markup(j.formula())));
    }

    @Test
    void theAnswerKeyGivesEachAskedQuantityRoundedAndExact() {
        WorkedView.Exercise ex = view(Locale.ENGLISH, 0);
        WorkedView.KeyRow g = ex.answerKey().stream().filter(r -> r.key().equals("dJ/dw[2]_1,1")).findFirst().orElseThrow();
        assertEquals("−1.745", g.answer());
        assertEquals("−1.7447", g.exact());
        assertEquals(9, ex.answerKey().size());
        WorkedView.KeyRow symbolic = view(Locale.ENGLISH, 3).answerKey().get(0);
        assertEquals("df_1/dx", symbolic.key());
        assertEquals("12x(2x^2-1)^2", symbolic.answer());
        WorkedView.KeyRow atPoint = view(Locale.ENGLISH, 3).answerKey().get(1);
        assertEquals("1.500", atPoint.answer()); // 3(2·0.5² − 1)²·4·0.5 = 3 × 0.25 × 2
    }

    @Test
    void aGermanPageWritesDecimalCommas() {
        WorkedView.Step s = step(view(Locale.GERMANY, 0), "dJ/dw[2]_1,1");
        assertEquals("(1,755−4)×0,777", Xml.text(Xml.markup(s.substituted())));
        assertEquals("−1,744", Xml.text(Xml.markup(s.result())));
        assertEquals("≈ −1,7447, shown −1,745; from the rounded inputs −1,744", s.exact());
    }

    @Test
    void thePageMarksAskedStepsAndNeedsNoNetwork() {
        String html = Sheets.workedSolutions(TestPages.all(Locale.ENGLISH));
        assertTrue(html.contains("<li class=\"step asked\">"));
        assertTrue(html.contains("asked · 2 points"));
        assertTrue(html.contains("Hidden-layer gradients"));
        assertTrue(html.contains("backprop-grader test · families lecture v1"));
        assertTrue(!html.contains("http:") && !html.contains("https:"));
        for (String m : Xml.fragments(html, "math")) {
            Xml.parse(m);
        }
    }
}
