package backpropgrader.exercise;

import backpropgrader.marking.Variant;

import backpropgrader.kernel.BadInputException;
import backpropgrader.kernel.TreeFiles;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Group work: who owns a student's variant, and that a group's members share one while everyone else keeps theirs. */
class GroupWorkTest {

    static final Student ADA = new Student("s1", "Ada Lovelace", "", "Team Red", Map.of());
    static final Student ALAN = new Student("s2", "Alan Turing", "", " Team Red ", Map.of());
    static final Student GRACE = new Student("s3", "Grace Hopper", "", "Team Blue", Map.of());
    static final Student KURT = new Student("s4", "Kurt Gödel", "", "", Map.of());

    static Course course(GroupWork groupWork) {
        Course c = GoldenVariantsTest.COURSE;
        return new Course(c.title(), c.assignment(), c.secret(), c.families(), c.familiesFolder(), c.marking(),
                c.points(), c.feedback(), c.locale(), c.folder(), c.source(), groupWork);
    }

    @Test
    void theOwnerIsTheGroupUnderGroupWorkAndTheStudentOtherwise() {
        assertEquals("group:Team Red", course(GroupWork.ON).variantOwner(ADA));
        assertEquals("group:Team Red", course(GroupWork.ON).variantOwner(ALAN), "surrounding spaces do not count");
        assertEquals("s1", course(GroupWork.OFF).variantOwner(ADA));
        assertEquals("s4", course(GroupWork.ON).variantOwner(KURT));
        assertEquals("s4", course(GroupWork.ON).variantOwner(KURT));
        assertEquals(GroupWork.UNSET, GoldenVariantsTest.COURSE.groupWork(), "no setting: personal variants");
        assertEquals("s1", GoldenVariantsTest.COURSE.variantOwner(ADA), "a roster group alone does not share one");
        Student decomposed = new Student("s5", "", "", "Cafe\u0301", Map.of());
        Student composed = new Student("s6", "", "", "Caf\u00e9", Map.of());
        assertEquals(course(GroupWork.ON).variantOwner(composed), course(GroupWork.ON).variantOwner(decomposed));
        assertNotEquals(course(GroupWork.ON).variantOwner(ADA),
                course(GroupWork.ON).variantOwner(new Student("s7", "", "", "team red", Map.of())), "case counts");
    }

    @Test
    void membersShareTheGroupsVariantWhoseSeedIsOverTheGroupName() {
        Course course = course(GroupWork.ON);
        for (Family f : TestCourses.bundledFamilies()) {
            Variants variants = new Variants(course, f);
            Variant ada = variants.of(ADA);
            Variant alan = variants.of(ALAN);
            assertEquals("s1", ada.studentId());
            assertEquals("s2", alan.studentId());
            assertEquals("Team Red", ada.group());
            assertEquals("group:Team Red", alan.owner());
            String givens = BundledFamiliesTest.givens(ada);
            assertEquals(givens, BundledFamiliesTest.givens(alan), f.id());
            assertEquals(ada.reference().asMap(), alan.reference().asMap(), f.id());
            // The seed contract: the group's variant is the one drawn for the owner "group:Team Red".
            assertEquals(givens, BundledFamiliesTest.givens(variants.of("group:Team Red")), f.id());
            if (!f.sameForEveryone()) {
                assertNotEquals(givens, BundledFamiliesTest.givens(variants.of(GRACE)), f.id());
                assertNotEquals(givens, BundledFamiliesTest.givens(variants.of("s1")), f.id());
            }
            // Without a group, a student's variant is what it always was.
            Variant kurt = variants.of(KURT);
            assertEquals("", kurt.group());
            assertEquals("s4", kurt.owner());
            assertEquals(BundledFamiliesTest.givens(variants.of("s4")), BundledFamiliesTest.givens(kurt), f.id());
        }
    }

    @Test
    void groupWorkOffGivesEveryoneTheirOwnVariant() {
        for (Family f : TestCourses.bundledFamilies()) {
            Variants variants = new Variants(course(GroupWork.OFF), f);
            Variant ada = variants.of(ADA);
            assertEquals("", ada.group());
            assertEquals(BundledFamiliesTest.givens(variants.of("s1")), BundledFamiliesTest.givens(ada), f.id());
            if (!f.sameForEveryone()) {
                assertNotEquals(BundledFamiliesTest.givens(ada), BundledFamiliesTest.givens(variants.of(ALAN)), f.id());
            }
        }
    }

