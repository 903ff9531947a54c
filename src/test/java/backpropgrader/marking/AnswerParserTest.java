package backpropgrader.marking;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Numbers as people type them: the value and the places written (which decide the rounding window). */
class AnswerParserTest {

    @ParameterizedTest(name = "''{0}'' is {1} with {2} places")
    @CsvSource(delimiter = '|', value = {
        "-1.744            | -1.744   | 3",
        "−1.744            | -1.744   | 3",
        "-1,744            | -1.744   | 3",
        "'  0.777  '       | 0.777    | 3",
        "+1.25             | 1.25     | 2",
        "4                 | 4        | 0",
        "-1.7440           | -1.744   | 4",
        "1.2e-3            | 0.0012   | 4",
        "1.2E+2            | 120      | -1",
        "3/4               | 0.75     | 0",
        "1 - 0.1*(-1.744)  | 1.1744   | 3",
        "1 − 0.1 × (−2.196) | 1.2196  | 3",
        "0,5 + 0,1·0,388   | 0.5388   | 3",
        "2**3              | 8        | 0",
        "1,234.5           | 1234.5   | 1",
        "ln(1)             | 0        | 0",
        ".5                | 0.5      | 1",
        "≈ −1.85           | -1.85    | 2",
        "~0.19             | 0.19     | 2",
        "= 0.217           | 0.217    | 3",
        "0.1900…           | 0.19     | 4",
        "'  −0.19 ... '    | -0.19    | 2",
        "≈ 1 - 0.1*0.388…  | 0.9612   | 3"})
    void readsWhatPeopleType(String raw, double value, int decimals) {
        Answer a = AnswerParser.parse(raw);
        assertTrue(a.isNumber(), a.problem());
        assertEquals(value, a.value(), 1e-12);
        assertEquals(decimals, a.decimals());
        assertEquals(raw, a.raw(), "the raw text is kept as given");
    }

    @ParameterizedTest(name = "''{0}'' is not a number: {1}")
    @CsvSource(delimiter = '|', value = {
        "abc            | is not a number or a simple arithmetic expression",
        "1/0            | divides by zero",
        "1,75.5         | mixes decimal commas and points",
        "2.52 2         | is not a number or a simple arithmetic expression",
        "[1]            | contains '['",
        "java.lang.System.exit(1) | is not a number or a simple arithmetic expression",
        "ln(-1)         | does not give a finite number",
        "1e400          | is too large",
        "0.217 (rounded) | is not a number or a simple arithmetic expression ('rounded' is not part of one)",
        "about -0.05    | ('about' is not part of one)",
        "≈≈ 1           | contains '≈'",
        "1.85 …?        | contains '…'",
        "0.19 ≈         | contains '≈'"})
    void saysWhyAValueIsNotANumber(String raw, String why) {
        Answer a = AnswerParser.parse(raw);
        assertTrue(a.isInvalid());
        assertFalse(a.isNumber());
        assertTrue(a.problem().contains(why), a.problem());
    }

    @ParameterizedTest(name = "''{0}'' cannot be read: {1}")
    @CsvSource(delimiter = '|', value = {
        "1e2147483648           | '1e2147483648' is too large a number to read",
        "0e99999999999          | '0e99999999999' has too large an exponent to read",
        "1e-2147483648          | '1e-2147483648' is too small a number to read",
        "-1e400                 | '-1e400' is too large a number to read",
        "9e99999999999999999999 | '9e99999999999999999999' is too large a number to read",
        "−1,5e+0000000000401    | '−1,5e+0000000000401' is too large a number to read",
        "2 * 1e99999 - 1        | '2 * 1e99999 - 1' is too large a number to read",
        "1e-99999 + 3           | '1e-99999 + 3' is too small a number to read"})
    void aNumberThatOverflowsIsThatItemsUnreadableAnswerInPlainWords(String raw, String problem) {
        Answer a = AnswerParser.parse(raw);
        assertTrue(a.isInvalid(), raw + " is " + a.value());
        assertEquals(problem, a.problem());
    }

    @Test
    void exponentsUpToFourHundredAreStillNumbers() {
        assertEquals(0.0, AnswerParser.parse("0e400").value());
        assertEquals(1e-300, AnswerParser.parse("1e-300").value());
        assertEquals(-1.5e300, AnswerParser.parse("-1.5E+300").value());
        assertEquals(1.2e-3, AnswerParser.parse("1.2e-0003").value(), 1e-18);
    }

    @Test
    void aFiveThousandDigitIntegerIsRefusedWithoutBeingQuoted() {
        Answer a = AnswerParser.parse("9".repeat(5000));
        assertEquals("the value is 5000 characters long; at most 200 are read", a.problem());
    }

    @Test
    void messagesQuoteAtMostSixtyCharactersWithControlCharactersEscaped() {
        Answer a = AnswerParser.parse("x".repeat(150));
        assertTrue(a.problem().startsWith("'" + "x".repeat(60) + "…' is not a number"), a.problem());
        Answer b = AnswerParser.parse("1\u202e2");
        assertTrue(b.problem().startsWith("'1\\u202e2' contains '\\u202e'"), b.problem());
    }

    @Test
    void aProblemNeverQuotesTheExpressionLibrary() {
        for (String raw : new String[] {"0.217 (rounded)", "2.52 2", "abc", "1.7.4", "(1", "sin"}) {
            String problem = AnswerParser.parse(raw).problem();
            assertFalse(problem.contains("pos") || problem.contains("Unknown") || problem.contains("operand")
                    || problem.contains("exp4j"), problem);
        }
    }

    @Test
    void blankIsNotAnsweredNotWrong() {
        for (String raw : new String[] {null, "", "   ", "\t"}) {
            Answer a = AnswerParser.parse(raw);
            assertTrue(a.isBlank());
            assertFalse(a.isInvalid());
        }
    }

    @Test
    void anOverlongValueIsRefusedBeforeParsing() {
        Answer a = AnswerParser.parse("1+".repeat(150) + "1");
        assertTrue(a.problem().contains("at most 200"), a.problem());
    }
}
