package backpropgrader.lms;

import backpropgrader.kernel.OutputLayout;
import backpropgrader.grade.MarkedResults;
import backpropgrader.grade.ResultsJson;
import backpropgrader.grade.Status;

import backpropgrader.exercise.Student;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static java.util.stream.Collectors.toSet;

/**
 * The export stage ({@code ./grader export}): a marked folder — {@code results.json} and
 * {@code feedback/<id>.html} as {@code grade} wrote them — into the files an LMS's upload pages take.
 *
 * <p>Order of use: {@link ResultsJson#read}, optionally {@link RosterReader#read} (the class list the grading
 * used), then {@link #run}. A student's LMS identities are the roster's, overridden by those results.json carries
 * from the bulk download; name and email likewise. Only graded students get a grade and a comment
 * ({@link ExportComment}: never the flags); every roster student's feedback page goes out where the LMS can map
 * it (not-submitted and unreadable students' too). What could not be matched to the LMS is said
 * in the notes, with the option that would fix it.
 */
public final class MarkedExport {

    /**
     * @param assignment the LMS assignment/column the grades went to
     * @param scored     how many students results.json gives a score
     * @param notes      the stage's notes, then the exporter's
     */
    public record Outcome(ExportResult export, String assignment, int scored, List<String> notes) {

        public Outcome {
            notes = List.copyOf(notes);
        }
    }

    private MarkedExport() {
    }

    /**
     * @param roster   the class list, or null
     * @param settings {@code assignment} null to take it from results.json (or the LMS file's only column)
     */
    public static Outcome run(OutputLayout.Graded marked, MarkedResults results, Roster roster, Lms lms, ExportSettings settings,
                              Path outDir) {
        List<String> notes = new ArrayList<>();
        String assignment = ExportColumn.resolve(results, lms, settings, notes);
        ExportSettings s = new ExportSettings(assignment, settings.locale(), settings.lmsFile(), settings.tabs(),
                settings.decimals(), settings.maximum());
        List<GradeRow> rows = rows(marked, results, roster, lms, s, notes);
        identities(rows, lms, s, notes);
        ExportResult export = LmsExporter.of(lms).write(rows, s, outDir);
        notes.addAll(export.notes());
        int scored = (int) rows.stream().filter(r -> r.score() != null).count();
        return new Outcome(export, assignment, scored, notes);
    }

    private static List<GradeRow> rows(OutputLayout.Graded marked, MarkedResults results, Roster roster, Lms lms,
                                       ExportSettings settings, List<String> notes) {
        Path feedback = marked.feedback();
        Map<String, Student> onRoster = roster == null ? Map.of() : roster.byId();
        Map<Status, List<String>> byStatus = new EnumMap<>(Status.class);
        List<String> noPage = new ArrayList<>();
        List<GradeRow> rows = new ArrayList<>();
        for (MarkedResults.Result r : results.students()) {
            byStatus.computeIfAbsent(r.status(), k -> new ArrayList<>()).add(r.id());
            if (r.status() == Status.UNKNOWN_STUDENT) {
                continue;
            }
            Student s = onRoster.get(r.id());
            Map<String, String> ids = new TreeMap<>(s == null ? Map.of() : s.lms());
            ids.putAll(r.lms());
            String name = !r.name().isEmpty() || s == null ? r.name() : s.name();
            String email = !r.email().isEmpty() || s == null ? r.email() : s.email();
            Double score = r.graded() ? r.score() : null;
            // Every roster student's page goes out (not submitted, unreadable too): it says what happened.
            Path page = page(marked, r.id());
            if (score != null && page == null) {
                noPage.add(r.id());
            }
            // The exporter adds where the page is, once it knows the page really goes with the grade.
            String comment = score == null ? "" : ExportComment.of(score, r.max(), r.late(), settings.locale());
            rows.add(new GradeRow(r.id(), name, email, ids, score, r.max() == null ? 0 : r.max(), comment, page,
                    r.late()));
        }
        statusNotes(byStatus, notes);
        if (!noPage.isEmpty()) {
            notes.add(Notes.count(noPage.size(), "graded student has", "graded students have") + " no feedback page in "
                    + feedback + " (" + Notes.list(noPage) + "): their grades go out without one.");
        }
        if (roster != null) {
            Set<String> inResults = results.students().stream().map(MarkedResults.Result::id).collect(toSet());
            List<String> absent = roster.students().stream().map(Student::id).filter(id -> !inResults.contains(id))
                    .toList();
            if (!absent.isEmpty()) {
                notes.add(Notes.count(absent.size(), "student", "students") + " of the roster "
                        + (absent.size() == 1 ? "is" : "are") + " not in " + results.source() + " ("
                        + Notes.list(absent) + "): was the folder graded with another roster?");
            }
        }
        if (lms == Lms.BLACKBOARD && rows.stream().anyMatch(r -> r.feedbackFile() != null)) {
            notes.add("Blackboard's Grade Center upload carries no files: hand out the pages in " + feedback
                    + " another way (each student's comment names their page).");
        }
        return rows;
    }

