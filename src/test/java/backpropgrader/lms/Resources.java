package backpropgrader.lms;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The hand-written golden files under src/test/resources/lms/. */
final class Resources {

    private Resources() {
    }

    static Path lms(String relative) {
        try {
            return Path.of(Resources.class.getResource("/lms/" + relative).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource lms/" + relative, e);
        }
    }
}
