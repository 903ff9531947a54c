package backpropgrader.kernel;

import java.nio.file.Path;

/**
 * Every path the tool writes, in one place (as nbgrader's {@code coursedir.py} names its folders): what
 * {@code generate} hands out, what {@code grade} writes and {@code export} reads, where {@code check} previews a
 * family, and the course folder {@code demo} and {@code bench} lay out. Each record is rooted at the folder the
 * command was given; the contract is the README's commands. (The LMS upload files an export writes are named by each
 * LMS's exporter, after that LMS's importer.)
 */
public final class OutputLayout {

    private OutputLayout() {
    }

    /**
     * {@code generate --out DIR}: {@code students/<id>/} is all a student receives (so it can be handed out
     * whole); {@code instructor/} is the instructor's.
     */
    public record Handout(Path root) {
        public Path students() {
            return root.resolve("students");
        }

        public Path student(String id) {
            return students().resolve(id);
        }

        public Path sheet(String id) {
            return student(id).resolve("sheet.html");
        }

        /** The blank templates' names: never the name the sheet's form saves ({@code <id>-<assignment>-answers.json}). */
        public static final String BLANK_JSON = "answers-blank.json";
        public static final String BLANK_TEXT = "answers-blank.txt";

        /** The blank answers file the sheet's form fills in (never named like a saved one). */
        public Path answersJson(String id) {
            return student(id).resolve(BLANK_JSON);
        }

        public Path answersText(String id) {
            return student(id).resolve(BLANK_TEXT);
        }

        public Path instructor() {
            return root.resolve("instructor");
        }

        public Path keys() {
            return instructor().resolve("keys");
        }

        public Path keys(String id) {
            return keys().resolve(id);
        }

        public Path key(String id, String exerciseId) {
            return keys(id).resolve(exerciseId + ".json");
        }

        public Path solutions() {
            return instructor().resolve("solutions");
        }

        public Path solution(String id) {
            return solutions().resolve(id + ".html");
        }
    }

    /** {@code grade --out DIR} (default {@code ./graded}), which {@code export} reads. */
    public record Graded(Path root) {
        /** The feedback folder's name, also as the report links a page: {@code feedback/<id>.html}. */
        public static final String FEEDBACK = "feedback";

        public Path results() {
            return root.resolve("results.json");
        }

        public Path grades() {
            return root.resolve("grades.csv");
        }

        /** One row per student and item. */
        public Path items() {
            return root.resolve("items.csv");
        }

        public Path report() {
            return root.resolve("report.html");
        }

        /** The report's item statistics, one row per item. */
        public Path reportCsv() {
            return root.resolve("report.csv");
        }

        public Path feedback() {
            return root.resolve(FEEDBACK);
        }

        public Path feedback(String id) {
            return feedback().resolve(id + ".html");
        }

        /** Where {@code export --lms LMS} writes when not told otherwise. */
        public Path export(String lms) {
            return root.resolve("export").resolve(lms);
        }
    }

    /** {@code check --preview DIR}: a sample sheet and its worked solutions per family. */
    public record Preview(Path root) {
        public Path sheet(String familyId) {
            return root.resolve(familyId + ".html");
        }

        public Path solutions(String familyId) {
            return root.resolve(familyId + "-solutions.html");
        }
    }

    /**
     * A course folder as an instructor keeps it, which {@code demo} and {@code bench} lay out: the course file,
     * the roster, the overrides, what generate handed out, what the class handed in, what grade wrote.
     */
    public record Course(Path root) {
        public Path courseFile() {
            return root.resolve("course.yaml");
        }

        public Path roster() {
            return root.resolve("roster.csv");
        }

        public Path overrides() {
            return root.resolve("overrides.yaml");
        }

        public Handout handout() {
            return new Handout(root.resolve("handout"));
        }

        public Path submissions() {
            return root.resolve("submissions");
        }

        public Graded graded() {
            return new Graded(root.resolve("graded"));
        }
    }
}
