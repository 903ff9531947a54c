package backpropgrader.render;

import backpropgrader.engine.Keys;
import backpropgrader.engine.Numbers;
import backpropgrader.exercise.Student;
import backpropgrader.grade.Flags;
import backpropgrader.grade.Status;
import backpropgrader.grade.StudentResult;
import backpropgrader.kernel.Excerpt;
import backpropgrader.marking.ItemResult;
import backpropgrader.marking.Reason;
import backpropgrader.marking.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The class report's view of students one by one: the student table (every roster student and every
 * unidentified file, with a link to the page a roster student has), the lists of who needs a look (handed in
 * nothing, blank or mostly blank work, a file that could not be read — each file's problem in a line, the full
 * message on the student's row), and the scores by roster group.
 */
final class StudentTable {

    /** A file's problem in the lists stays one line; the student's row has it all. */
    private static final int SHORT = 160;

    private final NumberFormatter format;
    private final Map<String, Student> roster;

    StudentTable(NumberFormatter format, List<Student> roster) {
        this.format = format;
        this.roster = new TreeMap<>();
        roster.forEach(s -> this.roster.put(s.id(), s));
    }

    List<ReportView.StudentRow> rows(List<StudentResult> students) {
        List<ReportView.StudentRow> out = new ArrayList<>();
        for (StudentResult r : students) {
            Double p = r.status() == Status.GRADED ? r.percentage() : null;
            String score = r.score() == null ? "—" : format.plain(r.score())
                    + (r.max() == null ? "" : " of " + format.plain(r.max()));
            out.add(new ReportView.StudentRow(link(r), name(r), group(r), r.status().id(),
                    StatusTexts.label(r.status()), score, p == null ? "—" : format.percent(p, 1),
                    r.score() == null ? "" : Pages.sortable(r.score(), -1),
                    p == null ? "" : Pages.sortable(p, 3), flags(r),
                    r.status().needsAttention() ? Pages.text(r.error()) : null));
        }
        return List.copyOf(out);
    }

    ReportView.StatusLists lists(List<StudentResult> students) {
        List<ReportView.Named> none = new ArrayList<>();
        List<ReportView.Named> blank = new ArrayList<>();
        List<ReportView.Named> mostly = new ArrayList<>();
        List<ReportView.Named> unreadable = new ArrayList<>();
        List<ReportView.Named> unreadableAnswers = new ArrayList<>();
        int answers = 0;
        for (StudentResult r : students) {
            List<ItemResult> cannotRead = r.items().stream().filter(i -> i.why() instanceof Reason.Unreadable)
                    .toList();
            if (!cannotRead.isEmpty()) {
                answers += cannotRead.size();
                unreadableAnswers.add(new ReportView.Named(link(r), name(r), typed(cannotRead)));
            }
            if (r.status() == Status.NOT_SUBMITTED) {
                none.add(new ReportView.Named(link(r), name(r), null));
            } else if (r.status() == Status.UNREADABLE) {
                unreadable.add(new ReportView.Named(link(r), name(r), problem(r)));
            }
            if (r.flags().contains(Flags.BLANK)) {
                blank.add(new ReportView.Named(link(r), name(r), null));
            } else if (r.flags().contains(Flags.MOSTLY_BLANK)) {
                long missing = r.items().stream().filter(i -> i.verdict() == Verdict.MISSING).count();
                mostly.add(new ReportView.Named(link(r), name(r), missing + " of " + r.items().size()
                        + " items blank"));
            }
        }
        return new ReportView.StatusLists(List.copyOf(none), List.copyOf(blank), List.copyOf(mostly),
                List.copyOf(unreadable), answers, List.copyOf(unreadableAnswers));
    }

    /** What a student typed where the grader could not read a number, in one line: "J '1e300*1e10'; …". */
    private static String typed(List<ItemResult> items) {
        StringBuilder out = new StringBuilder();
        for (ItemResult i : items) {
            String one = KeyText.plain(Keys.display(i.key(), false)) + " " + Excerpt.quoted(i.submitted().strip());
            if (out.length() + one.length() > SHORT) {
                return out.append(out.length() == 0 ? "" : "; ").append("…").toString();
            }
            out.append(out.length() == 0 ? "" : "; ").append(one);
        }
        return out.toString();
    }

    /** Whether any roster student is in a group. */
    boolean hasGroups() {
        return roster.values().stream().anyMatch(s -> !s.group().isBlank());
    }

    /** Per roster group (and "no group" for the rest, when there are groups): counts, mean and median. */
    List<ReportView.GroupRow> groups(List<StudentResult> students) {
        if (!hasGroups()) {
            return List.of();
        }
        Map<String, List<StudentResult>> byGroup = new TreeMap<>();
        for (StudentResult r : students) {
            Student s = roster.get(r.id());
            if (s != null) {
                byGroup.computeIfAbsent(s.group().isBlank() ? "" : s.group(), g -> new ArrayList<>()).add(r);
            }
        }
        List<ReportView.GroupRow> out = new ArrayList<>();
        byGroup.forEach((g, rs) -> {
            double[] p = rs.stream().filter(r -> r.status() == Status.GRADED && r.percentage() != null)
                    .mapToDouble(StudentResult::percentage).toArray();
            out.add(new ReportView.GroupRow(g.isEmpty() ? "(no group)" : g, Integer.toString(rs.size()),
                    Integer.toString(p.length), p.length == 0 ? "—" : format.percent(mean(p), 1),
                    p.length == 0 ? "—" : format.percent(ClassStatistics.median(p), 1)));
        });
        return List.copyOf(out);
    }

    /** The short problem of an unreadable file: in the student's words (the file's own name), one line. */
    String problem(StudentResult r) {
        String s = r.error() == null ? "" : r.forStudent(r.error()).strip().replaceAll("\\s+", " ");
        return s.length() <= SHORT ? s : s.substring(0, SHORT - 1) + "…";
    }

    /** A roster student links their feedback page; an unidentified file has none. */
    ReportView.Link link(StudentResult r) {
        return r.status() == Status.UNKNOWN_STUDENT || !roster.isEmpty() && !roster.containsKey(r.id())
                ? new ReportView.Link(Excerpt.of(r.id()), null) // an id a file gave: it may be anything
                : new ReportView.Link(r.id(), FeedbackPages.feedbackHref(r.id()));
    }

    private String name(StudentResult r) {
        Student s = roster.get(r.id());
        return s != null ? Pages.nameOf(s) : Pages.text(r.name());
    }

    private String group(StudentResult r) {
        Student s = roster.get(r.id());
        return s == null ? "" : s.group();
    }

    private static List<String> flags(StudentResult r) {
        List<String> out = new ArrayList<>();
        for (String f : r.flags()) {
            out.add(f.equals(Flags.MOSTLY_BLANK) ? "mostly blank"
                    : f.startsWith(Flags.COLLUSION) ? "fits " + f.substring(Flags.COLLUSION.length()) + "'s variant"
                    : f);
        }
        return List.copyOf(out);
    }

    /** The points an item set earned for this student: what a copy's matching items brought in. */
    static double points(StudentResult r, java.util.function.Predicate<ItemResult> which) {
        return Numbers.round(r.items().stream().filter(which).mapToDouble(ItemResult::points).sum(), 6);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
