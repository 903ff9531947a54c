package backpropgrader.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Only plain files are read from what students hand in: links are never followed, pipes never opened. */
class PlainFilesTest {

    @TempDir
    Path dir;

    static final String LINK = "the file is a link; links are not followed — hand in the file itself";

    @Test
    void aLinkToAFileIsRefusedAndItsTargetNeverRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "demo secret: never to be read");
        Path link = Files.createSymbolicLink(dir.resolve("s05.txt"), secret);
        assertEquals(LINK, PlainFiles.refusal(link));
        PlainFiles.NotPlainException e = assertThrows(PlainFiles.NotPlainException.class, () -> PlainFiles.read(link));
        assertEquals(LINK, e.getMessage());
        assertNull(PlainFiles.refusal(secret));
        assertArrayEquals(Files.readAllBytes(secret), PlainFiles.read(secret));
    }

    @Test
    void linksToFoldersAndDanglingLinksAreLinksToo() throws IOException {
        assertEquals(LINK, PlainFiles.refusal(Files.createSymbolicLink(dir.resolve("etc"), Path.of("/etc"))));
        assertEquals(LINK, PlainFiles.refusal(Files.createSymbolicLink(dir.resolve("gone.json"), dir.resolve("x"))));
    }

    @Test
    void aNamedPipeIsNeverOpened() throws Exception {
        Path fifo = dir.resolve("s06.txt");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1);
        String why = "the file is a named pipe (FIFO), not a plain file; only plain files are read — hand in the file"
                + " itself";
        assertEquals(why, PlainFiles.refusal(fifo));
        // opening a pipe for reading waits for a writer for ever: the check must come first
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () ->
                assertEquals(why, assertThrows(PlainFiles.NotPlainException.class, () -> PlainFiles.read(fifo))
                        .getMessage()));
    }

    @Test
    void aSocketIsNamedAsOne() throws IOException {
        Path socket = dir.resolve("s07.json");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            assertEquals("the file is a socket, not a plain file; only plain files are read — hand in the file itself",
                    PlainFiles.refusal(socket));
        }
    }

    @Test
    void aDeviceIsNamedAsOne() {
        assertEquals("the file is a device, not a plain file; only plain files are read — hand in the file itself",
                PlainFiles.refusal(Path.of("/dev/null")));
    }

    @Test
    void failuresSayWhyInWordsNotWithTheBarePath() {
        assertEquals("permission denied", PlainFiles.reason(new AccessDeniedException("/tmp/x/s07.txt")));
        assertEquals("no such file", PlainFiles.reason(new NoSuchFileException("/tmp/x/s07.txt")));
        assertEquals("cannot be read: no such file", PlainFiles.refusal(dir.resolve("absent.txt")));
    }

    @Test
    void entriesListLinksAndPipesButNeverWalkIntoALinkedFolder() throws Exception {
        Files.createDirectories(dir.resolve("subs/nested"));
        Files.writeString(dir.resolve("subs/s1.json"), "{}");
        Files.writeString(dir.resolve("subs/nested/s2.txt"), "x");
        Files.writeString(dir.resolve("subs/.hidden"), "x");
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(dir.resolve("elsewhere/s9.json"), "{}");
        Files.createSymbolicLink(dir.resolve("subs/nested/s3.txt"), dir.resolve("elsewhere/s9.json"));
        Files.createSymbolicLink(dir.resolve("subs/folder-link"), dir.resolve("elsewhere"));
        Files.createSymbolicLink(dir.resolve("subs/.hidden-link"), dir.resolve("elsewhere"));
        assertEquals(List.of("folder-link", "nested/s2.txt", "nested/s3.txt", "s1.json"),
                PlainFiles.entries(dir.resolve("subs")));
        // the instructor's own folder may be a link: it is theirs, and listed as if given directly
        Path given = Files.createSymbolicLink(dir.resolve("given"), dir.resolve("subs"));
        assertEquals(PlainFiles.entries(dir.resolve("subs")), PlainFiles.entries(given));
    }
}
