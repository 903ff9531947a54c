package backpropgrader.render;

import backpropgrader.engine.Numbers;
import backpropgrader.marking.NumberStyle;

import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The one place numbers are written for a reader: {@link Numbers} rounds and writes them in the lecture's style
 * (Unicode minus, no trailing ".0"); this puts them in the page's locale (a decimal comma for de, fr, …). No
 * grouping separators: students copy these numbers into a calculator. It is the {@link NumberStyle} of the core's
 * reason sentences too.
 */
public final class NumberFormatter implements NumberStyle {

    private final char decimalSeparator;

    public NumberFormatter(Locale locale) {
        this.decimalSeparator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
    }

    /** Exactly {@code decimals} places: "−1,745" in German. */
    public String fixed(double v, int decimals) {
        return localise(Numbers.fixed(v, decimals));
    }

    /** The shortest decimal that reads back as {@code v}: given values as the exercise states them. */
    public String plain(double v) {
        return localise(Numbers.plain(v));
    }

    /** The exact value with just enough places not to seem to round to another value ("exact −1,7447"). */
    public String beyond(double v, int decimals) {
        return localise(Numbers.beyond(v, decimals));
    }

    /** A number the engine has already written ("−1.744") in this locale. */
    @Override
    public String localise(String engineNumber) {
        return decimalSeparator == '.' ? engineNumber : engineNumber.replace('.', decimalSeparator);
    }

    public boolean usesDecimalComma() {
        return decimalSeparator == ',';
    }

    /** Two formatters are equal when they write numbers alike (so typeset formulas can be shared). */
    @Override
    public boolean equals(Object o) {
        return o instanceof NumberFormatter f && f.decimalSeparator == decimalSeparator;
    }

    @Override
    public int hashCode() {
        return decimalSeparator;
    }
}
