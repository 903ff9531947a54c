package backpropgrader.cli;

import backpropgrader.kernel.Version;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --help} on the tool and on every command it has (exit 0); usage mistakes exit 64 and say what to try. */
class HelpAndUsageTest {

    @Test
    void theToolsHelpListsItsCommandsAndExitCodes() {
        Cli r = Cli.run("--help");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("Usage: grader"), r.toString());
        assertTrue(r.out().contains("solve") && r.out().contains("lecture"), r.toString());
        assertTrue(r.out().contains("64 usage; 65 bad"), r.toString());
    }

    @Test
    void everyRegisteredCommandAnswersHelpWithItsUsage() {
        Set<String> commands = new CommandLine(new Main()).getSubcommands().keySet();
        assertTrue(commands.containsAll(Set.of("solve", "lecture", "help")), commands.toString());
        for (String command : commands) {
            Cli r = Cli.run(command, "--help");
            assertEquals(0, r.code(), command + ": " + r);
            assertTrue(r.out().contains("Usage: grader " + command), command + ": " + r);
            assertEquals("", r.err(), command);
        }
    }

    @Test
    void theVersionIsTheBuildsVersion() {
        Cli r = Cli.run("--version");
        assertEquals(0, r.code());
        assertEquals("backprop-grader " + Version.current(), r.out().strip());
    }

    @Test
    void anUnknownOptionIsAUsageErrorThatPointsToHelp() {
        Cli r = Cli.run("solve", "--bogus", "exercises/lecture/example-1.json");
        assertEquals(64, r.code(), r.toString());
        assertTrue(r.err().contains("Unknown option: '--bogus'"), r.toString());
        assertTrue(r.err().contains("Try 'grader solve --help'."), r.toString());
        assertEquals("", r.out());
    }

    @Test
    void anOptionSeveralCommandsShareIsDeclaredAndDescribedOnce() {
        CommandLine tool = new CommandLine(new Main());
        for (String option : List.of("--course", "--roster", "--out", "--force", "--worksheet")) {
            Set<List<String>> descriptions = tool.getSubcommands().values().stream()
                    .map(c -> c.getCommandSpec().findOption(option)).filter(Objects::nonNull)
                    .map(o -> List.of(o.description())).collect(Collectors.toSet());
            assertEquals(1, descriptions.size(), option + ": " + descriptions);
            assertTrue(tool.getSubcommands().values().stream()
                    .filter(c -> c.getCommandSpec().findOption(option) != null).count() >= 2, option);
        }
    }

    @Test
    void generateWithoutItsRosterOrFolderIsAUsageErrorThatPointsToHelp() {
        Cli r = Cli.run("generate", "--out", "nowhere");
        assertEquals(64, r.code(), r.toString());
        assertEquals("grader: Missing required option: '--roster=FILE'\nTry 'grader generate --help'.\n", r.err());
        Cli o = Cli.run("generate", "--roster", "exercises/lecture/example-1.json");
        assertEquals(64, o.code(), o.toString());
        assertTrue(o.err().startsWith("grader: Missing required option: '--out=DIR'"), o.toString());
    }

    @Test
    void anUnknownCommandAWrongFormatAndNoFileAreUsageErrors() {
        assertEquals(64, Cli.run("frobnicate").code());
        assertEquals(64, Cli.run("solve", "--format", "xml", "exercises/lecture/example-1.json").code());
        assertEquals(64, Cli.run("solve").code());
        assertEquals(64, Cli.run("lecture", "--format").code());
    }
}
