package backpropgrader.lms;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The headers of Moodle's offline grading worksheet in the languages the tool knows, as Moodle's own language
 * strings spell them ({@code mod/assign/gradingtable.php} builds the header from {@code get_string('recordid',
 * 'assign')}, {@code get_string('grade')}, {@code get_string('maxgrade', 'assign')},
 * {@code get_string('lastmodifiedsubmission', 'assign')}, {@code get_string('lastmodifiedgrade', 'assign')},
 * {@code get_string('pluginname', 'assignfeedback_comments')}, …), and how {@code userdate()} writes a time
 * there (the language's {@code strftimedaydatetime}). Sources, for checking and for adding a language:
 * <ul>
 *   <li>English: moodle/moodle {@code mod/assign/lang/en/assign.php} (commit 0085741f; 4.2 and before write
 *       {@code 'maxgrade' = 'Maximum Grade'}, 4.5 {@code 'Maximum grade'}), {@code lang/en/moodle.php},
 *       {@code mod/assign/feedback/comments/lang/en/assignfeedback_comments.php};</li>
 *   <li>German: the AMOS language pack as mirrored in projectestac/moodle-langpacks, {@code de/assign.php}
 *       (branch MOODLE_32_STABLE, commit 098d428f; {@code maxgrade} was 'Bestbewertung' in MOODLE_25_STABLE,
 *       IOC/moodle-langpacks), {@code de/moodle.php}, {@code de/assignfeedback_comments.php},
 *       {@code de/langconfig.php} ({@code strftimedaydatetime = '%A, %d. %B %Y, %H:%M'}).</li>
 * </ul>
 * Headers are compared without regard to case or surrounding blanks.
 */
final class MoodleStrings {

    /** The worksheet columns the tool reads or fills in. */
    enum Column { IDENTIFIER, FULL_NAME, EMAIL, ID_NUMBER, USERNAME, GRADE, MAXIMUM, SUBMITTED, MODIFIED, FEEDBACK }

    /**
     * One language: each column's header (every spelling Moodle has used), and the format of its times.
     *
     * @param participant the {@code hiddenuser} string the Identifier cell starts with (before the id)
     */
    record Language(String id, Map<Column, List<String>> headers, String participant, DateTimeFormatter time) {

        boolean is(Column c, String header) {
            String h = header.strip();
            return headers.getOrDefault(c, List.of()).stream().anyMatch(x -> x.equalsIgnoreCase(h));
        }
    }

    static final Language ENGLISH = language("en", "Participant ", "EEEE, d MMMM yyyy, h:mm a", Locale.ENGLISH,
            List.of("Identifier"), List.of("Full name"), List.of("Email address"), List.of("ID number"),
            List.of("Username"), List.of("Grade"), List.of("Maximum Grade", "Maximum grade"),
            List.of("Last modified (submission)"), List.of("Last modified (grade)"), List.of("Feedback comments"));

    static final Language GERMAN = language("de", "Teilnehmer/in", "EEEE, d. MMMM yyyy, HH:mm", Locale.GERMAN,
            List.of("ID"), List.of("Vollständiger Name"), List.of("E-Mail-Adresse"), List.of("ID-Nummer"),
            List.of("Anmeldename"), List.of("Bewertung"), List.of("Bestwertung", "Bestbewertung"),
            List.of("Zuletzt geändert (Abgabe)"), List.of("Zuletzt geändert (Bewertung)"),
            List.of("Feedback als Kommentar"));

    static final List<Language> KNOWN = List.of(ENGLISH, GERMAN);

    private MoodleStrings() {
    }

    /** The language whose Identifier, Grade and Last modified (grade) headers this header has, or null. */
    static Language of(List<String> header) {
        for (Language l : KNOWN) {
            if (List.of(Column.IDENTIFIER, Column.GRADE, Column.MODIFIED).stream()
                    .allMatch(c -> header.stream().anyMatch(h -> l.is(c, h)))) {
                return l;
            }
        }
        return null;
    }

    @SafeVarargs
    private static Language language(String id, String participant, String time, Locale locale,
                                     List<String>... headers) {
        Map<Column, List<String>> m = new EnumMap<>(Column.class);
        for (Column c : Column.values()) {
            m.put(c, headers[c.ordinal()]);
        }
        DateTimeFormatter f = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(time)
                .toFormatter(locale);
        return new Language(id, m, participant, f);
    }
}
