package backpropgrader.exercise;

import backpropgrader.kernel.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The course file's roster, due date, extensions and late penalty. */
class CourseDeadlineTest {

    @TempDir
    Path dir;

    private Course read(String yaml) throws IOException {
        Path f = dir.resolve("course.yaml");
        Files.writeString(f, "secret: x\n" + yaml);
        return CourseReader.read(f, Map.of());
    }

    @Test
    void withoutTheFieldsThereIsNoRosterNoDueDateAndNoPenalty() throws IOException {
        Course c = read("");
        assertNull(c.roster());
        assertEquals(Deadline.NONE, c.deadline());
        assertTrue(c.deadline().penalty().isNone());
    }

    @Test
    void rosterDueDateExtensionsAndPenaltyAreRead() throws IOException {
        Course c = read("""
                roster: lists/roster.csv
                due: 2025-03-14 17:00
                extensions: {s2: 2025-03-17T09:30, s3: 2025-03-20}
                late_penalty: {per_day: 10%, max: 25}
                """);
        assertEquals(dir.toAbsolutePath().resolve("lists/roster.csv"), c.roster());
        assertEquals(LocalDateTime.of(2025, 3, 14, 17, 0), c.deadline().due());
        assertEquals(LocalDateTime.of(2025, 3, 17, 9, 30), c.deadline().dueFor("s2"));
        assertEquals(LocalDateTime.of(2025, 3, 20, 23, 59, 59), c.deadline().dueFor("s3"), "a date alone: its end");
        assertEquals(LocalDateTime.of(2025, 3, 14, 17, 0), c.deadline().dueFor("s1"));
        assertEquals(new Deadline.Penalty(0, 10, 25), c.deadline().penalty());
        assertEquals(10, c.deadline().penalty().percent(1));
        assertEquals(25, c.deadline().penalty().percent(4), "capped at max");
        assertEquals(20, read("late_penalty: {flat: 20%}\n").deadline().penalty().percent(3), "flat");
    }

    @Test
    void badDatesAndPercentagesAreNamed() {
        BadInputException date = assertThrows(BadInputException.class, () -> read("due: 14/03/2025\n"));
        assertTrue(date.getMessage().endsWith("course.yaml: due: expected a date and time such as 2025-03-14 17:00"
                + " (or a date alone, 2025-03-14), found \"14/03/2025\"."), date.getMessage());
        BadInputException pct = assertThrows(BadInputException.class, () -> read("late_penalty: {per_day: 150%}\n"));
        assertTrue(pct.getMessage().endsWith("course.yaml: late_penalty.per_day: expected a percentage from 0 to 100"
                + " (such as 10 or 10%), found \"150%\"."), pct.getMessage());
        BadInputException ext = assertThrows(BadInputException.class, () -> read("extensions: {s1: 2025-03-14}\n"));
        assertTrue(ext.getMessage().endsWith("extensions: extensions need a due date; add due: YYYY-MM-DD HH:MM."),
                ext.getMessage());
    }
}
