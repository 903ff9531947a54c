package backpropgrader.grade;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;

import java.util.List;

/**
 * What a JSON parser's complaint means, in plain words for the student whose file it is: the parser's own
 * message names its classes, features and buffers, which help nobody who saved a sheet. Each known complaint is
 * recognised by the words it starts with (the parser's messages are not data); anything else reads "not valid
 * JSON here", beside the line and column the parser gives.
 */
final class JsonProblems {

    /** The parser's wording (its first words, or words it contains) → what the student reads. */
    private record Known(String words, boolean start, String plain) {
    }

    private static final List<Known> KNOWN = List.of(
            new Known("Unexpected end-of-input", true, "the file ends before the answers are complete: it was"
                    + " cut off, or a closing } or ] or a closing quotation mark is missing"),
            new Known("Duplicate field", true, "a name appears twice between the same braces { }; keep one"),
            new Known("was expecting double-quote to start field name", false, "expected a name in double"
                    + " quotation marks here (is there a comma just before a closing }, or a name without quotes?)"),
            new Known("was expecting a colon", false, "expected a colon : between a name and its value"),
            new Known("was expecting comma", false, "expected a comma between two entries"),
            new Known("Unexpected close marker", true, "a closing } or ] here does not match the bracket it"
                    + " closes"),
            new Known("Unrecognized token", true, "a value here is neither a number nor text in double quotation"
                    + " marks"),
            new Known("Illegal unquoted character", true, "a line break or other control character inside"
                    + " quotation marks"),
            new Known("Unrecognized character escape", true, "a backslash inside quotation marks that JSON does"
                    + " not allow (write \\\\ for a backslash)"),
            new Known("maybe a (non-standard) comment", false, "JSON does not allow comments"),
            new Known("numeric value", false, "a number here is not written as JSON allows (no leading zeros, a"
                    + " digit after a minus sign)"),
            new Known("Non-standard token", true, "a number here is not written as JSON allows (NaN and Infinity"
                    + " are not numbers in JSON)"));

    private JsonProblems() {
    }

    static String plain(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return "a number, a name or a text here is longer than the grader reads, or the brackets nest too"
                    + " deeply";
        }
        String said = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonEOFException) {
            return KNOWN.get(0).plain();
        }
        for (Known k : KNOWN) {
            if (k.start() ? said.startsWith(k.words()) : said.contains(k.words())) {
                return k.plain();
            }
        }
        return "the text here is not valid JSON";
    }
}
