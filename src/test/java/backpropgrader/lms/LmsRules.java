package backpropgrader.lms;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The LMSs' own matching rules, re-implemented from their sources as docs/LMS.md describes them, to read our
 * exports back the way the LMS would. Independent of the production readers on purpose. Public: the
 * {@code export} command's tests (package cli) read its files back with them too.
 */
public final class LmsRules {

    private LmsRules() {
    }

    /**
     * A Moodle site's language as its worksheet importer ({@code assignfeedback_offline}'s gradeimporter) uses it:
     * the headers it looks for, exactly as {@code get_string} gives them, the {@code hiddenuser} prefix of an
     * Identifier, and the {@code decsep} that {@code unformat_float} turns into a point.
     */
    public record MoodleSite(String identifier, String grade, String modified, String participant, char decsep) {
        /** An English site (Moodle 4.2 and 4.5 alike: the importer does not read the maximum column). */
        public static final MoodleSite ENGLISH = new MoodleSite("Identifier", "Grade", "Last modified (grade)",
                "Participant ", '.');
        /** A German site: de/assign.php, de/moodle.php, de/langconfig.php (see resources/lms/moodle/SOURCES.md). */
        public static final MoodleSite GERMAN = new MoodleSite("ID", "Bewertung", "Zuletzt geändert (Bewertung)",
                "Teilnehmer/in", ',');
    }

    /** Moodle's worksheet upload on an English site. */
    public static Map<String, Double> moodleWorksheet(Path csv) throws IOException {
        return moodleWorksheet(csv, MoodleSite.ENGLISH);
    }

    /** Moodle's worksheet upload: headers matched exactly; id = the cell after the site's "Participant " prefix. */
    public static Map<String, Double> moodleWorksheet(Path csv, MoodleSite site) throws IOException {
        List<List<String>> rows = rows(csv, ',');
        List<String> h = new ArrayList<>(rows.get(0));
        h.set(0, h.get(0).replace("\uFEFF", ""));
        int id = h.indexOf(site.identifier());
        int grade = h.indexOf(site.grade());
        if (id < 0 || grade < 0 || !h.contains(site.modified())) {
            throw new AssertionError("Moodle would reject the header " + h);
        }
        Map<String, Double> grades = new TreeMap<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            String g = r.get(grade);
            if (!r.get(id).startsWith(site.participant())) {
                throw new AssertionError("Moodle would find no participant in " + r.get(id));
            }
            if (!g.isEmpty()) { // Moodle skips blank grades
                grades.put(r.get(id).substring(site.participant().length()), unformatFloat(g, site.decsep()));
            }
        }
        return grades;
    }

    /**
     * Moodle's unformat_float on a site whose decimal separator is {@code decsep}: that separator becomes a point,
     * then PHP's (float) cast reads the longest number at the start — so an English site reads "17,50" as 17.
     */
    public static double unformatFloat(String s, char decsep) {
        Matcher m = Pattern.compile("\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")
                .matcher(s.replace(" ", "").replace(decsep, '.'));
        return m.lookingAt() ? Double.parseDouble(m.group()) : 0;
    }

    /** Moodle's feedback-zip importer: the first path part split on "_" (limit 5) with a numeric 2nd piece and a
     *  submission plugin in pieces 3_4 names the participant; files starting with "." or "~" are skipped. */
    public static Map<String, String> moodleFeedbackZip(Path zip) throws IOException {
        Map<String, String> byParticipant = new TreeMap<>();
        for (String name : entries(zip)) {
            String base = name.substring(name.lastIndexOf('/') + 1);
            if (base.startsWith(".") || base.startsWith("~")) {
                continue;
            }
            List<String> parts = new ArrayList<>(Arrays.asList(name.split("/")));
            while (!parts.isEmpty()) {
                String[] info = parts.remove(0).split("_", 5);
                if (info.length < 4 || !info[1].matches("\\d+")
                        || !(info[2] + "_" + info[3]).matches("assignsubmission_(file|onlinetext)")) {
                    continue;
                }
                parts.add(0, info.length == 5 ? info[4] : "");
                byParticipant.put(String.valueOf(Integer.parseInt(info[1])), String.join("/", parts));
                break;
            }
        }
        return byParticipant;
    }

    /** Canvas's gradebook importer: col 0 contains Student, col 1 is ID, info ends at Section; the assignment is
     *  matched by its trailing "(id)"; students by ID. Returns user id → score for assignment {@code id}. */
    public static Map<String, Double> canvasImport(Path csv, String assignmentId) throws IOException {
        List<List<String>> rows = rows(csv, ',');
        List<String> h = rows.get(0);
        if (!h.get(0).contains("Student") || !h.get(1).equals("ID") || !h.contains("Section")) {
            throw new AssertionError("Canvas would reject the header " + h);
        }
        int column = -1;
        for (int i = h.indexOf("Section") + 1; i < h.size(); i++) {
            Matcher m = Pattern.compile(".*\\((\\d+)\\)\\s*").matcher(h.get(i));
            if (m.matches() && m.group(1).equals(assignmentId)) {
                column = i;
            }
        }
        if (column < 0) {
            throw new AssertionError("Canvas would create a new assignment for " + h);
        }
        Map<String, Double> scores = new TreeMap<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            String s = r.get(column);
            if (s.matches("-?\\d+(\\.\\d{1,2})?")) {
                scores.put(r.get(1), Double.parseDouble(s));
            } else if (!s.isEmpty()) {
                throw new AssertionError("Canvas expects at most 2 decimals, found " + s);
            }
        }
        return scores;
    }

    /** Canvas's re-upload: the first two all-digit "_" parts of the base name are user id and attachment id. */
    public static Map<String, String> canvasFeedbackZip(Path zip) throws IOException {
        Map<String, String> userToAttachment = new TreeMap<>();
        for (String name : entries(zip)) {
            List<String> digits = Arrays.stream(name.substring(name.lastIndexOf('/') + 1).split("_"))
                    .filter(p -> p.matches("\\d+")).limit(2).toList();
            if (digits.size() == 2) {
                userToAttachment.put(digits.get(0), digits.get(1));
            }
        }
        return userToAttachment;
    }

    /** Blackboard's upload: every field quoted, Username the key, the column routed by its "|id" suffix. */
    public static Map<String, Double> blackboardUpload(Path file, char separator, String columnId) throws IOException {
        for (String line : Files.readString(file).split("\r\n")) {
            String sep = separator == '\t' ? "\t" : ",";
            if (!line.matches("\"[^\"]*\"(" + sep + "\"[^\"]*\")*")) {
                throw new AssertionError("a field is not quoted: " + line);
            }
        }
        List<List<String>> rows = rows(file, separator);
        List<String> h = rows.get(0);
        int user = h.indexOf("Username");
        int column = -1;
        for (int i = 0; i < h.size(); i++) {
            column = h.get(i).matches(".*\\|" + columnId) ? i : column;
        }
        if (user < 0 || column < 0) {
            throw new AssertionError("Blackboard would not find Username or column |" + columnId + " in " + h);
        }
        Map<String, Double> scores = new TreeMap<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            scores.put(r.get(user), Double.parseDouble(r.get(column)));
        }
        return scores;
    }


    public static List<String> entries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile zf = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry e : Collections.list(zf.getEntries())) {
                names.add(e.getName());
            }
        }
        return names;
    }

    public static List<List<String>> rows(Path csv, char separator) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(Files.readString(csv))) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
        }
        return rows;
    }
}
