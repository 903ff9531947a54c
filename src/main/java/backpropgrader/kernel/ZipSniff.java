package backpropgrader.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a file is a zip, by its first bytes rather than its name (LMS downloads and hand-ins are renamed): a
 * local file header {@code PK\3\4}, or {@code PK\5\6}, the end record an empty zip starts with.
 */
public final class ZipSniff {

    private ZipSniff() {
    }

    public static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && (magic[2] == 3 && magic[3] == 4
                    || magic[2] == 5 && magic[3] == 6);
        }
    }
}
