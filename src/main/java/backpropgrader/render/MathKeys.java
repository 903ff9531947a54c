package backpropgrader.render;

import backpropgrader.marking.KeyStyle;

/**
 * Quantities in a page's reasons as the same MathML as the page's tables ({@link DisplayedNotation}), and the rest of
 * the sentence escaped, so a reason is HTML ready for the page.
 */
final class MathKeys implements KeyStyle {

    static final MathKeys INSTANCE = new MathKeys();

    private MathKeys() {
    }

    @Override
    public String key(String displayed) {
        return MathML.math(MathML.displayed(displayed));
    }

    @Override
    public String text(String plain) {
        return Markup.text(plain);
    }
}
