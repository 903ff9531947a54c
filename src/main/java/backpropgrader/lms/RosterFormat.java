package backpropgrader.lms;

import backpropgrader.exercise.Student;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The kinds of class list the tool recognises from their header (docs/LMS.md): what each calls the student,
 * which columns can serve as the id (in order of preference) and which LMS identities and group it carries.
 */
enum RosterFormat {

    /** Canvas group-set roster: {@code name, canvas_user_id, user_id, login_id, sections, group_name, …}. */
    CANVAS_GROUPS("canvas-groups", List.of("user_id", "login_id", "canvas_user_id")) {
        @Override
        Student student(CsvTable t, CsvTable.Row r, String id) {
            String login = r.get(t.column("login_id"));
            return new Student(id, r.get(t.column("name")), login.contains("@") ? login : "",
                    r.get(t.column("group_name")), ids(
                    LmsIds.CANVAS_USER, r.get(t.column("canvas_user_id")),
                    LmsIds.CANVAS_SIS_USER, r.get(t.column("user_id")),
                    LmsIds.CANVAS_SIS_LOGIN, login,
                    LmsIds.CANVAS_SECTION, r.get(t.column("sections")),
                    LmsIds.CANVAS_GROUP, r.get(t.column("canvas_group_id"))));
        }
    },
    /** Canvas gradebook export: {@code Student, ID, [SIS User ID], SIS Login ID, …, Section, <assignments>}. */
    CANVAS_GRADEBOOK("canvas-gradebook", List.of("SIS User ID", "SIS Login ID", "ID")) {
        @Override
        Student student(CsvTable t, CsvTable.Row r, String id) {
            String sortable = r.get(t.column("Student"));
            String login = r.get(t.column("SIS Login ID"));
            return new Student(id, Names.firstLast(sortable), login.contains("@") ? login : "", "", ids(
                    LmsIds.CANVAS_USER, r.get(t.column("ID")),
                    LmsIds.CANVAS_SIS_USER, r.get(t.column("SIS User ID")),
                    LmsIds.CANVAS_SIS_LOGIN, login,
                    LmsIds.CANVAS_INTEGRATION, r.get(t.column("Integration ID")),
                    LmsIds.CANVAS_SECTION, r.get(t.column("Section")),
                    LmsIds.CANVAS_NAME, sortable));
        }

        /**
         * The "    Points Possible" row (and Canvas's other info rows) name no student and have no ID; Canvas's
         * "Student, Test" (the course's Test Student, without SIS ids) is no student either, and would otherwise
         * make the SIS columns look incomplete.
         */
        @Override
        boolean skip(CsvTable t, CsvTable.Row r) {
            String student = r.cells().isEmpty() || r.cells().get(0) == null ? "" : r.cells().get(0);
            boolean info = r.get(t.column("ID")).isEmpty()
                    && (student.isBlank() || Character.isWhitespace(student.charAt(0))
                    || student.trim().equalsIgnoreCase("Points Possible"));
            boolean testStudent = student.trim().equalsIgnoreCase("Student, Test")
                    && r.get(t.column("SIS User ID")).isEmpty() && r.get(t.column("SIS Login ID")).isEmpty();
            return info || testStudent;
        }
    },
    /** Blackboard user information or Grade Center download: {@code Last Name, First Name, Username, Student ID}. */
    BLACKBOARD("blackboard", List.of("Student ID", "Username")) {
        @Override
        Student student(CsvTable t, CsvTable.Row r, String id) {
            String first = r.get(t.column("First Name"));
            String last = r.get(t.column("Last Name"));
            return new Student(id, (first + " " + last).trim(), r.get(t.column("Email", "Email Address")), "", ids(
                    LmsIds.BLACKBOARD_USERNAME, r.get(t.column("Username")),
                    LmsIds.BLACKBOARD_STUDENT_ID, r.get(t.column("Student ID")),
                    LmsIds.BLACKBOARD_FIRST_NAME, first,
                    LmsIds.BLACKBOARD_LAST_NAME, last));
        }
    },
    /** Moodle's gradebook export: the participants' columns, then {@code Assignment: <name> (Real)} columns. */
    MOODLE_GRADES("moodle-grades", List.of("ID number", "Email address", "Username")) {
        @Override
        Student student(CsvTable t, CsvTable.Row r, String id) {
            return MOODLE_PARTICIPANTS.student(t, r, id);
        }
    },
    /** Moodle participants "Download table data as CSV": {@code First name, Last name|Surname, identity fields}. */
    MOODLE_PARTICIPANTS("moodle-participants", List.of("ID number", "Email address", "Username")) {
        @Override
        Student student(CsvTable t, CsvTable.Row r, String id) {
            String name = (r.get(t.column("First name")) + " " + r.get(t.column("Last name", "Surname"))).trim();
            return new Student(id, name, r.get(t.column("Email address", "Email")),
                    moodleGroup(r.get(t.column("Groups", "Group"))),
                    ids(LmsIds.MOODLE_ID_NUMBER, r.get(t.column("ID number")),
                            LmsIds.MOODLE_USERNAME, r.get(t.column("Username")),
                            LmsIds.MOODLE_NAME, name));
        }
    },
    /** The tool's own {@code id,name,email[,group]}. */
    PLAIN("plain", List.of("id", "student", "student id", "username")) {
        @Override
        Student student(CsvTable t, CsvTable.Row r, String id) {
            return new Student(id, r.get(t.column("name", "full name")), r.get(t.column("email", "email address")),
                    r.get(t.column("group")), Map.of());
        }
    };

    final String kind;
    final List<String> idColumns;

    RosterFormat(String kind, List<String> idColumns) {
        this.kind = kind;
        this.idColumns = idColumns;
    }

    abstract Student student(CsvTable t, CsvTable.Row r, String id);

    boolean skip(CsvTable t, CsvTable.Row r) {
        return false;
    }

    static RosterFormat detect(CsvTable t) {
        List<String> h = t.header();
        if (t.has("canvas_user_id")) {
            return CANVAS_GROUPS;
        }
        if (!h.isEmpty() && h.get(0).equalsIgnoreCase("Student") && t.has("ID")) {
            return CANVAS_GRADEBOOK;
        }
        // Blackboard capitalises "Last Name"; Moodle writes "Last name" and never "Student ID" or "Availability".
        if (t.has("Username") && (h.contains("Last Name") || t.has("Student ID", "Availability", "Last Access"))) {
            return BLACKBOARD;
        }
        if (t.has("First name") && t.has("Last name", "Surname")) {
            boolean grades = h.stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).endsWith("(real)"))
                    || t.has("Last downloaded from this course");
            return grades ? MOODLE_GRADES : MOODLE_PARTICIPANTS;
        }
        return PLAIN;
    }

    /** Moodle's participants page writes "No groups" in the Groups cell of a student in none. */
    private static String moodleGroup(String cell) {
        return cell.equalsIgnoreCase("No groups") ? "" : cell;
    }

    /** Identities from key/value pairs, leaving out the empty ones. */
    private static Map<String, String> ids(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (!kv[i + 1].isEmpty()) {
                m.put(kv[i], kv[i + 1]);
            }
        }
        return m;
    }
}
