package backpropgrader.grade;

import backpropgrader.kernel.Excerpt;
import backpropgrader.kernel.OnlineText;

import backpropgrader.kernel.PlainFiles;
import backpropgrader.kernel.TextDecoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads one submission file, chosen by its extension: {@code .json} (what the sheet's form saves), {@code .txt}
 * ({@code [exercise-id]} headers and {@code key = value} lines), {@code .csv} (a class-wide table, one row per
 * student) or {@code .html} (text typed into an LMS, read as {@code .txt}). The file is only read, never changed. Text is decoded as
 * {@link TextDecoder} says (UTF-8, UTF-16 with a BOM, else Windows-1252). Only a plain file is read
 * ({@link PlainFiles}): a link, pipe, device or socket is unreadable, its target never opened. A file past a
 * {@link SubmissionLimits} bound is unreadable, that file only.
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
        checkSize(file, source, name);
        return read(decode(file, source), source, name);
    }

    /**
     * Refuses a file larger than a submission of its kind may be ({@link SubmissionLimits}: 2 MiB for one
     * student's answers, 50 MiB for a class-wide CSV) before a byte of it is read.
     */
    public static void checkSize(Path file, String source, String name) throws UnreadableSubmissionException {
        long size;
        try {
            // the link itself, never its target: a link is refused by the plain-file rule when it is read
            size = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).size();
        } catch (IOException e) {
            throw new UnreadableSubmissionException(source + ": cannot be read: " + e.getMessage() + ".");
        }
        long limit = SubmissionLimits.bytesFor(extension(name));
        if (size > limit) {
            throw new UnreadableSubmissionException(source + ": the file is " + SubmissionLimits.count(size)
                    + " bytes; at most " + SubmissionLimits.mib(limit) + " are read for " + kind(name) + ".");
        }
    }

    private static String kind(String name) {
        return extension(name).equals("csv") ? "a class-wide table" : "one student's answers";
    }

    /** The submissions in {@code text}, read as a file named {@code name} (an .html file is online text). */
    public static List<Submission> read(String text, String source, String name) throws UnreadableSubmissionException {
        long limit = SubmissionLimits.bytesFor(extension(name));
        if (text.length() > limit) {
            throw new UnreadableSubmissionException(source + ": the text is " + SubmissionLimits.count(text.length())
                    + " characters; at most " + SubmissionLimits.mib(limit) + " are read for " + kind(name) + ".");
        }
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
                    + " answers, found a ." + Excerpt.of(extension(name)) + " file.");
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
            throw new UnreadableSubmissionException(source + ": cannot be read: " + PlainFiles.reason(e) + ".",
                    "the grader could not open this file; your instructor will look into it.");
        }
        try {
            return TextDecoder.decode(b, "a text file of answers").text();
        } catch (TextDecoder.NotTextException e) {
            throw new UnreadableSubmissionException(source + ": " + e.getMessage());
        }
    }
}
