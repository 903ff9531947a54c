package backpropgrader.exercise;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the course file's lateness fields: {@code due: 2025-03-14 17:00} (or {@code 2025-03-14T17:00}; a date
 * alone means the end of that day), {@code extensions: {s1042: 2025-03-17 17:00}} and
 * {@code late_penalty: {flat: 0%, per_day: 10%, max: 50%}} (percentages of the score, written with or without
 * {@code %}) and {@code timezone: Europe/London} (the zone all these times are in; the machine's by default).
 */
final class DeadlineReader {

    private DeadlineReader() {
    }

    static Deadline read(Fields f, JsonNode root) {
        LocalDateTime due = f.has(root, "due") ? time(f, root.get("due"), "due") : null;
        Map<String, LocalDateTime> extensions = new LinkedHashMap<>();
        if (f.has(root, "extensions")) {
            JsonNode ext = f.object(root.get("extensions"), "extensions");
            ext.fields().forEachRemaining(e -> extensions.put(e.getKey(),
                    time(f, e.getValue(), "extensions." + e.getKey())));
        }
        Deadline.Penalty penalty = Deadline.Penalty.NONE;
        if (f.has(root, "late_penalty")) {
            JsonNode p = f.object(root.get("late_penalty"), "late_penalty");
            f.only(p, "late_penalty", "flat", "per_day", "max");
            penalty = new Deadline.Penalty(percent(f, p, "flat", 0), percent(f, p, "per_day", 0),
                    percent(f, p, "max", 100));
        }
        if (due == null && !extensions.isEmpty()) {
            throw f.problem("extensions", "extensions need a due date; add due: YYYY-MM-DD HH:MM.");
        }
        return new Deadline(due, extensions, penalty, zone(f, root));
    }

    /** {@code timezone: Europe/London}: an IANA time zone id; the machine's when absent. */
    private static ZoneId zone(Fields f, JsonNode root) {
        if (!f.has(root, "timezone")) {
            return null;
        }
        String id = f.text(root.get("timezone"), "timezone").strip();
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw f.error("timezone", "an IANA time zone such as Europe/London or America/Toronto",
                    "\"" + id + "\"");
        }
    }

    /** {@code 2025-03-14 17:00}, {@code 2025-03-14T17:00[:00]}, or a date alone: the end of that day. */
    static LocalDateTime time(Fields f, JsonNode n, String path) {
        String s = f.text(n, path).strip();
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atTime(LocalTime.MAX.withNano(0));
            }
            return LocalDateTime.parse(s.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw f.error(path, "a date and time such as 2025-03-14 17:00 (or a date alone, 2025-03-14)",
                    "\"" + s + "\"");
        }
    }

    private static double percent(Fields f, JsonNode p, String field, double otherwise) {
        if (!f.has(p, field)) {
            return otherwise;
        }
        JsonNode n = p.get(field);
        String path = "late_penalty." + field;
        String s = n.isNumber() ? n.asText() : f.text(n, path).strip();
        s = s.endsWith("%") ? s.substring(0, s.length() - 1).strip() : s;
        try {
            double v = new BigDecimal(s).doubleValue();
            if (v >= 0 && v <= 100) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw f.error(path, "a percentage from 0 to 100 (such as 10 or 10%)", Fields.describe(n));
    }
}
