package backpropgrader.lms;

import backpropgrader.exercise.Student;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the roster student (or group) behind a file of a bulk download, by the identity its LMS gives:
 * Moodle — the participant id through the instructor's worksheet when given, else the full name in the folder
 * name (participant ids are in no class list), else a group of that name; Canvas — the user id, else the name in
 * the file name; Blackboard — the username; a plain folder — the file name as a roster id. Indexes are built
 * once, so a class of 10,000 is matched in linear time.
 */
final class RosterMatcher {

    /**
     * Who a file belongs to: a student, a group's members, or nobody and why ({@code how} says how it was found).
     * {@code byName}: found by a person's display name alone, which a student can change in their LMS profile —
     * the grader counts such a match only when the file's variant code or numbers confirm it.
     */
    record Match(String student, String group, List<String> members, String problem, String how, boolean byName) {
        static Match of(Student s, String how) {
            return new Match(s.id(), null, List.of(s.id()), null, how, false);
        }

        static Match none(String problem) {
            return new Match(null, null, List.of(), problem, null, false);
        }

        Match named() {
            return new Match(student, group, members, problem, how, members.size() > 0);
        }
    }

    private final MoodleWorksheet worksheet;
    private final Map<String, Student> byParticipant = new HashMap<>();
    private final Map<String, List<Student>> byMoodleName = new HashMap<>();
    private final Map<String, List<Student>> byCanvasName = new HashMap<>();
    private final Map<String, List<Student>> byIdentity = new HashMap<>();
    private final Map<String, List<Student>> groups = new HashMap<>();
    private final Map<String, String> groupNames = new HashMap<>();
    private final Map<String, Student> byId = new HashMap<>();

    RosterMatcher(Roster roster, MoodleWorksheet worksheet) {
        this.worksheet = worksheet;
        for (Student s : roster.students()) {
            if (worksheet != null) {
                worksheet.forStudent(s).ifPresent(e -> byParticipant.putIfAbsent(e.participant(), s));
            }
            String key = Names.moodleKey(s.name());
            add(byMoodleName, key, s);
            int space = key.indexOf(' ');
            if (space > 0) { // sites may show "Last First" (fullnamedisplay)
                add(byMoodleName, key.substring(space + 1) + " " + key.substring(0, space), s);
            }
            Set<String> canvas = new LinkedHashSet<>(Names.canvasKeys(s.identity(LmsIds.CANVAS_NAME).isEmpty()
                    ? Names.sortable(s.name()) : s.identity(LmsIds.CANVAS_NAME)));
            canvas.addAll(Names.canvasKeys(s.name()));
            canvas.forEach(k -> add(byCanvasName, k, s));
            s.lms().forEach((k, v) -> add(byIdentity, k + "=" + v, s));
            add(byIdentity, "id=" + s.id().toLowerCase(java.util.Locale.ROOT), s);
            byId.put(s.id(), s);
        }
        roster.groups().forEach((name, members) -> {
            groups.put(Names.moodleKey(name), members);
            groupNames.put(Names.moodleKey(name), name);
        });
    }

    Match match(DownloadedFile f) {
        return switch (f.lms()) {
            case MOODLE -> moodle(f);
            case CANVAS -> canvas(f);
            case BLACKBOARD -> blackboard(f);
            case NONE -> plain(f);
        };
    }

    private Match moodle(DownloadedFile f) {
        Student s = byParticipant.get(f.key());
        if (s != null) {
            return Match.of(s, "participant " + f.key() + " in " + worksheet.source());
        }
        if (f.name().equalsIgnoreCase("Participant")) {
            return Match.none("the download is blind-marked ('" + f.entry().split("/")[0] + "' names no one); the"
                    + " submission's own student field, or the instructor's grading worksheet, must say who it is");
        }
        String key = Names.moodleKey(f.name());
        List<Student> named = byMoodleName.getOrDefault(key, List.of());
        if (named.isEmpty() && groups.containsKey(key)) {
            return new Match(null, groupNames.get(key), groups.get(key).stream().map(Student::id).toList(), null,
                    "group name", false); // group names are the teachers', not a student's to change
        }
        return unique(named, "the name '" + f.name() + "'", "by full name").named();
    }

    private Match canvas(DownloadedFile f) {
        if (f.key().startsWith("anon_")) {
            return Match.none("the download is anonymous ('" + f.key() + "' names no one); the submission's own student"
                    + " field must say who it is");
        }
        List<Student> byUser = byIdentity.getOrDefault(LmsIds.CANVAS_USER + "=" + f.key(), List.of());
        if (!byUser.isEmpty()) {
            return unique(byUser, "Canvas user id " + f.key(), "by Canvas user id");
        }
        Optional<Student> rosterId = Optional.ofNullable(byId.get(f.key()));
        if (rosterId.isPresent()) {
            return Match.of(rosterId.get(), "by roster id");
        }
        return unique(byCanvasName.getOrDefault(f.name(), List.of()),
                "the name '" + f.name() + "' (Canvas user " + f.key() + ")", "by name").named();
    }

    private Match blackboard(DownloadedFile f) {
        List<Student> byUsername = byIdentity.getOrDefault(LmsIds.BLACKBOARD_USERNAME + "=" + f.key(), List.of());
        if (!byUsername.isEmpty()) {
            return unique(byUsername, "username " + f.key(), "by username");
        }
        return Optional.ofNullable(byId.get(f.key())).map(s -> Match.of(s, "by roster id")).orElseGet(() -> Match.none(
                "no student on the roster has the Blackboard username '" + f.key() + "' (" + f.name() + ")"));
    }

    private Match plain(DownloadedFile f) {
        Optional<Student> s = Optional.ofNullable(byId.get(f.key()));
        if (s.isPresent()) {
            return Match.of(s.get(), "file name");
        }
        List<Student> folded = byIdentity.getOrDefault("id=" + f.key().toLowerCase(java.util.Locale.ROOT), List.of());
        return folded.size() == 1 ? Match.of(folded.get(0), "file name") : Match.none("the file name '" + f.key()
                + "' is no roster id; the submission's own student field must say who it is");
    }

    private static Match unique(List<Student> found, String what, String how) {
        if (found.size() == 1) {
            return Match.of(found.get(0), how);
        }
        if (found.isEmpty()) {
            return Match.none("no student on the roster matches " + what);
        }
        return Match.none(found.size() + " students on the roster match " + what + " ("
                + String.join(", ", found.stream().map(Student::id).toList()) + "); the submission's own student"
                + " field must say which");
    }

    private static void add(Map<String, List<Student>> index, String key, Student s) {
        List<Student> list = index.computeIfAbsent(key, k -> new ArrayList<>());
        // A student's keys are added together, so a repeat can only be the last one (no O(n) search: a key
        // such as a section is shared by the whole class).
        if (list.isEmpty() || list.get(list.size() - 1) != s) {
            list.add(s);
        }
    }
}