    /** A group's numbers never change silently either: one pinned, as the golden test pins the students'. */
    @Test
    void aGroupsVariantIsPinned() {
        Family f = VariantsTest.bundled("quiz-1.2-relu");
        assertEquals(PINNED_TEAM_RED_QUIZ_1_2, BundledFamiliesTest.givens(new Variants(course(GroupWork.ON), f).of(ADA)));
    }

    static final String PINNED_TEAM_RED_QUIZ_1_2 = "w[1]_1,1=−1.6 w[2]_1,1=0.4 x_1=−1.5 y_1=−0.5 lambda=0.1";

    @Test
    void theRostersGroupsAreCountedAndDescribed() {
        List<Student> roster = List.of(ADA, ALAN, GRACE, KURT);
        GroupWork.Groups g = GroupWork.ON.in(roster, "course.yaml", "roster.csv");
        assertEquals(Map.of("Team Red", 2, "Team Blue", 1), g.sizes());
        assertEquals(1, g.withoutGroup());
        assertEquals(List.of("2 groups: one variant per group (1–2 members each; 1 student without a group has their"
                + " own); group_work: false in the course file gives everyone their own."), g.describe());
        GroupWork.Groups off = GroupWork.OFF.in(roster, "course.yaml", "roster.csv");
        assertEquals(0, off.count());
        assertEquals(4, off.withoutGroup());
        assertEquals(List.of(), off.describe(), "group_work: false was asked for: nothing to say");
        GroupWork.Groups unset = GroupWork.UNSET.in(roster, "course.yaml", "roster.csv");
        assertEquals(0, unset.count());
        assertEquals(List.of("The roster has a group column (2 groups); everyone works a personal variant. Write"
                + " group_work: true in the course file for one variant per group — and an assignment generated by an"
                + " earlier version from this roster needs group_work: true to keep its variants."), unset.describe());
        assertEquals(List.of(), GroupWork.UNSET.in(List.of(KURT), "c", "r").describe(), "no groups, no note");
        GroupWork.Groups listed = GroupWork.ON.in(List.of(new Student("s8", "", "", "Tutorial 1, Team A", Map.of()),
                new Student("s9", "", "", "Tutorial 1, Team A", Map.of())), "c", "r");
        assertEquals(List.of("1 group: one variant per group (2 members each); group_work: false in the course file"
                + " gives everyone their own.", "Note: 1 group name looks like several groups (\"Tutorial 1, Team A\");"
                + " each different group cell is one group. Give a roster with one group per student if that is not"
                + " meant."), listed.describe());
    }

    @Test
    void groupWorkTrueNeedsARosterWithGroups() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> GroupWork.ON.in(List.of(KURT), "course.yaml", "roster.csv"));
        assertTrue(e.getMessage().startsWith("course.yaml: group_work: expected a roster with groups (a group column:"
                + " Moodle 'Groups', Canvas 'group_name' or plain 'group', filled in for at least one student), found"
                + " none in roster.csv."), e.getMessage());
        assertEquals(0, GroupWork.UNSET.in(List.of(KURT), "course.yaml", "roster.csv").count());
    }

    private static JsonNode yaml(String text) {
        try {
            return TreeFiles.YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCourseFileSaysWhetherGroupsShareAVariant() {
        Map<String, String> env = Map.of("GRADER_SECRET", "x");
        Course unset = CourseReader.fromTree(yaml("title: T"), "c.yaml", Path.of(""), env);
        assertEquals(GroupWork.UNSET, unset.groupWork(), "group work only when asked");
        assertEquals("s1", unset.variantOwner(ADA));
        assertEquals(GroupWork.ON, CourseReader.fromTree(yaml("group_work: true"), "c.yaml", Path.of(""), env)
                .groupWork());
        assertEquals(GroupWork.OFF, CourseReader.fromTree(yaml("group_work: false"), "c.yaml", Path.of(""),
                env).groupWork());
        BadInputException e = assertThrows(BadInputException.class, () -> CourseReader.fromTree(
                yaml("group_work: quizzes"), "c.yaml", Path.of(""), env));
        assertTrue(e.getMessage().contains("c.yaml: group_work: expected true or false, found"), e.getMessage());
    }
}
