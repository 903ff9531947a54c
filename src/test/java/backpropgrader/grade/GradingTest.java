package backpropgrader.grade;

import backpropgrader.marking.MarkedExercise;

import backpropgrader.exercise.Student;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The grading stage over a whole class: everyone appears once, bad files cost only themselves, listeners see all. */
class GradingTest {

    @Test
    void aClassOfAThousandWithAMixOfSubmissions(@TempDir Path dir) throws IOException {
        List<Student> roster = ClassSynthesis.roster(1000);
        ClassSynthesis.submissions(roster, dir);
        List<String> seen = new ArrayList<>();
        int[] progress = new int[2];
        GradingOutcome out = new Grading(roster, ClassSynthesis::variants).run(Grading.files(dir),
                new Grading.Listener() {
                    @Override
                    public void graded(StudentResult result, List<MarkedExercise> marked) {
                        seen.add(result.id());
                        assertEquals(result.items().size(), marked.stream().mapToInt(m -> m.items().size()).sum());
                    }

                    @Override
                    public void progress(int done, int total) {
                        progress[0] = done;
                        progress[1] = total;
                    }
                });
        Map<String, StudentResult> byId = out.students().stream()
                .collect(Collectors.toMap(StudentResult::id, Function.identity()));
        assertEquals(1000, out.students().size(), "every roster student exactly once");
        assertEquals(50, out.count(Status.NOT_SUBMITTED));
        assertEquals(50, out.count(Status.UNREADABLE));
        assertEquals(900, out.count(Status.GRADED));
        assertEquals(900, seen.size(), "the listener sees every graded student");
        assertEquals(List.of(1000, 1000), List.of(progress[0], progress[1]));
        assertTrue(out.needsAttention(), "unreadable files make grade exit with 1");
        for (int i = 0; i < 1000; i++) {
            StudentResult r = byId.get(roster.get(i).id());
            List<String> expectedFlags = i % 20 == 17 ? List.of("collusion:" + roster.get(i + 1).id()) : List.of();
            assertEquals(expectedFlags, r.flags(), r.id());
            int kind = i % 20;
            if (kind >= 9 && kind <= 11) { // honest: 3 places, 4 places, decimal comma
                assertEquals(24.0, r.score(), r.id() + " " + r.items());
            } else if (kind < 5) { // a slip in z[1]_1 only, the rest correct
                assertEquals(23.0, r.score(), r.id() + " " + r.items());
            }
        }
        List<String> ids = out.students().stream().map(StudentResult::id).toList();
        assertEquals(ids.stream().sorted(IdOrder.INSTANCE).toList(), ids, "sorted by id");
    }

    @Test
    void anEmptyFolderLeavesEveryoneNotSubmitted(@TempDir Path dir) {
        List<Student> roster = ClassSynthesis.roster(3);
        GradingOutcome out = new Grading(roster, ClassSynthesis::variants).run(dir);
        assertEquals(3, out.count(Status.NOT_SUBMITTED));
        assertEquals(24.0, out.students().get(0).max());
        assertEquals(0.0, out.students().get(0).score());
        assertFalse(out.needsAttention(), "not-submitted alone exits with 0");
        assertTrue(out.warnings().get(0).contains("No submission files"));
    }

    @Test
    void aStudentWhoseOnlyFileIsBrokenIsUnreadableWithTheFileNamed(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("s00001.txt"), "[lecture-example-1]\nJ 2.52\n");
        GradingOutcome out = new Grading(ClassSynthesis.roster(2), ClassSynthesis::variants).run(dir);
        StudentResult r = out.students().get(1);
        assertEquals(Status.UNREADABLE, r.status());
        assertEquals(f.toString(), r.source());
        assertEquals(f + ": line 2: expected 'key = value', an [exercise-id] header or a # comment, found 'J 2.52'.",
                r.error());
        assertEquals(null, r.score());
        assertEquals(24.0, r.max());
    }
}
