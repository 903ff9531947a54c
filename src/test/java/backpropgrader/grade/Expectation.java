package backpropgrader.grade;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a golden case's {@code expected.txt}: {@code student what expected…}, # comments allowed.
 * <ul>
 *   <li>{@code s1 z[1]_1 correct} / {@code s1 J wrong missing-half}: the item's verdict and misconception (none
 *       when the fourth word is absent); {@code s1 * missing}: every item not listed for s1;</li>
 *   <li>{@code s1 status unreadable}, {@code s1 score 3.5} ({@code -}: none), {@code s1 flags collusion:s2} (all
 *       flags, in order; {@code -} for none);</li>
 *   <li>{@code s1 error …}, {@code s1 warning …}, {@code s1 reason:KEY …}: the text contains the rest of the
 *       line.</li>
 * </ul>
 */
record Expectation(int line, String student, String what, String value, String misconception) {

    static List<Expectation> read(Path file) throws IOException {
        List<Expectation> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] p = l.split("\\s+", 3);
            if (p.length < 3) {
                throw new IllegalArgumentException(file + ": line " + (i + 1) + ": expected 'student what value'");
            }
            boolean text = p[1].equals("error") || p[1].equals("warning") || p[1].startsWith("reason:");
            String value = p[2];
            String misconception = null;
            if (!text) {
                String[] v = p[2].split("\\s+");
                value = v[0];
                misconception = v.length > 1 ? v[1] : null;
            }
            out.add(new Expectation(i + 1, p[0], p[1], value, misconception));
        }
        return out;
    }

    boolean isItem() {
        return !List.of("status", "score", "max", "flags", "error", "warning").contains(what)
                && !what.startsWith("reason:");
    }

    String where() {
        return "expected.txt line " + line + " (" + student + " " + what + ")";
    }
}
