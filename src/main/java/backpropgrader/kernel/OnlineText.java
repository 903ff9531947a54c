package backpropgrader.kernel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text a student typed into the LMS (Moodle online text, Canvas text entry), which the download gives as HTML:
 * turned back into the lines they typed, so {@code key = value} answers read like a plain-text submission.
 */
public final class OnlineText {

    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");

    private OnlineText() {
    }

    /** Block ends and {@code <br>} become line breaks, other tags go, entities are decoded, lines are trimmed. */
    public static String toText(String html) {
        String s = html.replaceAll("(?is)<(script|style|head)\\b.*?</\\1\\s*>", "")
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)</(p|div|li|h[1-6]|tr|pre)\\s*>", "\n")
                .replaceAll("(?s)<[^>]*>", "");
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString().replace('\u00A0', ' ').lines().map(String::strip)
                .reduce((a, b) -> a + "\n" + b).orElse("").strip() + "\n";
    }

    private static String entity(String name, String whole) {
        if (name.startsWith("#")) {
            try {
                boolean hex = name.startsWith("#x") || name.startsWith("#X");
                return Character.toString(Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10));
            } catch (IllegalArgumentException e) {
                return whole; // not a character: left as written
            }
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            case "minus" -> "−";
            default -> whole;
        };
    }
}
