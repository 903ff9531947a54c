package backpropgrader.grade;

import backpropgrader.engine.FixedInstance;
import backpropgrader.exercise.FixedInstanceReader;
import backpropgrader.engine.NetworkGraph;
import backpropgrader.engine.Numbers;
import backpropgrader.engine.Values;
import backpropgrader.marking.Asked;
import backpropgrader.marking.Marking;
import backpropgrader.exercise.Student;
import backpropgrader.marking.Variant;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic class for scale tests: Example 1 with each student's own weights (on a 0.01 grid), every number
 * of the exercise asked, and a realistic mix of submissions — right, rounded differently, with a slip carried
 * through, copied from a neighbour, broken files, and nothing at all.
 */
final class ClassSynthesis {

    static final List<String> ASKED = List.of("z[1]_1", "z[1]_2", "h[1]_1", "h[1]_2", "yhat_1", "J",
            "dJ/dw[2]_1,1", "dJ/dw[2]_2,1", "dJ/dw[1]_1,1", "dJ/dw[1]_2,1", "dJ/dw[1]_1,2", "dJ/dw[1]_2,2",
            "w[2]_1,1,new", "w[2]_2,1,new", "w[1]_1,1,new", "w[1]_2,1,new", "w[1]_1,2,new", "w[1]_2,2,new",
            "z[1]_1@2", "z[1]_2@2", "h[1]_1@2", "h[1]_2@2", "yhat_1@2", "J@2");
    private static final FixedInstance BASE = FixedInstanceReader.read(Path.of("exercises/lecture/example-1.json"));

    private ClassSynthesis() {
    }

    static List<Student> roster(int n) {
        List<Student> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Student(String.format("s%05d", i), "Student " + i, ""));
        }
        return out;
    }

    /** The student's variant: a pure function of the id. */
    static List<Variant> variants(String id) {
        SplittableRandom r = new SplittableRandom(id.hashCode()); // a test fixture, not a real seed
        double[][][] w = {{{grid(r, 0.1, 1), grid(r, 1, 2.5)}, {grid(r, 0.5, 2), grid(r, 0.5, 1.5)}},
                {{grid(r, 0.5, 1.5)}, {grid(r, 0.5, 1.5)}}};
        FixedInstance fi = BASE.withWeights(w, null);
        List<Asked> asked = ASKED.stream().map(k -> Asked.number(k, 1)).toList();
        return List.of(new Variant(id, fi.id(), "example-1", "1", fi.title(), fi, NetworkGraph.build(fi), asked,
                Marking.DEFAULT, false));
    }

    /** Writes one file per submitting student into {@code folder}. */
    static void submissions(List<Student> roster, Path folder) throws IOException {
        for (int i = 0; i < roster.size(); i++) {
            String id = roster.get(i).id();
            int kind = i % 20;
            if (kind == 19) {
                continue; // not submitted
            }
            if (kind == 18) {
                Files.writeString(folder.resolve(id + ".json"), "{\"student\": \"" + id + "\", \"answers\": {",
                        StandardCharsets.UTF_8);
                continue; // broken
            }
            String source = kind == 17 ? roster.get((i + 1) % roster.size()).id() : id; // copied
            Values v = variants(source).get(0).reference();
            StringBuilder sb = new StringBuilder("student = " + id + "\n[" + BASE.id() + "]\n");
            for (String k : ASKED) {
                double x = v.get(k);
                if (kind < 5 && k.equals("z[1]_1")) {
                    x += 0.5; // a slip, the rest of the chain written from the correct values (so: wrong)
                }
                String typed = kind % 3 == 0 ? Numbers.fixed(x, 3) : kind % 3 == 1 ? Numbers.fixed(x, 4)
                        : Numbers.fixed(x, 3).replace('.', ',');
                sb.append(k).append(" = ").append(kind == 6 && k.startsWith("J") ? "" : typed).append('\n');
            }
            Files.writeString(folder.resolve(id + ".txt"), sb, StandardCharsets.UTF_8);
        }
    }

    private static double grid(SplittableRandom r, double lo, double hi) {
        return Math.round((lo + r.nextDouble() * (hi - lo)) * 100) / 100.0;
    }
}
