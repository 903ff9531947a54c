package backpropgrader.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The core compiled for the browser (package {@code web}, by TeaVM in the build, shipped in the jar under
 * {@code web/}), ready to inline into a page: the WebAssembly module gzipped and in base64 (the page unzips it
 * with the browser's own {@code DecompressionStream}), and TeaVM's small loader. Nothing is fetched: a page
 * carries its code, so it works offline and from a file. Read once per run; the same bytes every time (gzip
 * without a time stamp), so pages stay byte-identical between runs.
 */
public final class WebCode {

    /**
     * One compiled module and the loader ({@code name}: sheet or practice), printed by a template as they are
     * ({@code ?no_esc}): base64 needs no escaping, and the loader is checked for a {@code </script}.
     */
    public record Module(String name, String wasmBase64, String runtime) {
    }

    private static volatile Module sheet;
    private static volatile Module practice;

    private WebCode() {
    }

    /** The sheet's module: the answer parser alone ({@code web.SheetEntry}). */
    static synchronized Module sheet() {
        if (sheet == null) {
            // every sheet of a class writes both whole, straight into bytes: encoded to UTF-8 once for all of them
            Module m = load("sheet");
            sheet = new Module(m.name(), Utf8Writer.shared(m.wasmBase64()), Utf8Writer.shared(m.runtime()));
        }
        return sheet;
    }

    /** The practice page's module: the whole core ({@code web.PracticeEntry}). */
    static Module practice() {
        if (practice == null) {
            practice = load("practice");
        }
        return practice;
    }

    private static Module load(String name) {
        byte[] wasm = resource("web/" + name + ".wasm");
        String runtime = new String(resource("web/wasm-gc-runtime.js"), StandardCharsets.UTF_8);
        if (runtime.contains("</script")) { // it is printed inside a <script> element
            throw new IllegalStateException("the WebAssembly loader web/wasm-gc-runtime.js contains </script");
        }
        return new Module(name, Base64.getEncoder().encodeToString(gzip(wasm)), runtime);
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebCode.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not in the jar: the build compiles it with TeaVM"
                        + " (mvn package); a build run with the TeaVM plugin skipped cannot make pages");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2);
        try (GZIPOutputStream z = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            z.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
