package backpropgrader.lms;

import backpropgrader.kernel.BadInputException;
import backpropgrader.exercise.Student;
import backpropgrader.lms.MoodleStrings.Column;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moodle's offline grading worksheet as the instructor downloaded it ("Download grading worksheet"): one row per
 * participant, non-submitters too, with the participant id ({@code Participant 12345}), the identity fields the
 * site shows (Email address, ID number, Username), the maximum grade, when each submission was last modified and
 * the {@code Last modified (grade)} value Moodle checks on upload. It maps download participant ids to roster
 * students, gives the submission times for lateness, and the Moodle export is written on top of it, every cell
 * kept as Moodle wrote it but Grade and Feedback comments.
 *
 * <p>Its columns are found without regard to case, in every spelling and language {@link MoodleStrings} knows
 * (Moodle 4.2's {@code Maximum Grade}, 4.5's {@code Maximum grade}, a German site's {@code Bestwertung}); a
 * worksheet in another language is read by the order Moodle writes its columns, with a note saying so.
 */
public final class MoodleWorksheet {

    private static final Pattern IDENTIFIER = Pattern.compile("(\\D*?)\\s*(\\d+)");

    /** One participant's row; {@code submitted} is when the submission was last modified, or null. */
    record Entry(String participant, String fullName, String email, String idNumber, String username,
                 LocalDateTime submitted, CsvTable.Row row) {
    }

    private final CsvTable table;
    private final Map<Column, Integer> columns;
    private final MoodleStrings.Language language;
    private final List<String> notes;
    private final List<Entry> entries;
    private final Map<String, Entry> byParticipant = new HashMap<>();
    private final Map<String, Entry> byIdentity = new HashMap<>();
    private final Map<String, List<Entry>> byName = new HashMap<>();

    private MoodleWorksheet(CsvTable table, Map<Column, Integer> columns, MoodleStrings.Language language,
                            List<String> notes, List<Entry> entries) {
        this.table = table;
        this.columns = columns;
        this.language = language;
        this.notes = notes;
        this.entries = entries;
        for (Entry e : entries) {
            byParticipant.putIfAbsent(e.participant(), e);
            for (String id : List.of(e.email(), e.idNumber(), e.username())) {
                if (!id.isEmpty()) {
                    byIdentity.putIfAbsent(id.toLowerCase(Locale.ROOT), e);
                }
            }
            if (!e.fullName().isEmpty()) {
                byName.computeIfAbsent(Names.moodleKey(e.fullName()), k -> new ArrayList<>()).add(e);
            }
        }
    }

    public static MoodleWorksheet read(Path file) {
        CsvTable t = CsvTable.read(file);
        MoodleStrings.Language language = MoodleStrings.of(t.header());
        List<String> notes = new ArrayList<>();
        Map<Column, Integer> columns = language != null ? byName(t, language) : byOrder(t, file, notes);
        int id = columns.get(Column.IDENTIFIER);
        List<Entry> entries = new ArrayList<>();
        int unreadTimes = 0;
        for (CsvTable.Row r : t.rows()) {
            Matcher m = IDENTIFIER.matcher(r.get(id));
            if (!m.matches() || m.group(1).isBlank()) {
                throw new BadInputException(file + ": line " + r.line() + ": column " + t.header().get(id)
                        + ": expected 'Participant' (in the site's language) and a number, found '" + r.get(id) + "'.");
            }
            LocalDateTime submitted = time(r.get(at(columns, Column.SUBMITTED)), language);
            unreadTimes += submitted == null && !r.get(at(columns, Column.SUBMITTED)).matches("-?") ? 1 : 0;
            entries.add(new Entry(m.group(2), r.get(at(columns, Column.FULL_NAME)), r.get(at(columns, Column.EMAIL)),
                    r.get(at(columns, Column.ID_NUMBER)), r.get(at(columns, Column.USERNAME)), submitted, r));
        }
        if (unreadTimes > 0) {
            notes.add(file + ": " + unreadTimes + " time" + (unreadTimes == 1 ? "" : "s") + " in the column "
                    + t.header().get(columns.get(Column.SUBMITTED)) + " could not be read; those submissions are not"
                    + " judged late.");
        }
        return new MoodleWorksheet(t, columns, language, List.copyOf(notes), List.copyOf(entries));
    }

    /** The columns by their headers in the worksheet's language; Identifier, Grade and Last modified are there. */
    private static Map<Column, Integer> byName(CsvTable t, MoodleStrings.Language language) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < t.header().size(); i++) {
            for (Column c : Column.values()) {
                if (!columns.containsKey(c) && language.is(c, t.header().get(i))) {
                    columns.put(c, i);
                }
            }
        }
        return columns;
    }

    /**
     * A worksheet in a language the tool does not know, read by the order Moodle writes it: Identifier first,
     * Full name second; the Grade column just before the maximum grade (the first later column whose cells are
     * all one number); Last modified (grade) after Last modified (submission), the last two columns of times.
     */
    private static Map<Column, Integer> byOrder(CsvTable t, Path file, List<String> notes) {
        List<String> h = t.header();
        int max = -1;
        for (int i = 2; i < h.size() && max < 0; i++) {
            max = sameNumber(t, i) ? i : -1;
        }
        boolean identifiers = !t.rows().isEmpty() && t.rows().stream().allMatch(r -> IDENTIFIER.matcher(r.get(0))
                .matches());
        List<Integer> times = new ArrayList<>();
        for (int i = Math.max(max, 2); i < h.size(); i++) {
            if (times(t, i)) {
                times.add(i);
            }
        }
        if (!identifiers || max < 3 || times.isEmpty()) {
            throw new BadInputException(file + ": line 1: expected Moodle's offline grading worksheet, with the"
                    + " columns Identifier, Grade and Last modified (grade) (in English, German, or in Moodle's"
                    + " column order), found " + h + ".");
        }
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        columns.put(Column.IDENTIFIER, 0);
        columns.put(Column.FULL_NAME, 1);
        columns.put(Column.GRADE, max - 1);
        columns.put(Column.MAXIMUM, max);
        columns.put(Column.MODIFIED, times.get(times.size() - 1));
        notes.add(file + ": the worksheet's headers are in a language the tool does not know, so its columns were"
                + " taken by the order Moodle writes them: " + h.get(0) + " as Identifier, " + h.get(max - 1)
                + " as Grade, " + h.get(max) + " as the maximum grade, " + h.get(times.get(times.size() - 1))
                + " as Last modified (grade); feedback comments and submission times were not read. Check those"
                + " columns before uploading.");
        return columns;
    }

    private static boolean sameNumber(CsvTable t, int column) {
        String first = null;
        for (CsvTable.Row r : t.rows()) {
            String v = r.get(column);
            if (!v.matches("\\d+([.,]\\d+)?") || first != null && !first.equals(v)) {
                return false;
            }
            first = v;
        }
        return first != null;
    }

    /** Moodle writes a time as text with digits and a year, or "-" for none. */
    private static boolean times(CsvTable t, int column) {
        boolean any = false;
        for (CsvTable.Row r : t.rows()) {
            String v = r.get(column);
            if (!v.equals("-") && !v.matches(".*\\d{4}.*\\d{1,2}:\\d{2}.*")) {
                return false;
            }
            any |= !v.equals("-");
        }
        return any || !t.rows().isEmpty();
    }

    private static int at(Map<Column, Integer> columns, Column c) {
        return columns.getOrDefault(c, -1);
    }

    /** A time as the worksheet's language writes it; null for "-", blank, or a language without a format. */
    private static LocalDateTime time(String cell, MoodleStrings.Language language) {
        if (language == null || cell.isEmpty() || cell.equals("-")) {
            return null;
        }
        try {
            return LocalDateTime.parse(cell.replace('\u202f', ' ').replace('\u00a0', ' '), language.time());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    CsvTable table() {
        return table;
    }

    List<Entry> entries() {
        return entries;
    }

    /** The column of {@code c} in the worksheet, or -1. */
    int column(Column c) {
        return at(columns, c);
    }

    /** The language the headers were recognised in ("en", "de"), or "" when read by Moodle's column order. */
    String language() {
        return language == null ? "" : language.id();
    }

    /** What the instructor should know about how the worksheet was read. */
    public List<String> notes() {
        return notes;
    }

    public Path source() {
        return table.source();
    }

    Optional<Entry> byParticipant(String participant) {
        return Optional.ofNullable(byParticipant.get(participant));
    }

    /** When the participant's submission was last modified, as the worksheet says; null when it does not. */
    public LocalDateTime submitted(String participant) {
        Entry e = byParticipant.get(participant);
        return e == null ? null : e.submitted();
    }

    /** The row of a roster student: by email, ID number or username, else by a full name no one else has. */
    Optional<Entry> forStudent(Student s) {
        for (String id : List.of(s.email(), s.identity(LmsIds.MOODLE_ID_NUMBER), s.identity(LmsIds.MOODLE_USERNAME),
                s.id())) {
            Entry e = id.isEmpty() ? null : byIdentity.get(id.toLowerCase(Locale.ROOT));
            if (e != null) {
                return Optional.of(e);
            }
        }
        List<Entry> named = byName.getOrDefault(Names.moodleKey(s.name()), List.of());
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** The assignment's maximum grade, from the first row that states one; empty when no row does. */
    public OptionalDouble maximum() {
        int max = at(columns, Column.MAXIMUM);
        for (Entry e : entries) {
            String v = e.row().get(max);
            if (!v.isEmpty() && !v.equals("-")) {
                return OptionalDouble.of(Scores.parse(v, table.source(), e.row().line(), table.header().get(max)));
            }
        }
        return OptionalDouble.empty();
    }
}
