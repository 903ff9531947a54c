package backpropgrader;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packages form layers, read bottom-up (docs/ARCHITECTURE.md): each uses only those below it, so there is no
 * import cycle, and every package says in its package-info what it is.
 */
class PackageLayersTest {

    /** Bottom first. A new package goes into this list at the place its dependencies allow. */
    static final List<String> LAYERS = List.of(
            "kernel", "engine", "marking", "web", "exercise", "grade", "render", "lms", "stage", "cli");

    @Test
    void everyPackageIsALayer() {
        assertEquals(new HashSet<>(LAYERS), SourcePackages.graph(SourcePackages.read()).keySet());
    }

    @Test
    void eachPackageUsesOnlyTheLayersBelowIt() {
        List<String> upward = new ArrayList<>();
        SourcePackages.graph(SourcePackages.read()).forEach((pkg, uses) -> {
            for (String used : uses) {
                if (LAYERS.indexOf(used) > LAYERS.indexOf(pkg)) {
                    upward.add(pkg + " uses " + used + ", which is above it");
                }
            }
        });
        assertEquals(List.of(), upward);
    }

    @Test
    void thePackageGraphHasNoCycle() {
        assertEquals(List.of(), onCycles(SourcePackages.graph(SourcePackages.read())));
    }

    @Test
    void aCycleIsSeenWhenThereIsOne() {
        Map<String, Set<String>> g = Map.of("kernel", Set.of(), "marking", Set.of("kernel", "stage"),
                "stage", Set.of("grade"), "grade", Set.of("marking"));
        assertEquals(List.of("grade", "marking", "stage"), onCycles(g));
    }

    /** The packages that can reach themselves through their dependencies, in name order. */
    static List<String> onCycles(Map<String, Set<String>> g) {
        List<String> out = new ArrayList<>();
        for (String start : new java.util.TreeSet<>(g.keySet())) {
            Deque<String> todo = new ArrayDeque<>(g.get(start));
            Set<String> seen = new HashSet<>();
            while (!todo.isEmpty()) {
                String p = todo.pop();
                if (p.equals(start)) {
                    out.add(start);
                    break;
                }
                if (seen.add(p)) {
                    todo.addAll(g.getOrDefault(p, Set.of()));
                }
            }
        }
        return out;
    }

    @Test
    void everyPackageHasAPackageInfo() {
        for (String pkg : LAYERS) {
            assertTrue(Files.exists(SourcePackages.MAIN.resolve(pkg).resolve("package-info.java")),
                    pkg + " has no package-info.java");
        }
    }
}
