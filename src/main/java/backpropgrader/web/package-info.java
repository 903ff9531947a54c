/**
 * The pages' entry points into the core, compiled to WebAssembly by TeaVM in the normal build and inlined into
 * the pages that need them: {@link backpropgrader.web.SheetEntry} (the sheet: the answer parser alone, to check
 * each box as it is typed) and the practice page's entry (the whole core: variants, marking, worked solutions).
 * The same classes run on the JVM too, where the tests compare them with the grader. Pure like the core it sits
 * on ({@code CorePurityTest}), with TeaVM's {@code org.teavm.jso} annotations as its only outside import.
 */
package backpropgrader.web;
