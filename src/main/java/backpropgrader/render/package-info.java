/**
 * What people see: the student's sheet and the instructor's worked solutions as self-contained HTML.
 *
 * <p>Order of use: build a {@link backpropgrader.render.SheetPage} (student, course words, locale, variants,
 * provenance) and call {@link backpropgrader.render.Sheets#sheet} or
 * {@link backpropgrader.render.Sheets#workedSolutions}. Inside, a view builder turns the page into prepared
 * strings and markup — numbers through {@link backpropgrader.render.NumberFormatter} (the page's locale),
 * formulas through {@link backpropgrader.render.MathML} (from the engine's {@code Expr}), the network through an
 * SVG diagram whose labels sit on their own edges — and a FreeMarker template from {@code templates/} (HTML output
 * format, auto-escaping) lays it out. Templates do no arithmetic.
 *
 * <p>After grading: build a {@link backpropgrader.render.FeedbackPage} (a student's result, their marked exercises,
 * what the course reveals) or a {@link backpropgrader.render.ReportPage} (the outcome and its class summary) and
 * call {@link backpropgrader.render.FeedbackPages#feedback} or {@link backpropgrader.render.FeedbackPages#report}.
 * Both are thread-safe: views are built per call; compiled templates, typeset keys and formulas are shared.
 *
 * <p>Uses {@code kernel}, {@code engine}, {@code marking}, {@code exercise} and {@code grade}; nothing above.
 */
package backpropgrader.render;
