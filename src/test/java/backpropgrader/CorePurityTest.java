package backpropgrader;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The core — {@code engine} and {@code marking} — is pure so that the same code compiles for the browser: no
 * files, no Jackson, no FreeMarker, no threads, no reflection. It may import only what is listed here; anything
 * else fails this test with the file and the import. The pages' entry points ({@code web}), which TeaVM compiles
 * with it, are held to the same rule, with TeaVM's JS annotations as their only extra import.
 */
class CorePurityTest {

    static final List<String> CORE = List.of("engine", "marking", "web");

    /** Import prefixes that only the pages' entry points may use besides {@link #ALLOWED}. */
    static final List<String> WEB_ONLY = List.of("backpropgrader.web.", "org.teavm.jso.");

    /** Import prefixes the core may use. */
    static final List<String> ALLOWED = List.of(
            "backpropgrader.engine.", "backpropgrader.marking.",
            "java.util.List", "java.util.Map", "java.util.Set", "java.util.Optional", "java.util.ArrayList",
            "java.util.LinkedHashMap", "java.util.LinkedHashSet", "java.util.HashMap", "java.util.HashSet",
            "java.util.TreeMap", "java.util.TreeSet", "java.util.EnumMap", "java.util.Collections",
            "java.util.Arrays", "java.util.Comparator", "java.util.Deque", "java.util.ArrayDeque",
            "java.util.Iterator", "java.util.Locale", "java.util.Objects", "java.util.SplittableRandom",
            "java.util.function.", "java.util.regex.", "java.util.stream.",
            "java.math.BigDecimal", "java.math.MathContext", "java.math.RoundingMode", "java.math.BigInteger",
            "net.objecthunter.exp4j.");

    /** Words in code (comments and strings left out) that mean threads or reflection. */
    static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(synchronized|Thread|ThreadLocal|getClass|Class\\.forName|getDeclared\\w*|java\\.lang\\.reflect"
                    + "|java\\.nio|java\\.io|com\\.fasterxml|freemarker|System\\.getenv|System\\.getProperty)\\b");

    @Test
    void theCoreImportsOnlyWhatTheBrowserBuildHas() {
        List<String> outside = new ArrayList<>();
        for (SourcePackages.Source s : SourcePackages.read()) {
            if (!CORE.contains(s.pkg())) {
                continue;
            }
            for (String imp : s.imports()) {
                boolean web = s.pkg().equals("web") && WEB_ONLY.stream().anyMatch(imp::startsWith);
                if (!web && ALLOWED.stream().noneMatch(imp::startsWith)) {
                    outside.add(s.file() + " imports " + imp);
                }
            }
            var m = FORBIDDEN.matcher(s.code());
            while (m.find()) {
                outside.add(s.file() + " uses " + m.group());
            }
        }
        assertEquals(List.of(), outside);
    }

    @Test
    void theCheckCatchesAFileReadInTheCore() {
        assertTrue(FORBIDDEN.matcher("java.nio.file.Files.readString(p)").find());
        assertTrue(FORBIDDEN.matcher("synchronized (this) {").find());
        assertFalse(FORBIDDEN.matcher("Threshold t = threadsOf(x);").find());
        assertTrue(ALLOWED.stream().noneMatch("com.fasterxml.jackson.databind.JsonNode"::startsWith));
        assertTrue(ALLOWED.stream().noneMatch("org.teavm.jso.JSExport"::startsWith), "TeaVM is for web alone");
    }
}
