package backpropgrader.render;

/**
 * What a student receives and what the instructor keeps, as self-contained HTML pages (no network access
 * needed: styles, script, diagrams and formulas are inline).
 * <ul>
 *   <li>{@link #sheet}: the student's sheet: per exercise the network diagram, the data, the formulas, the
 *       rounding rule and the asked quantities beside labelled answer boxes; a form that saves
 *       {@code answers.json} (docs/FORMATS.md) in the browser, with no server.</li>
 *   <li>{@link #workedSolutions}: the instructor's worked solutions of the same variants in the lecture's steps.</li>
 * </ul>
 * The same page gives the same bytes, whatever the JVM's locale: numbers follow {@link SheetPage#locale()}.
 */
public final class Sheets {

    private Sheets() {
    }

    public static String sheet(SheetPage page) {
        return sheet(page, Templates.bundled());
    }

    public static String workedSolutions(SheetPage page) {
        return workedSolutions(page, Templates.bundled());
    }

    /** The sheet as UTF-8 bytes, for writing to its file (what {@code generate} does for a whole class). */
    public static void sheetUtf8(SheetPage page, PageSink sink) {
        Templates.bundled().renderUtf8("sheet.ftlh", SheetViews.of(page), sink);
    }

    /** The worked solutions as UTF-8 bytes. */
    public static void workedSolutionsUtf8(SheetPage page, PageSink sink) {
        Templates.bundled().renderUtf8("worked-solutions.ftlh", WorkedViews.of(page), sink);
    }

    /** The sheet with an instructor's templates ({@link Templates#withOverrides}). */
    public static String sheet(SheetPage page, Templates templates) {
        return templates.render("sheet.ftlh", SheetViews.of(page));
    }

    public static String workedSolutions(SheetPage page, Templates templates) {
        return templates.render("worked-solutions.ftlh", WorkedViews.of(page));
    }
}
