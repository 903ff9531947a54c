package backpropgrader.render;

import backpropgrader.engine.Numbers;
import backpropgrader.marking.NumberStyle;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The one place numbers are written for a reader: {@link Numbers} rounds and writes them in the lecture's style
 * (Unicode minus, no trailing ".0"); this puts them in the page's locale (a decimal comma for de, fr, …). No
 * grouping separators: students copy these numbers into a calculator. It is the {@link NumberStyle} of the core's
 * reason sentences too. Percentages follow the locale's own rule (the JDK's CLDR percent pattern): "27.4%" in
 * English, "27,4 %" in German and French (with a no-break space, so the sign never starts a line), "%27,4" in
 * Turkish.
 */
public final class NumberFormatter implements NumberStyle {

    private final char decimalSeparator;
    /** What the locale writes before and after a percentage's digits ("" and "%" in English). */
    private final String percentBefore;
    private final String percentAfter;

    public NumberFormatter(Locale locale) {
        this.decimalSeparator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        String pattern = NumberFormat.getPercentInstance(locale) instanceof DecimalFormat d ? d.toPattern() : "#0%";
        pattern = pattern.split(";")[0]; // the positive pattern
        int first = firstDigit(pattern);
        int last = lastDigit(pattern);
        boolean usable = first >= 0 && pattern.indexOf('%') >= 0;
        this.percentBefore = usable ? pattern.substring(0, first) : "";
        this.percentAfter = usable ? pattern.substring(last + 1) : "%";
    }

    private static int firstDigit(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if ("#0,.".indexOf(pattern.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int lastDigit(String pattern) {
        for (int i = pattern.length() - 1; i >= 0; i--) {
            if ("#0,.".indexOf(pattern.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** A percentage with {@code decimals} places and the locale's sign: "27.4%", "27,4 %" (German). */
    public String percent(double p, int decimals) {
        return percentBefore + fixed(p, decimals) + percentAfter;
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
        return o instanceof NumberFormatter f && f.decimalSeparator == decimalSeparator
                && f.percentBefore.equals(percentBefore) && f.percentAfter.equals(percentAfter);
    }

    @Override
    public int hashCode() {
        return decimalSeparator * 31 + percentAfter.hashCode();
    }
}
