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
 */
package backpropgrader.render;
