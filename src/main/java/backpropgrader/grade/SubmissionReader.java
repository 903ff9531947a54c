package backpropgrader.grade;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads one submission file, chosen by its extension: {@code .json} (what the sheet's form saves), {@code .txt}
 * ({@code [exercise-id]} headers and {@code key = value} lines) or {@code .csv} (a class-wide table, one row per
 * student). The file is only read, never changed. Text is UTF-8 (with or without a BOM), UTF-16 with a BOM, or
 * Windows-1252 as older editors save it.
 */
public final class SubmissionReader {

    private SubmissionReader() {
    }

    /** Whether a file in a submissions folder is taken as a submission at all (hidden files are not). */
    public static boolean isCandidate(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.startsWith("~$") && !name.endsWith("~");
    }

    /** The submissions in a file: one, or one per row of a class-wide CSV. */
    public static List<Submission> read(Path file) throws UnreadableSubmissionException {
        String name = file.getFileName().toString();
        String source = file.toString();
        String text = decode(file);
        if (text.isBlank()) {
            throw new UnreadableSubmissionException(source + ": the file is empty; expected the answers.");
        }
        return switch (extension(name)) {
            case "json" -> List.of(JsonSubmissionReader.read(text, source, name));
            case "txt", "text" -> List.of(TextSubmissionReader.read(text, source, name));
            case "csv" -> CsvSubmissionReader.read(text, source, name);
            case "" -> text.stripLeading().startsWith("{") ? List.of(JsonSubmissionReader.read(text, source, name))
                    : List.of(TextSubmissionReader.read(text, source, name));
            default -> throw new UnreadableSubmissionException(source + ": expected a .json, .txt or .csv file of"
                    + " answers, found a ." + extension(name) + " file.");
        };
    }

    /** The file name without its extension: what identifies the student when nothing else does. */
    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    static String decode(Path file) throws UnreadableSubmissionException {
        byte[] b;
        try {
            b = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableSubmissionException(file + ": cannot be read: " + e.getMessage() + ".");
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return strict(file, b, 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return strict(file, b, 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return strict(file, b, 2, StandardCharsets.UTF_16BE);
        }
        for (byte x : b) {
            if (x == 0) {
                throw new UnreadableSubmissionException(file + ": expected a text file of answers, found binary"
                        + " data (it contains NUL bytes).");
            }
        }
        try {
            return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, Charset.forName("windows-1252")); // what older Windows editors save
        }
    }

    private static String strict(Path file, byte[] b, int skip, Charset cs) throws UnreadableSubmissionException {
        try {
            return decoder(cs).decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableSubmissionException(file + ": expected " + cs.name() + " text after its byte-order"
                    + " mark, found bytes that are not " + cs.name() + ".");
        }
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
