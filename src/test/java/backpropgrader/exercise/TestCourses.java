package backpropgrader.exercise;

import backpropgrader.marking.Marking;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Courses for tests: a fixed secret and assignment, the course defaults otherwise. */
public final class TestCourses {

    public static final String SECRET = "test-secret-do-not-use";

    private TestCourses() {
    }

    public static Course course(String assignment) {
        return new Course(Course.DEFAULT_TITLE, assignment, new CourseSecret(SECRET, "test"), List.of(),
                Course.DEFAULT_FAMILIES_FOLDER, Marking.DEFAULT, 1, Course.Feedback.ALL, Locale.ENGLISH, Path.of(""),
                "(test)");
    }

    /** The families shipped in exercises/ (read from the working folder, the project root under Maven). */
    public static List<Family> bundledFamilies() {
        return FamilyCatalog.load(course("x"));
    }
}
