package backpropgrader.web;

import org.teavm.jso.JSExport;

/**
 * The sheet's entry into the core, compiled to WebAssembly by TeaVM and inlined into every sheet: it checks one
 * answer box as it is typed ({@link AnswerCheck}). Only the answer parser is reachable from here, so a sheet
 * carries no engine that could work the exercise out from the student's numbers.
 */
public final class SheetEntry {

    private SheetEntry() {
    }

    /** {@link AnswerCheck#of} as JSON: {@code {"state": …, "message": …, "readAs": …}}. */
    @JSExport
    public static String check(String typed, int decimals, boolean symbolic) {
        return AnswerCheck.of(typed, decimals, symbolic).toJson();
    }

    /** TeaVM compiles from a main class; the page calls {@link #check} and nothing runs at start. */
    public static void main(String[] args) {
    }
}
