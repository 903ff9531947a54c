package backpropgrader.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Views read by templates through {@link ViewWrapper}'s fast path: components by name, nested views, lists of
 * views, absent values, and each component read once however often a page's template asks for it.
 */
class ViewWrapperTest {

    private static final AtomicInteger READS = new AtomicInteger();

    /** A view that counts how often its name is read. */
    public record Part(String name, Part inner, List<Part> parts) {
        @Override
        public String name() {
            READS.incrementAndGet();
            return name;
        }
    }

    private static String render(Path dir, String template, Object view) throws IOException {
        Files.writeString(dir.resolve("view.ftlh"), template);
        return Templates.withOverrides(dir).render("view.ftlh", view);
    }

    @Test
    void componentsNestedViewsListsAndAbsentValuesAreRead(@TempDir Path dir) throws IOException {
        Part leaf = new Part("b", null, List.of());
        Part root = new Part("a <", leaf, List.of(leaf, new Part("c", null, List.of())));
        assertEquals("a &lt; b [b, c] none 2", render(dir, "${page.name} ${page.inner.name} [<#list page.parts as p>"
                + "${p.name}<#sep>, </#sep></#list>] <#if page.inner.inner??>some<#else>none</#if>"
                + " ${page.parts?size}", root));
    }

    @Test
    void aComponentIsReadOnceHoweverOftenThePageAsksForIt(@TempDir Path dir) throws IOException {
        Part root = new Part("a", new Part("b", null, List.of()), List.of());
        READS.set(0);
        assertEquals("a a a b b", render(dir, "${page.name} ${page.name} ${page.name} ${page.inner.name}"
                + " ${page.inner.name}", root));
        assertEquals(2, READS.get(), "once for the page's view, once for its inner view");
    }

    @Test
    void aNameAskedForInMorePlacesThanAreRememberedIsStillFound(@TempDir Path dir) throws IOException {
        Part root = new Part("a", null, List.of());
        // each place in a template asks with a string of its own; beyond the first 64 they are compared by text
        assertEquals("a".repeat(200), render(dir, "${page.name}".repeat(200), root));
    }
}
