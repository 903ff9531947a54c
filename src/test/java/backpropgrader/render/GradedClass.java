package backpropgrader.render;

import backpropgrader.engine.FixedInstance;
import backpropgrader.engine.NetworkGraph;
import backpropgrader.engine.Numbers;
import backpropgrader.engine.Values;
import backpropgrader.marking.Asked;
import backpropgrader.exercise.Course;
import backpropgrader.marking.Marking;
import backpropgrader.exercise.Student;
import backpropgrader.marking.Variant;
import backpropgrader.grade.ClassSummary;
import backpropgrader.grade.Grading;
import backpropgrader.grade.GradingOutcome;
import backpropgrader.marking.MarkedExercise;
import backpropgrader.grade.StudentResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A small class graded by the real {@link Grading}: Example 1 with each student's own weights, and one student of
 * each kind — all right (ada), a slip in h carried through consistently and a sign flipped in a later update (bob), the update's sign flipped (cyd),
 * nothing submitted (dan), a broken file (eve), ada's answers copied (mal), and a hostile name and answer (zed).
 */
final class GradedClass {

    static final String EXERCISE = "lecture-example-1";
    static final List<String> ASKED = List.of("z[1]_1", "h[1]_1", "yhat_1", "J", "dJ/dw[2]_1,1", "dJ/dw[1]_2,1",
            "w[2]_1,1,new", "w[1]_1,1,new", "yhat_1@2", "J@2");
    static final List<Student> ROSTER = List.of(new Student("ada", "Ada Lovelace", ""),
            new Student("bob", "Bob Hopper", ""), new Student("cyd", "Cyd Noether", ""),
            new Student("dan", "Dan Turing", ""), new Student("eve", "Eve Shannon", ""),
            new Student("mal", "Mal Copier", ""), new Student("zed", "<script>alert('x')</script> & Co", ""));
    /** Bob's slip: h[1]_1 this much too large; everything after it computed from his value. */
    static final double SLIP = 0.05;

    final GradingOutcome outcome;
    final Map<String, List<MarkedExercise>> marked;

    private GradedClass(GradingOutcome outcome, Map<String, List<MarkedExercise>> marked) {
        this.outcome = outcome;
        this.marked = marked;
    }

    static List<Variant> variants(String id) {
        int i = ROSTER.stream().map(Student::id).toList().indexOf(id);
        FixedInstance base = TestPages.lecture("example-1");
        FixedInstance in = base.withWeights(new double[][][] {{{0.5 + 0.1 * i, 2.3}, {1.5, 3}}, {{1}, {1 + 0.1 * i}}},
                null);
        List<Asked> asked = ASKED.stream().map(k -> Asked.number(k, k.startsWith("dJ") ? 2 : 1)).toList();
        return List.of(new Variant(id, EXERCISE, "example-1", "1", in.title(), in, NetworkGraph.build(in), asked,
                Marking.DEFAULT, false));
    }

    static GradedClass grade(Path dir) throws IOException {
        Values ada = reference("ada");
        write(dir, "ada", k -> Numbers.fixed(ada.get(k), 3));
        Values bobRef = reference("bob");
        Values bobOwn = variants("bob").get(0).graph().evaluateWith(Map.of("h[1]_1", bobRef.get("h[1]_1") + SLIP));
        double bobFlipped = bobOwn.get("w[1]_1,1") + 0.1 * bobOwn.get("dJ/dw[1]_1,1");
        write(dir, "bob", k -> k.equals("J@2") ? "" : k.equals("z[1]_1") ? Numbers.fixed(bobRef.get(k), 3)
                : Numbers.fixed(k.equals("w[1]_1,1,new") ? bobFlipped : bobOwn.get(k), 3));
        Values cyd = reference("cyd");
        double flipped = cyd.get("w[2]_1,1") + 0.1 * cyd.get("dJ/dw[2]_1,1");
        write(dir, "cyd", k -> k.endsWith("@2") ? "" : Numbers.fixed(k.equals("w[2]_1,1,new") ? flipped : cyd.get(k), 3));
        Files.writeString(dir.resolve("eve.json"), "{\"student\": \"eve\",\n \"answers\": {", StandardCharsets.UTF_8);
        write(dir, "mal", k -> Numbers.fixed(ada.get(k), 3));
        Values zed = reference("zed");
        write(dir, "zed", k -> k.equals("z[1]_1") ? "<b>1</b>" : Numbers.fixed(zed.get(k), 3));
        Map<String, List<MarkedExercise>> marked = new HashMap<>();
        GradingOutcome out = new Grading(ROSTER, GradedClass::variants).run(Grading.files(dir), new Grading.Listener() {
            @Override
            public void graded(StudentResult result, List<MarkedExercise> exercises) {
                marked.put(result.id(), exercises);
            }
        });
        return new GradedClass(out, marked);
    }

    static Values reference(String id) {
        return variants(id).get(0).reference();
    }

    private static void write(Path dir, String id, UnaryOperator<String> value) throws IOException {
        StringBuilder sb = new StringBuilder("student = " + id + "\n[" + EXERCISE + "]\n");
        ASKED.forEach(k -> sb.append(k).append(" = ").append(value.apply(k)).append('\n'));
        Files.writeString(dir.resolve(id + ".txt"), sb, StandardCharsets.UTF_8);
    }

    StudentResult result(String id) {
        return outcome.students().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    Student student(String id) {
        return ROSTER.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    FeedbackPage page(String id, Course.Feedback reveal, Locale locale) {
        return page(result(id), reveal, locale);
    }

    FeedbackPage page(StudentResult r, Course.Feedback reveal, Locale locale) {
        return new FeedbackPage(student(r.id()), "EMS702P Statistical Thinking", "week9-bp", locale, r,
                marked.getOrDefault(r.id(), List.of()), reveal, "backprop-grader test · families example-1 v1");
    }

    ReportPage report(GradingOutcome o, Locale locale) {
        return new ReportPage("EMS702P Statistical Thinking", "week9-bp", locale, o, ClassSummary.of(o),
                "backprop-grader test · families example-1 v1");
    }
}
