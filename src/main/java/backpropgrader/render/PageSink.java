package backpropgrader.render;

/**
 * Where a page rendered as UTF-8 goes: {@code bytes[0, length)} is the page, valid only during the call (the
 * buffer is the rendering thread's, reused for its next page).
 */
@FunctionalInterface
public interface PageSink {
    void accept(byte[] bytes, int length);
}
