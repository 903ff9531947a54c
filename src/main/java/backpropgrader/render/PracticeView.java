package backpropgrader.render;

import java.util.List;

/**
 * What {@code practice.ftlh} gets: the family's first variant for the parts every variant shares (formulas,
 * answer boxes), each variant's own numbers as an exercise view ({@code pool}, shown one at a time), the pool as
 * the page's core reads it, and the compiled core.
 *
 * @param poolJson the encoded variants as one JSON array (printed inside a script element: no '<' in it)
 * @param others   the course's other practice pages, for the links between them
 * @param legend   each verdict's word, icon and meaning, as the feedback pages show them
 */
public record PracticeView(String lang, String courseTitle, String familyTitle, String familyId, String version,
                           String provenance, boolean decimalComma, SheetView.Exercise shared,
                           List<SheetView.Exercise> pool, String poolJson, String poolSize, List<Link> others,
                           List<FeedbackView.Mark> legend, WebCode.Module core) {

    /** A link to another page of the set. */
    public record Link(String href, String title, boolean current) {
    }

    /** What {@code practice-index.ftlh} gets. */
    public record Index(String lang, String courseTitle, List<Link> pages, String provenance) {
    }
}
