package backpropgrader.lms;

import backpropgrader.kernel.BadInputException;
import backpropgrader.exercise.Student;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Moodle's offline grading worksheet as the instructor downloaded it ("Download grading worksheet"): one row per
 * participant, non-submitters too, with the participant id ({@code Participant 12345}), the identity fields the
 * site shows (Email address, ID number, Username), the Maximum Grade and the {@code Last modified (grade)} value
 * Moodle checks on upload. It maps download participant ids to roster students, and the Moodle export is
 * written on top of it.
 */
public final class MoodleWorksheet {

    static final String IDENTIFIER = "Identifier";
    static final String GRADE = "Grade";
    static final String MAXIMUM = "Maximum Grade";
    static final String MODIFIED = "Last modified (grade)";
    static final String FEEDBACK = "Feedback comments";
    static final String PREFIX = "Participant ";

    /** One participant's row. */
    record Entry(String participant, String fullName, String email, String idNumber, String username,
                 CsvTable.Row row) {
    }

    private final CsvTable table;
    private final List<Entry> entries;
    private final Map<String, Entry> byParticipant = new HashMap<>();
    private final Map<String, Entry> byIdentity = new HashMap<>();
    private final Map<String, List<Entry>> byName = new HashMap<>();

    private MoodleWorksheet(CsvTable table, List<Entry> entries) {
        this.table = table;
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
        for (String required : List.of(IDENTIFIER, GRADE, MODIFIED)) {
            if (!t.header().contains(required)) {
                throw new BadInputException(file + ": line 1: expected Moodle's offline grading worksheet, with the"
                        + " columns Identifier, Grade and Last modified (grade) spelled exactly so (Moodle matches"
                        + " them exactly), found " + t.header() + ".");
            }
        }
        int id = t.header().indexOf(IDENTIFIER);
        List<Entry> entries = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            String identifier = r.get(id);
            if (!identifier.startsWith(PREFIX) || !identifier.substring(PREFIX.length()).matches("\\d+")) {
                throw new BadInputException(file + ": line " + r.line() + ": column Identifier: expected 'Participant'"
                        + " and a number, found '" + identifier + "'.");
            }
            entries.add(new Entry(identifier.substring(PREFIX.length()), r.get(t.column("Full name")),
                    r.get(t.column("Email address")), r.get(t.column("ID number")), r.get(t.column("Username")), r));
        }
        return new MoodleWorksheet(t, List.copyOf(entries));
    }

    CsvTable table() {
        return table;
    }

    List<Entry> entries() {
        return entries;
    }

    public Path source() {
        return table.source();
    }

    Optional<Entry> byParticipant(String participant) {
        return Optional.ofNullable(byParticipant.get(participant));
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

    /** The assignment's maximum grade, from the first row that states one. */
    public OptionalDouble maximum() {
        int max = table.header().indexOf(MAXIMUM);
        for (Entry e : entries) {
            String v = e.row().get(max);
            if (!v.isEmpty() && !v.equals("-")) {
                return OptionalDouble.of(Scores.parse(v, table.source(), e.row().line(), MAXIMUM));
            }
        }
        return OptionalDouble.empty();
    }
}
