package backpropgrader.cli;

import backpropgrader.exercise.Course;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The first line of every {@code generate} and {@code grade} summary (issue 9, Build 3): which course file was
 * used (or that none was), the assignment id and the families — the three things that decide every variant, so
 * that a forgotten {@code --course} shows at once.
 */
final class CourseLine {

    private CourseLine() {
    }

    /** @param families family id → version, in the order to show them */
    static String of(Course course, Map<String, String> families) {
        String file = course.source().equals(Course.DEFAULTS) ? "the built-in default course (no --course and no"
                + " ./course.yaml)" : course.source();
        return "Course: " + file + "; assignment " + course.assignment() + "; families " + families.entrySet()
                .stream().map(e -> e.getKey() + " v" + e.getValue()).collect(Collectors.joining(", ")) + ".";
    }
}
