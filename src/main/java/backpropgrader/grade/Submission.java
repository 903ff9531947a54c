package backpropgrader.grade;

import java.util.List;
import java.util.Map;

/**
 * What one student handed in, as read: values are kept as the raw strings typed (parsing is the marker's
 * business, so that an unreadable value costs one item, not the file).
 *
 * @param source   the file it came from (and the line, for a row of a class-wide CSV)
 * @param fileName the file's name, the identity of last resort; null for a row of a class-wide table
 * @param student  the id the submission claims (its {@code student} field); null when it has none
 * @param answers  exercise id → key → raw value, in the order written
 * @param warnings what was odd but not fatal (duplicate keys, ignored fields), as whole sentences
 * @param variant  the variant code the file carries ({@code "variant"}, {@code variant = …}) as written; null
 *                 when it has none (typed by hand, an older sheet)
 */
public record Submission(String source, String fileName, String student, Map<String, Map<String, String>> answers,
                         List<String> warnings, String variant) {

    public Submission {
        answers = HeldAnswers.of(answers); // held for the whole class until marked: compactly
    }

    /** A submission without a variant code. */
    public Submission(String source, String fileName, String student, Map<String, Map<String, String>> answers,
                      List<String> warnings) {
        this(source, fileName, student, answers, warnings, null);
    }
}
