package backpropgrader.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplatesTest {

    @Test
    void anInstructorsTemplateReplacesTheBundledOneOfTheSameName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("sheet.ftlh"),
                "<p>${page.studentName} · ${page.exercises?size} · ${page.exercises[0].answers[0].key}</p>");
        SheetPage page = TestPages.page(new backpropgrader.exercise.Student("s1", "A <b>", null), Locale.ENGLISH,
                TestPages.example1());
        Templates mine = Templates.withOverrides(dir);
        assertEquals("<p>A &lt;b&gt; · 1 · z[1]_1</p>", Sheets.sheet(page, mine), "auto-escaped in an override too");
        assertTrue(Sheets.workedSolutions(page, mine).contains("Worked solutions"), "the others stay bundled");
    }

    @Test
    void aTemplateThatFailsNamesTheTemplateAndTheProblem(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("sheet.ftlh"), "<p>\n${page.noSuchField}</p>");
        SheetPage page = TestPages.page(TestPages.ADA, Locale.ENGLISH, TestPages.example1());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Sheets.sheet(page, Templates.withOverrides(dir)));
        assertTrue(e.getMessage().startsWith("Template sheet.ftlh failed:"), e.getMessage());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void aMissingOverrideFolderIsSaidPlainly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Templates.withOverrides(Path.of("no/such/folder")));
        assertEquals("The templates folder no/such/folder does not exist or is not a folder.", e.getMessage());
    }

    /** What a record's accessor looks like when FreeMarker cannot tell records (in the shaded jar). */
    public static final class PlainView {
        public String title() {
            return "A <title>";
        }
    }

    @Test
    void viewsAreReadByTheirAccessorsEvenWhereRecordsAreNotRecognised() throws Exception {
        freemarker.template.Template t = new freemarker.template.Template("t", "${page.title}",
                new freemarker.template.Configuration(freemarker.template.Configuration.VERSION_2_3_34));
        java.io.StringWriter out = new java.io.StringWriter();
        t.process(java.util.Map.of("page", Templates.objectWrapper().wrap(new PlainView())), out);
        assertEquals("A <title>", out.toString());
    }

    /** A view record with a method that is not a component. */
    public record Described(String name, List<String> parts) {
        public String shout() {
            return name.toUpperCase(java.util.Locale.ROOT);
        }
    }

    @Test
    void recordsAreReadByTheirComponentsAndAnythingElseAsBefore() throws Exception {
        freemarker.template.Template t = new freemarker.template.Template("t",
                "${page.name}|${page.shout}|<#list page.parts as p>${p}<#sep>,</#list>|${page.parts?size}",
                new freemarker.template.Configuration(freemarker.template.Configuration.VERSION_2_3_34));
        java.io.StringWriter out = new java.io.StringWriter();
        t.process(java.util.Map.of("page", Templates.objectWrapper().wrap(new Described("ab", List.of("x", "y")))),
                out);
        assertEquals("ab|AB|x,y|2", out.toString());
    }
}
