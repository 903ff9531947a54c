package backpropgrader.stage;

import backpropgrader.stage.SyntheticAnswers.Style;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Group work in grade: one submission per group, graded against the group's variant, given to every member. */
class GroupGradingTest {

    static final String ROSTER = "id,name,email,group\ns1,Ada Lovelace,a@x,Team A\ns2,Alan Turing,b@x,Team A\n"
            + "s3,Grace Hopper,c@x,Team B\ns4,Edsger Dijkstra,d@x,\n";

    @TempDir
    Path dir;

    @Test
    void oneMembersSubmissionIsEveryMembersGradeAndTheOthersAreNotSubmitted() throws IOException {
        GradeFixture fx = new GradeFixture(dir, ROSTER, "group_work: true\n");
        assertEquals(fx.variants("s1").get(0).graph().evaluate().asMap(),
                fx.variants("s2").get(0).graph().evaluate().asMap(), "members share the group's numbers");
        assertNotEquals(fx.variants("s1").get(0).graph().evaluate().asMap(),
                fx.variants("s3").get(0).graph().evaluate().asMap());
        fx.submit("s2.json", SyntheticFiles.json("s2", fx.answers("s2", Style.CORRECT)));
        assertEquals(0, fx.grade(), fx.err + fx.out);

        JsonNode s1 = fx.student("s1");
        JsonNode s2 = fx.student("s2");
        assertEquals("graded", s1.get("status").asText());
        assertEquals(s2.get("score").asDouble(), s1.get("score").asDouble());
        assertEquals(s1.get("max").asDouble(), s1.get("score").asDouble(), "the group's right answers count for all");
        assertTrue(s1.get("warnings").toString().contains("graded with the submission handed in for the group"),
                s1.toString());
        assertEquals("not-submitted", fx.student("s3").get("status").asText());
        assertEquals("not-submitted", fx.student("s4").get("status").asText());
    }

    @Test
    void twoMembersSubmittingGivesOneSubmissionAndAWarningAboutTheOther() throws IOException {
        GradeFixture fx = new GradeFixture(dir, ROSTER, "group_work: true\n");
        fx.submit("s1.json", SyntheticFiles.json("s1", fx.answers("s1", Style.CORRECT)));
        fx.submit("s2.json", SyntheticFiles.json("s2", fx.answers("s2", Style.SLIP)));
        assertEquals(0, fx.grade(), fx.err + fx.out);
        JsonNode s1 = fx.student("s1");
        JsonNode s2 = fx.student("s2");
        assertEquals(s1.get("score").asDouble(), s2.get("score").asDouble(), "the first member's file, in id order");
        assertEquals(s1.get("max").asDouble(), s2.get("score").asDouble());
        assertTrue(s2.get("warnings").toString().contains("s2.json was not marked; one submission per group counts"),
                s2.toString());
    }

    @Test
    void groupWorkOffGradesEveryoneAgainstTheirOwnVariant() throws IOException {
        GradeFixture fx = new GradeFixture(dir, ROSTER, "group_work: false\n");
        assertNotEquals(fx.variants("s1").get(0).graph().evaluate().asMap(),
                fx.variants("s2").get(0).graph().evaluate().asMap());
        fx.submit("s2.json", SyntheticFiles.json("s2", fx.answers("s2", Style.CORRECT)));
        assertEquals(0, fx.grade(), fx.err + fx.out);
        assertEquals("not-submitted", fx.student("s1").get("status").asText());
    }
}
