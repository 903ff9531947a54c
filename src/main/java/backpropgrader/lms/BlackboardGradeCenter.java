package backpropgrader.lms;

import backpropgrader.kernel.BadInputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blackboard's Grade Center download as the instructor saved it: user columns, then one column per grade item
 * titled {@code <Column name> [Total Pts: <n> Score] |<columnId>}. The upload names a column by that
 * {@code |<columnId>} suffix; without it Blackboard creates a new column.
 */
final class BlackboardGradeCenter {

    private static final Pattern COLUMN = Pattern.compile("(.*?)\\s*(\\[[^\\]]*\\])?\\s*\\|\\s*(\\d+)\\s*");
    private static final Pattern POINTS = Pattern.compile("([0-9]+(?:[.,][0-9]+)?)");

    /** A grade column: its header as Blackboard wrote it, name, id and total points when stated. */
    record Column(String header, String name, String id, OptionalDouble points) {
    }

    private BlackboardGradeCenter() {
    }

    static List<Column> columns(Path file) {
        CsvTable t = CsvTable.read(file);
        if (!t.has("Username")) {
            throw new BadInputException(file + ": line 1: expected Blackboard's Grade Center download (with a"
                    + " Username column), found " + t.header() + ".");
        }
        List<Column> columns = new ArrayList<>();
        for (String h : t.header()) {
            Matcher m = COLUMN.matcher(h);
            if (m.matches()) {
                Matcher p = m.group(2) == null ? null : POINTS.matcher(m.group(2));
                OptionalDouble points = p != null && p.find()
                        ? OptionalDouble.of(Scores.parse(p.group(1), file, 1, h)) : OptionalDouble.empty();
                columns.add(new Column(h, m.group(1), m.group(3), points));
            }
        }
        return columns;
    }

    /** The column named {@code wanted} (its name, its id, or its whole header); the message lists them otherwise. */
    static Column column(Path file, String wanted) {
        List<Column> columns = columns(file);
        return columns.stream().filter(c -> c.header().equals(wanted) || c.name().equals(wanted)
                || c.id().equals(wanted)).findFirst().orElseThrow(() -> new BadInputException(file + ": line 1:"
                + " expected a Grade Center column for '" + wanted + "', found "
                + columns.stream().map(Column::header).toList() + "."));
    }
}
