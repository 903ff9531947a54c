package backpropgrader.exercise;

import backpropgrader.marking.Variant;

import backpropgrader.kernel.BadInputException;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Group work (README "Group work"): the course file's {@code group_work}, and whose variant a student works.
 * Where it applies, every member of a roster group works the group's variant: the last part of the seed (the
 * <em>variant owner</em>, see {@link Seeds}) is {@code group:<group name>} instead of the student's id. Students
 * without a group keep their own id, so their variants are exactly those they would have without group work.
 * Student ids that can name a folder (what {@code generate} accepts) never contain ':', so an owner is never
 * both a group and a student.
 *
 * <p>Group work is set per course file, which is per LMS assignment: an LMS takes either one submission per group
 * or one per student for an assignment, never a mix, so individual exercises and group quizzes are two
 * assignments (two course files, each with its own {@code assignment} id and {@code families}).
 */
public enum GroupWork {

    /** No {@code group_work} in the course file: groups are used when the roster has them. */
    AUTO,
    /**
     * {@code group_work: true}: groups are used, and a roster without any is an error (so a roster that lost its
     * group column cannot silently give everyone a personal variant).
     */
    ON,
    /** {@code group_work: false}: everyone works a personal variant, whatever groups the roster has. */
    OFF;

    /** The roster's groups as group work uses them: members per group (by name), and who has none. */
    public record Groups(Map<String, Integer> sizes, int withoutGroup) {

        public int count() {
            return sizes.size();
        }

        public int smallest() {
            return sizes.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        }

        public int largest() {
            return sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }

        /** Groups whose name looks like a list of several (Moodle writes "Tutorial 1, Team A" for two groups). */
        public List<String> listLike() {
            return sizes.keySet().stream().filter(g -> g.contains(", ")).toList();
        }

        /**
         * What to tell the instructor, one sentence a line: "3 groups: one variant per group (2–4 members each;
         * 1 student without a group has their own); …", and a note on group names that look like lists. Nothing
         * without group work.
         */
        public List<String> describe() {
            if (sizes.isEmpty()) {
                return List.of();
            }
            String each = smallest() == largest() ? smallest() + (smallest() == 1 ? " member" : " members")
                    : smallest() + "–" + largest() + " members";
            String alone = withoutGroup == 0 ? "" : "; " + withoutGroup + (withoutGroup == 1
                    ? " student without a group has their own" : " students without a group have their own");
            List<String> out = new ArrayList<>();
            out.add(count() + (count() == 1 ? " group" : " groups") + ": one variant per group (" + each + " each"
                    + alone + "); group_work: false in the course file gives everyone their own.");
            List<String> lists = listLike();
            if (!lists.isEmpty()) {
                out.add("Note: " + lists.size() + (lists.size() == 1 ? " group name looks" : " group names look")
                        + " like several groups (\"" + lists.get(0) + "\"); each different group cell is one group."
                        + " Give a roster with one group per student if that is not meant.");
            }
            return List.copyOf(out);
        }
    }

    /** The group whose variant {@code s} works, or "" when it is their own. */
    public String groupOf(Student s) {
        return this == OFF ? "" : groupName(s.group());
    }

    /** The id whose variant {@code s} works: {@code group:<group name>}, or the student's own id. */
    public String ownerOf(Student s) {
        return Variant.owner(s.id(), groupOf(s));
    }

    /**
     * A group's name as it goes into the seed: the roster's cell without surrounding blank space, in Unicode NFC
     * (so the same name typed or exported in another normal form is the same group). Case and inner spaces count.
     */
    public static String groupName(String cell) {
        return cell == null ? "" : Normalizer.normalize(cell.strip(), Normalizer.Form.NFC);
    }

    /**
     * The roster's groups as this setting uses them (none when OFF).
     *
     * @throws BadInputException when {@code group_work: true} and no student on the roster has a group
     */
    public Groups in(List<Student> roster, String courseSource, String rosterSource) {
        Map<String, Integer> sizes = new TreeMap<>();
        int without = 0;
        for (Student s : roster) {
            String g = groupOf(s);
            if (g.isEmpty()) {
                without++;
            } else {
                sizes.merge(g, 1, Integer::sum);
            }
        }
        if (this == ON && sizes.isEmpty()) {
            throw new BadInputException(courseSource + ": group_work: expected a roster with groups (a group column:"
                    + " Moodle 'Groups', Canvas 'group_name' or plain 'group', filled in for at least one student),"
                    + " found none in " + rosterSource + ". Give the roster with its groups, or write group_work: false"
                    + " for personal variants.");
        }
        return new Groups(Collections.unmodifiableMap(sizes), without);
    }
}