    private static Path page(OutputLayout.Graded marked, String id) {
        Path p = marked.feedback(id).normalize();
        boolean inside = p.getParent() != null && p.getParent().equals(marked.feedback().normalize());
        return inside && Files.isRegularFile(p) ? p : null;
    }

    private static void statusNotes(Map<Status, List<String>> byStatus, List<String> notes) {
        List<String> none = byStatus.getOrDefault(Status.NOT_SUBMITTED, List.of());
        if (!none.isEmpty()) {
            notes.add(Notes.count(none.size(), "student", "students") + " did not submit (" + Notes.list(none)
                    + "): no grade is exported for them.");
        }
        List<String> unreadable = byStatus.getOrDefault(Status.UNREADABLE, List.of());
        if (!unreadable.isEmpty()) {
            notes.add(Notes.count(unreadable.size(), "submission", "submissions") + " could not be read ("
                    + Notes.list(unreadable) + "): no grade is exported for them; see their error in results.json.");
        }
        List<String> unknown = byStatus.getOrDefault(Status.UNKNOWN_STUDENT, List.of());
        if (!unknown.isEmpty()) {
            notes.add(Notes.count(unknown.size(), "submission belongs", "submissions belong") + " to no student on"
                    + " the roster (" + Notes.list(unknown) + "): not exported.");
        }
    }

    /** The graded students the LMS cannot be told about without its own file, and the option that helps. */
    private static void identities(List<GradeRow> rows, Lms lms, ExportSettings settings, List<String> notes) {
        if (settings.lmsFile() != null && lms != Lms.BLACKBOARD) {
            return; // matched against the LMS's own file by the exporter, which names whoever is not in it
        }
        Map<Lms, List<String>> keys = new LinkedHashMap<>();
        keys.put(Lms.MOODLE, List.of(LmsIds.MOODLE_PARTICIPANT));
        keys.put(Lms.CANVAS, List.of(LmsIds.CANVAS_USER, LmsIds.CANVAS_SIS_USER, LmsIds.CANVAS_SIS_LOGIN));
        keys.put(Lms.BLACKBOARD, List.of(LmsIds.BLACKBOARD_USERNAME));
        List<String> missing = rows.stream().filter(r -> r.score() != null)
                .filter(r -> keys.get(lms).stream().allMatch(k -> r.id(k).isEmpty())).map(GradeRow::studentId).toList();
        if (missing.isEmpty()) {
            return;
        }
        String who = Notes.count(missing.size(), "graded student has", "graded students have") + " no ";
        String list = " (" + Notes.list(missing) + ")";
        notes.add(switch (lms) {
            case MOODLE -> who + "Moodle participant id" + list + "; give --worksheet (the assignment's downloaded"
                    + " grading worksheet) to find them by email, ID number or name.";
            case CANVAS -> who + "Canvas user id or SIS id" + list + "; give --roster and --lms-file with the"
                    + " Canvas gradebook export.";
            default -> who + "Blackboard username" + list + ": the student id stands in for it; give --roster with"
                    + " the Grade Center download or the user list to be sure.";
        });
    }
}
