package backpropgrader.lms;

import backpropgrader.render.Markup;

/** A short plain-text comment as the HTML the LMS comment fields take: escaped, lines joined with {@code <br>}. */
final class FeedbackHtml {

    private FeedbackHtml() {
    }

    static String of(String comment) {
        if (comment.isBlank()) {
            return "";
        }
        return String.join("<br>", comment.strip().lines().map(Markup::text).toList());
    }
}
