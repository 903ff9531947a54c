package backpropgrader.exercise;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The asked-key patterns of a family: a key written out ({@code dJ/dw[2]_1,1}) or with {@code *} standing for
 * any index — digits and commas — so {@code dJ/dw[1]_*} is every first-layer gradient, {@code z[*]_*@2} every
 * pre-activation of the second round and {@code dJ(*)/dw[2]_1,1} that gradient for every sample.
 */
final class AskedPatterns {

    private AskedPatterns() {
    }

    static Pattern compile(String pattern) {
        StringBuilder regex = new StringBuilder();
        String[] parts = pattern.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            regex.append(i > 0 ? "[0-9,]+" : "").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString());
    }

    /** The keys of {@code universe} the pattern matches, in the universe's order. */
    static List<String> expand(String pattern, List<String> universe) {
        Pattern p = compile(pattern);
        return universe.stream().filter(k -> p.matcher(k).matches()).toList();
    }
}
