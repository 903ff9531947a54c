package backpropgrader.exercise;

import backpropgrader.marking.Marking;

import backpropgrader.kernel.BadInputException;
import backpropgrader.kernel.TreeFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code course.yaml} (README "The course file"), or gives the defaults when there is none. The secret is
 * taken inline ({@code secret}), from a file ({@code secret_file}) or from an environment variable
 * ({@code secret_env}, default {@code GRADER_SECRET}); without one, the error says how to give it.
 */
public final class CourseReader {

    public static final String SECRET_ENV = "GRADER_SECRET";

    private CourseReader() {
    }

    /** @param file the course file, or null for the defaults (families from ./exercises or the bundled ones) */
    public static Course read(Path file, Map<String, String> env) {
        if (file == null) {
            return fromTree(JsonNodeFactory.instance.objectNode(), Course.DEFAULTS, Path.of(""), env);
        }
        Path folder = file.toAbsolutePath().getParent();
        return fromTree(TreeFiles.read(file), file.toString(), folder, env);
    }

    /**
     * The course for practice pages, which never use the secret: it is not read at all (a course without one is
     * fine), and the course's {@code secret()} is null.
     */
    public static Course readWithoutSecret(Path file) {
        return read(file, null);
    }

    /** @param env the environment for the secret; null: the secret is not read (practice) */
    static Course fromTree(JsonNode root, String source, Path folder, Map<String, String> env) {
        Fields f = new Fields(source);
        f.object(root, "");
        f.only(root, "", "title", "assignment", "secret", "secret_file", "secret_env", "families", "families_folder",
                "marking", "feedback", "locale", "group_work", "roster", "due", "extensions", "late_penalty", "timezone",
                "hand_in", "practice_url");
        String title = f.has(root, "title") ? f.text(root.get("title"), "title") : Course.DEFAULT_TITLE;
        String assignment = f.has(root, "assignment") ? f.text(root.get("assignment"), "assignment")
                : Course.DEFAULT_ASSIGNMENT;
        List<String> families = f.has(root, "families") ? f.texts(root.get("families"), "families") : List.of();
        String folderName = f.has(root, "families_folder") ? f.text(root.get("families_folder"), "families_folder")
                : Course.DEFAULT_FAMILIES_FOLDER;
        JsonNode m = root.has("marking") ? f.object(root.get("marking"), "marking") : JsonNodeFactory.instance.objectNode();
        f.only(m, "marking", "decimals", "absolute", "relative", "points", "follow_through_credit");
        Marking marking = new Marking(
                m.has("decimals") ? f.integer(m.get("decimals"), "marking.decimals", 0, 10) : Marking.DEFAULT.decimals(),
                m.has("absolute") ? f.number(m.get("absolute"), "marking.absolute", 0, 1e6) : Marking.DEFAULT.absolute(),
                m.has("relative") ? f.number(m.get("relative"), "marking.relative", 0, 1) : Marking.DEFAULT.relative(),
                m.has("follow_through_credit") ? f.number(m.get("follow_through_credit"),
                        "marking.follow_through_credit", 0, 1) : Marking.DEFAULT.followThroughCredit());
        double points = m.has("points") ? f.number(m.get("points"), "marking.points", 0, 1000) : 1;
        JsonNode fb = root.has("feedback") ? f.object(root.get("feedback"), "feedback") : JsonNodeFactory.instance.objectNode();
        f.only(fb, "feedback", "reveal_expected", "reveal_worked_solution", "reveal_misconceptions");
        Course.Feedback feedback = new Course.Feedback(flag(f, fb, "reveal_expected"),
                flag(f, fb, "reveal_worked_solution"), flag(f, fb, "reveal_misconceptions"), practiceUrl(f, root));
        Locale locale = f.has(root, "locale") ? locale(f, root.get("locale")) : Locale.ENGLISH;
        CourseSecret secret = env == null ? null : secret(f, root, folder, env);
        // Group work only when asked: a roster's group column alone is mostly tutorial groups.
        GroupWork groupWork = !f.has(root, "group_work") ? GroupWork.UNSET
                : f.bool(root.get("group_work"), "group_work") ? GroupWork.ON : GroupWork.OFF;
        Path roster = f.has(root, "roster") ? folder.resolve(f.text(root.get("roster"), "roster")) : null;
        String handIn = f.has(root, "hand_in") ? f.text(root.get("hand_in"), "hand_in").strip() : "";
        return new Course(title, assignment, secret, families, folderName, marking, points, feedback, locale, folder,
                source, groupWork, roster, DeadlineReader.read(f, root), handIn.isEmpty() ? null : handIn);
    }

    /** An http(s) address or a relative path (no other scheme: it becomes a link on every student's page). */
    private static String practiceUrl(Fields f, JsonNode root) {
        if (!f.has(root, "practice_url")) {
            return null;
        }
        String url = f.text(root.get("practice_url"), "practice_url").strip();
        boolean web = url.startsWith("https://") || url.startsWith("http://");
        if (url.isEmpty() || !web && (url.contains(":") || url.contains("\\"))) {
            throw f.error("practice_url", "an http:// or https:// address, or a relative path such as ../practice",
                    "\"" + url + "\"");
        }
        return url;
    }

    private static boolean flag(Fields f, JsonNode n, String field) {
        return !f.has(n, field) || f.bool(n.get(field), "feedback." + field);
    }

    private static Locale locale(Fields f, JsonNode n) {
        String tag = f.text(n, "locale");
        try {
            Locale l = new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build();
            if (l.getLanguage().isEmpty()) {
                throw new IllformedLocaleException("no language");
            }
            return l;
        } catch (IllformedLocaleException e) {
            throw f.error("locale", "a language tag such as en, en-GB or de-DE", "\"" + tag + "\"");
        }
    }

    private static CourseSecret secret(Fields f, JsonNode root, Path folder, Map<String, String> env) {
        if (f.has(root, "secret") && f.has(root, "secret_file")) {
            throw f.problem("secret", "give the secret inline or as secret_file, not both.");
        }
        if (f.has(root, "secret")) {
            return new CourseSecret(f.text(root.get("secret"), "secret"), f.source + ": secret");
        }
        if (f.has(root, "secret_file")) {
            Path p = folder.resolve(f.text(root.get("secret_file"), "secret_file"));
            try {
                String s = Files.readString(p, StandardCharsets.UTF_8).strip();
                if (s.isEmpty()) {
                    throw f.problem("secret_file", "the file " + p + " is empty; put the course secret in it.");
                }
                return new CourseSecret(s, f.source + ": secret_file");
            } catch (IOException e) {
                throw f.problem("secret_file", "the file " + p + " cannot be read (" + e.getMessage() + ").");
            }
        }
        String var = f.has(root, "secret_env") ? f.text(root.get("secret_env"), "secret_env") : SECRET_ENV;
        String value = env.get(var);
        if (value == null || value.isBlank()) {
            throw new BadInputException("No course secret: the environment variable " + var + " is not set"
                    + (f.source.equals(Course.DEFAULTS) ? " and no --course file was given" : " and " + f.source
                    + " has no secret or secret_file") + ". Set it (export " + var + "='a long random phrase'), or write"
                    + " secret_file: PATH in course.yaml. The secret decides every student's numbers: use the same one"
                    + " for generate and grade, and never hand it out.");
        }
        return new CourseSecret(value.strip(), "the environment variable " + var);
    }
}
