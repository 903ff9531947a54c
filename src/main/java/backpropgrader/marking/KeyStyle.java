package backpropgrader.marking;

/**
 * How a reader's quantities are written in a reason ({@link ReasonSentence}), beside {@link NumberStyle}: the key
 * as the graph displays it ("∂J/∂w[2]_1,1", {@link #DISPLAYED}, what {@code results.json} has always written);
 * the lecture's notation as plain text ("∂J/∂w⁽²⁾₁,₁") for CSV cells and LMS comments; or MathML for a page
 * (both implemented in {@code render}). {@link #text} writes everything else in the sentence for the same reader
 * — as it is, or escaped for HTML — so that a typed answer quoted in a reason never becomes markup.
 */
public interface KeyStyle {

    /** Keys as the graph displays them, text as it is. */
    KeyStyle DISPLAYED = displayed -> displayed;

    /** A quantity, given as the graph displays its key ({@code QuantityGraph.display}: "ŷ_1", "z[1]_1@2"). */
    String key(String displayed);

    /** Words, numbers and text as the student typed it, for this reader (escaped when the reader is HTML). */
    default String text(String plain) {
        return plain;
    }
}
