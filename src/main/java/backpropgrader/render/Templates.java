package backpropgrader.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The FreeMarker set-up, made once: HTML output format with auto-escaping, templates from the tool's bundled
 * {@code templates/} folder, or first from an instructor's folder of restyled templates (a file there with the same
 * name replaces the bundled one; the others stay). Templates are views: they get prepared strings and markup and
 * do no arithmetic. Errors in a template stop the run with FreeMarker's message (template, line, column).
 */
public final class Templates {

    private static final Templates BUNDLED = new Templates(null);
    /** Each rendering thread's page buffer, kept from page to page ({@link #renderUtf8}). */
    private static final ThreadLocal<Utf8Writer> PAGE_BUFFER = ThreadLocal.withInitial(Utf8Writer::new);
    private static final int KEPT_PAGE_BUFFER = 4 << 20;

    private final Configuration config;

    private Templates(Path overrides) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader bundled = new ClassTemplateLoader(Templates.class.getClassLoader(), "templates");
        if (overrides == null) {
            c.setTemplateLoader(bundled);
        } else {
            try {
                c.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(overrides.toFile()), bundled}));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setRecognizeStandardFileExtensions(true);
        c.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        // Outputs must not depend on the JVM's locale or zone (byte-identical runs); numbers arrive as strings.
        c.setLocale(Locale.ROOT);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setAPIBuiltinEnabled(false);
        c.setObjectWrapper(objectWrapper());
        this.config = c;
    }

    /**
     * Views are records, read in templates as {@code ex.title}. FreeMarker finds record accessors through its
     * Java 16 classes, which a shaded jar without "Multi-Release: true" hides; so every zero-argument method is
     * offered as a property, records or not.
     */
    static ObjectWrapper objectWrapper() {
        DefaultObjectWrapperBuilder b = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        ZeroArgumentNonVoidMethodPolicy asProperty = ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD;
        b.setDefaultZeroArgumentNonVoidMethodPolicy(asProperty);
        b.setRecordZeroArgumentNonVoidMethodPolicy(asProperty); // must agree where records cannot be told apart
        return new ViewWrapper(b);
    }

    /** The templates bundled with the tool. */
    public static Templates bundled() {
        return BUNDLED;
    }

    /** The bundled templates, each replaced by a file of the same name in {@code folder} where there is one. */
    public static Templates withOverrides(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("The templates folder " + folder + " does not exist or is not a folder.");
        }
        return new Templates(folder);
    }

    /** Renders {@code name} (e.g. "sheet.ftlh") with {@code model} as its data ({@code page} in the template). */
    String render(String name, Object model) {
        TextWriter out = new TextWriter();
        process(name, model, out);
        return out.toString();
    }

    /**
     * The same page as UTF-8 bytes, encoded as it is rendered into the thread's page buffer and handed to
     * {@code sink} (for pages written to files by the thousand). The buffer is kept for the thread's next page: a
     * new one for every page, grown by doubling and copied out at the end, had been a fifth of all that a grade
     * run allocated (3.6 of 16.8 GB for 4,000 students). One grown past {@value #KEPT_PAGE_BUFFER} bytes by an
     * unusually large page is let go after it.
     */
    void renderUtf8(String name, Object model, PageSink sink) {
        Utf8Writer out = PAGE_BUFFER.get();
        out.reset();
        try {
            process(name, model, out);
            out.writeTo(sink);
        } finally {
            if (out.capacity() > KEPT_PAGE_BUFFER) {
                PAGE_BUFFER.remove();
            }
        }
    }

    private void process(String name, Object model, java.io.Writer out) {
        try {
            Template t = config.getTemplate(name);
            // wrapped once for the page, so that what the page's view holds is read once however often asked
            t.process(java.util.Map.of("page", config.getObjectWrapper().wrap(model)), out);
        } catch (IOException e) {
            throw new UncheckedIOException("Template " + name + " could not be read: " + e.getMessage(), e);
        } catch (TemplateException e) {
            throw new IllegalStateException("Template " + name + " failed: " + e.getMessage(), e);
        }
    }

    /** A page's text as it is written: unsynchronised (a page is one thread's), sized for tens of kilobytes. */
    private static final class TextWriter extends Writer {
        private final StringBuilder text = new StringBuilder(1 << 16);

        @Override
        public void write(char[] c, int off, int len) {
            text.append(c, off, len);
        }

        @Override
        public void write(String s) {
            text.append(s);
        }

        @Override
        public void write(String s, int off, int len) {
            text.append(s, off, off + len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
