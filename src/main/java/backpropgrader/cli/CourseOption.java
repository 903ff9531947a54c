package backpropgrader.cli;

import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --course FILE}, declared once for the commands that read a course file ({@code @Mixin}). */
final class CourseOption {

    /** The course file looked for in the working folder when {@code --course} is not given (the README's commands). */
    static final String DEFAULT = "course.yaml";

    @Option(names = "--course", paramLabel = "FILE", description = "The course file (default: ./course.yaml when"
            + " present, else built-in defaults: families from ./exercises, the secret from GRADER_SECRET).")
    private Path course;

    /**
     * The course file, checked to exist: the one given, else ./course.yaml when there is one (a forgotten
     * {@code --course} must not silently grade against the defaults); null for the built-in defaults.
     */
    Path file() {
        if (course == null && Files.isRegularFile(Path.of(DEFAULT))) {
            return Path.of(DEFAULT);
        }
        return Arguments.file(course, "--course");
    }
}
