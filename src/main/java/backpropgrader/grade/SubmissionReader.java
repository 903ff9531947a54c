package backpropgrader.grade;

import backpropgrader.kernel.OnlineText;

import backpropgrader.kernel.PlainFiles;
import backpropgrader.kernel.TextDecoder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads one submission file, chosen by its extension: {@code .json} (what the sheet's form saves), {@code .txt}
 * ({@code [exercise-id]} headers and {@code key = value} lines), {@code .csv} (a class-wide table, one row per
 * student) or {@code .html} (text typed into an LMS, read as {@code .txt}). The file is only read, never changed. Text is decoded as
 * {@link TextDecoder} says (UTF-8, UTF-16 with a BOM, else Windows-1252). Only a plain file is read
 * ({@link PlainFiles}): a link, pipe, device or socket is unreadable, its target never opened.
 */
public final class SubmissionReader {

    private SubmissionReader() {
    }

    /** The submissions in a file: one, or one per row of a class-wide CSV. */
    public static List<Submission> read(Path file) throws UnreadableSubmissionException {
        return read(file, file.toString(), file.getFileName().toString());
    }

    /**
     * The submissions in a file whose kind {@code name} decides (its extension) and which messages call
     * {@code source} (a download's entry rather than the temporary folder it was unpacked into).
     */
    public static List<Submission> read(Path file, String source, String name) throws UnreadableSubmissionException {
        return read(decode(file, source), source, name);
    }

    /** The submissions in {@code text}, read as a file named {@code name} (an .html file is online text). */
    public static List<Submission> read(String text, String source, String name) throws UnreadableSubmissionException {
        if (text.isBlank()) {
            throw new UnreadableSubmissionException(source + ": the file is empty; expected the answers.");
        }
        return switch (extension(name)) {
            case "json" -> List.of(JsonSubmissionReader.read(text, source, name));
            case "txt", "text" -> List.of(TextSubmissionReader.read(text, source, name));
            case "csv" -> CsvSubmissionReader.read(text, source, name);
            case "html", "htm" -> read(OnlineText.toText(text), source, stem(name) + ".txt");
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

    public static String decode(Path file) throws UnreadableSubmissionException {
        return decode(file, file.toString());
    }

    public static String decode(Path file, String source) throws UnreadableSubmissionException {
        byte[] b;
        try {
            b = PlainFiles.read(file); // never through a link, never a pipe or device: nothing else is read
        } catch (PlainFiles.NotPlainException e) {
            throw new UnreadableSubmissionException(source + ": " + e.getMessage() + ".");
        } catch (IOException e) {
            throw new UnreadableSubmissionException(source + ": cannot be read: " + PlainFiles.reason(e) + ".");
        }
        try {
            return TextDecoder.decode(b, "a text file of answers").text();
        } catch (TextDecoder.NotTextException e) {
            throw new UnreadableSubmissionException(source + ": " + e.getMessage());
        }
    }
}
