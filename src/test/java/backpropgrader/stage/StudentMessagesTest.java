package backpropgrader.stage;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a student reads about a file that went wrong: over every unreadable case in the golden broken-files
 * resources and a generated set (truncated, binary, wrong types, huge numbers, byte-order marks, duplicate keys,
 * and more), graded from an absolute submissions path, no student page shows an absolute path, a path above
 * the submissions folder, a Java class name or the JSON library's own words — and each unreadable page names
 * the file as the student gave it, the place, and what to do.
 */
class StudentMessagesTest {

    @TempDir
    static Path dir;
    static GradeFixture fx;
    static final Map<String, String> GENERATED = new LinkedHashMap<>();

    /** The JSON and CSV libraries' own words, and the grader's inner names: none may reach a student. */
    private static final List<String> LIBRARY = List.of("Unexpected end-of-input", "Unexpected character",
            "Duplicate field", "StreamReadFeature", "[Source:", "close marker", "was expecting", "Unrecognized",
            "StreamReadConstraints", "getMax", "BigDecimal", "JsonReadFeature", "ALLOW_", "CTRL-CHAR", "code 10",
            "MappingIterator", "maximum allowed", "Illegal unquoted", "Non-standard token", "REDACTED",
            "Leading zeroes", "deserialized", "jackson", "fasterxml", "Exception", "internal error");
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:java|javax|com|org|backpropgrader)\\.[a-z]\\w*\\.");
    private static final Pattern ABSOLUTE = Pattern.compile("(?:^|[\\s(\"'>=:])(/[A-Za-z0-9._-]+){2,}");

    @BeforeAll
    static void gradeEveryBrokenFile() throws IOException {
        Path broken = Path.of("src/test/resources/grade/broken-files/submissions");
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(broken)) {
            for (Path f : files.sorted().toList()) {
                String stem = f.getFileName().toString().replaceFirst("\\.[^.]+$", "");
                if (stem.matches("s\\d+")) {
                    ids.add(stem);
                }
            }
        }
        generate();
        ids.addAll(GENERATED.keySet().stream().map(n -> n.replaceFirst("\\.[^.]+$", "")).distinct().toList());
        ids.add("twice"); // a readable file and a broken one
        StringBuilder roster = new StringBuilder("id,name\n");
        ids.stream().distinct().forEach(id -> roster.append(id).append(",Student ").append(id).append('\n'));
        fx = new GradeFixture(dir, roster.toString(), "");
        try (Stream<Path> files = Files.list(broken)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve("subs").resolve(f.getFileName()));
            }
        }
        for (Map.Entry<String, String> g : GENERATED.entrySet()) {
            Files.write(dir.resolve("subs").resolve(g.getKey()), g.getValue().getBytes(StandardCharsets.ISO_8859_1));
        }
        Map<String, Map<String, String>> answers = new LinkedHashMap<>();
        fx.answers("twice", SyntheticAnswers.Style.CORRECT).forEach((ex, a) -> answers.put(ex, new LinkedHashMap<>(a)));
        answers.get("example-1-single-sample").put("not-a-key", "1");
        fx.submit("twice-a.json", SyntheticFiles.json("twice", answers));
        fx.submit("twice-b.json", "{\"student\": \"twice\", \"answers\": {\"x\": {\"J\": 1");
        assertEquals(1, fx.run("grade", dir.resolve("subs").toAbsolutePath().toString(), "--roster",
                fx.path("roster.csv"), "--course", fx.path("course.yaml"), "--out", fx.path("graded")), fx.err);
    }

    /** Broken files a student might hand in, as bytes (ISO-8859-1 carries each char as one byte). */
    private static void generate() {
        String good = "{\"student\": \"%s\", \"answers\": {\"example-1-single-sample\": {\"z[1]_1\": \"1.25\","
                + " \"J\": \"2.52\"}, \"quiz-1.1-chain-rule\": {\"df_1/dx\": \"2*x\"}}}";
        for (int cut : new int[] {1, 12, 40, 75, 110}) {
            String id = "g-cut" + cut;
            String text = good.formatted(id);
            GENERATED.put(id + ".json", text.substring(0, Math.min(cut, text.length() - 1)));
        }
        SplittableRandom random = new SplittableRandom(12);
        StringBuilder bytes = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            bytes.append((char) random.nextInt(256));
        }
        GENERATED.put("g-binary.json", bytes.toString());
        GENERATED.put("g-png.json", "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR");
        GENERATED.put("g-zeros.txt", "\u0000".repeat(64));
        GENERATED.put("g-student-number.json", "{\"student\": 1.5, \"answers\": {}}");
        GENERATED.put("g-answers-array.json", "{\"student\": \"g-answers-array\", \"answers\": [1, 2]}");
        GENERATED.put("g-answers-true.json", "{\"answers\": true}");
        GENERATED.put("g-exercise-number.json", "{\"answers\": {\"example-1-single-sample\": 3}}");
        GENERATED.put("g-top-string.json", "\"just a string\"");
        GENERATED.put("g-huge-exponent.json", "{\"answers\": {\"example-1-single-sample\": {\"J\": 1e99999999999}}}");
        GENERATED.put("g-long-number.json", "{\"answers\": {\"example-1-single-sample\": {\"J\": 1"
                + "0".repeat(3000) + "}}}");
        GENERATED.put("g-long-name.json", "{\"" + "k".repeat(60_000) + "\": 1}");
        GENERATED.put("g-deep.json", "{\"answers\": " + "[".repeat(3000));
        GENERATED.put("g-bom-broken.json", "\u00ef\u00bb\u00bf{\"answers\": {\"example-1-single-sample\": {\"J\":");
        GENERATED.put("g-bom16-broken.json", "\u00ff\u00fe{\u0000\"\u0000a\u0000");
        GENERATED.put("g-bom16-odd.json", "\u00fe\u00ff\u0000{\u0000");
        GENERATED.put("g-duplicate-student.json", "{\"student\": \"a\", \"student\": \"b\", \"answers\": {}}");
        GENERATED.put("g-duplicate-key.json", "{\"answers\": {\"example-1-single-sample\": {\"J\": \"1\", \"J\": \"2\"}}}");
        GENERATED.put("g-trailing-comma.json", "{\"answers\": {\"example-1-single-sample\": {\"J\": \"1\",}}}");
        GENERATED.put("g-single-quotes.json", "{'answers': {}}");
        GENERATED.put("g-comment.json", "{/* mine */ \"answers\": {}}");
        GENERATED.put("g-nan.json", "{\"answers\": {\"example-1-single-sample\": {\"J\": NaN}}}");
        GENERATED.put("g-leading-zero.json", "{\"answers\": {\"example-1-single-sample\": {\"J\": 01}}}");
        GENERATED.put("g-newline-in-string.json", "{\"answers\": {\"example-1-single-sample\": {\"J\": \"1\n2\"}}}");
        GENERATED.put("g-bad-escape.json", "{\"answers\": {\"example-1-single-sample\": {\"J\": \"\\q\"}}}");
        GENERATED.put("g-unquoted.json", "{\"answers\": {\"example-1-single-sample\": {\"J\": abc}}}");
        GENERATED.put("g-missing-colon.json", "{\"answers\" {}}");
        GENERATED.put("g-close-mismatch.json", "{\"answers\": {]}");
        GENERATED.put("g-text-no-header.txt", "J = 2.52\n");
        GENERATED.put("g-text-no-equals.txt", "[example-1-single-sample]\nJ: 2.52\n");
        GENERATED.put("g-unclosed.csv", "student,\"example-1-single-sample/J\"\ng-unclosed,\"2.52\n");
        GENERATED.put("g-word.docx", "PK\u0003\u0004 a word document");
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("graded/feedback"))) {
            return s.sorted().toList();
        }
    }

    @Test
    void noStudentPageShowsAPathAClassNameOrALibrarysWords() throws IOException {
        String above = dir.toAbsolutePath().toString();
        List<Path> pages = pages();
        assertTrue(pages.size() >= 50, "a page for every roster student: " + pages.size());
        for (Path p : pages) {
            String html = Files.readString(p);
            String where = p.getFileName().toString();
            assertFalse(html.contains(above), where + " shows the instructor's folder");
            assertFalse(html.contains("subs/") || html.contains("subs\\"), where + " shows a path above the file");
            Matcher abs = ABSOLUTE.matcher(html.replaceAll("<[^>]*>", " "));
            assertFalse(abs.find(), where + " shows an absolute path: " + (abs.find(0) ? abs.group() : ""));
            Matcher cls = CLASS_NAME.matcher(html);
            assertFalse(cls.find(), where + " names a Java class: " + (cls.find(0) ? cls.group() : ""));
            for (String words : LIBRARY) {
                assertFalse(html.contains(words), where + " shows the library's words '" + words + "'");
            }
        }
    }

    @Test
    void everyUnreadablePageNamesTheFileThePlaceAndWhatToDo() throws IOException {
        int unreadable = 0;
        for (JsonNode s : fx.results().get("students")) {
            if (!s.get("status").asText().equals("unreadable") || !Files.exists(fx.dir.resolve("graded/feedback/"
                    + s.get("id").asText() + ".html"))) {
                continue;
            }
            unreadable++;
            String id = s.get("id").asText();
            String html = Files.readString(fx.dir.resolve("graded/feedback/" + id + ".html"));
            String file = Path.of(s.get("source").asText()).getFileName().toString();
            Matcher error = Pattern.compile("<pre class=\"error\">(.*?)</pre>", Pattern.DOTALL).matcher(html);
            assertTrue(error.find(), id);
            assertTrue(error.group(1).startsWith(file.replace("'", "&#39;") + ": "),
                    id + ": the file as the student named it first: " + error.group(1));
            assertTrue(html.contains("<strong>What to do:</strong>"), id);
            if (file.endsWith(".json")) {
                assertTrue(html.contains("your answers are kept there — and press Save again"), id);
            }
            String full = s.get("error").asText();
            if (full.contains(": line ")) {
                String place = full.substring(full.indexOf(": line ") + 2).replaceFirst("(line \\d+(, column \\d+)?).*",
                        "$1");
                assertTrue(error.group(1).contains(place), id + ": the place, " + place + ", in " + error.group(1));
            }
        }
        assertTrue(unreadable >= 40, "every broken file was unreadable and has a page: " + unreadable);
    }

    @Test
    void theInstructorsFilesKeepTheFullMessage() throws IOException {
        JsonNode eof = fx.student("s1");
        assertTrue(eof.get("error").asText().contains("expected valid JSON, found an error: Unexpected end-of-input"),
                "results.json keeps the library's words for the instructor");
        assertTrue(eof.get("error").asText().startsWith(dir.resolve("subs").toAbsolutePath().toString()),
                "and the path it was read from");
        String page = Files.readString(dir.resolve("graded/feedback/s1.html"));
        assertTrue(page.contains("s1.json: line 2, column 1: the file ends before the answers are complete"), page);
        JsonNode huge = fx.student("g-huge-exponent");
        assertEquals("graded", huge.get("status").asText(), "a number too large for any type: that item, not the file");
        JsonNode j = GradeFixture.item(huge, "example-1-single-sample", "J");
        assertEquals("unreadable", j.get("reason_kind").asText(), j.toString());
        String page2 = Files.readString(dir.resolve("graded/feedback/twice.html"));
        String twice = page2.substring(page2.indexOf("notes-heading"), page2.indexOf("</section>",
                page2.indexOf("notes-heading")));
        assertTrue(twice.contains("Another file of yours could not be read: twice-b.json: line 1, column"), twice);
        assertTrue(twice.contains("twice-a.json: [example-1-single-sample] not-a-key is not a quantity"), twice);
        String report = Files.readString(dir.resolve("graded/report.html"));
        assertTrue(report.contains("s1.json: line 2, column 1: the file ends before the answers are complete"),
                "the report's short line");
        assertTrue(report.contains(eof.get("error").asText().replace("'", "&#39;").replace("\"", "&quot;")),
                "the full message on the student's row");
    }
}
