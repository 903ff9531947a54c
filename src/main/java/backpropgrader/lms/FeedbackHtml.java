package backpropgrader.lms;

/** A short plain-text comment as the HTML the LMS comment fields take: escaped, lines joined with {@code <br>}. */
final class FeedbackHtml {

    private FeedbackHtml() {
    }

    static String of(String comment) {
        if (comment.isBlank()) {
            return "";
        }
        return String.join("<br>", comment.strip().lines().map(FeedbackHtml::escape).toList());
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
