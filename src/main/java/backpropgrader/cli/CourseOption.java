package backpropgrader.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --course FILE}, declared once for the commands that read a course file ({@code @Mixin}). */
final class CourseOption {

    @Option(names = "--course", paramLabel = "FILE", description = "The course file (default: built-in defaults,"
            + " families from ./exercises, the secret from GRADER_SECRET).")
    private Path course;

    /** The course file, checked to exist; null when not given. */
    Path file() {
        return Arguments.file(course, "--course");
    }
}
