package backpropgrader.lms;

import backpropgrader.kernel.SpreadsheetCells;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An export's files, written completely or not at all: each goes to a hidden temporary file beside its target,
 * and {@link #commit()} moves them all into place; closing without committing removes them. CSV is written by
 * Jackson's CSV writer (CRLF, quotes only where needed unless every field must be quoted), every cell made safe
 * to open in a spreadsheet ({@link SpreadsheetCells}); zips get fixed entry
 * times, so the same input gives the same bytes on any machine and in any time zone.
 */
final class Outputs implements AutoCloseable {

    private final Path dir;
    private final Map<Path, Path> pending = new TreeMap<>();

    Outputs(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    void csv(String name, List<String> header, List<List<String>> rows, char separator, boolean quoteAll) {
        CsvMapper mapper = new CsvMapper();
        mapper.configure(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING, true);
        mapper.configure(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS, quoteAll);
        mapper.configure(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS, quoteAll);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withLineSeparator("\r\n");
        StringWriter out = new StringWriter();
        try (SequenceWriter w = mapper.writer(schema).writeValues(out)) {
            w.write(SpreadsheetCells.safe(header));
            for (List<String> row : rows) {
                w.write(SpreadsheetCells.safe(row)); // names, ids and cells kept from the LMS's own files
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes(name, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    void bytes(String name, byte[] content) {
        try {
            Files.write(temp(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(name), e);
        }
    }

    /** A zip of {@code entries} (entry name → file to put there), names in UTF-8 with the flag set. */
    void zip(String name, Map<String, Path> entries) {
        // DOS times are local times: this instant is 2000-01-01 00:00 wherever the zip is written (far enough from
        // 1980 that no time zone needs the extended-timestamp fields, which would hold the zone-dependent instant).
        long fixed = LocalDateTime.of(2000, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(temp(name))) {
            out.setEncoding("UTF-8");
            out.setUseLanguageEncodingFlag(true);
            for (Map.Entry<String, Path> e : new TreeMap<>(entries).entrySet()) {
                ZipArchiveEntry entry = new ZipArchiveEntry(e.getKey());
                entry.setTime(fixed);
                out.putArchiveEntry(entry);
                Files.copy(e.getValue(), out);
                out.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(name), e);
        }
    }

    private Path temp(String name) {
        Path target = dir.resolve(name);
        Path temp = dir.resolve("." + name + ".tmp");
        pending.put(target, temp);
        return temp;
    }

    List<Path> commit() {
        List<Path> done = new ArrayList<>();
        try {
            for (Map.Entry<Path, Path> e : pending.entrySet()) {
                Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                done.add(e.getKey());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the export into " + dir, e);
        }
        pending.clear();
        return done;
    }

    @Override
    public void close() {
        for (Path temp : pending.values()) {
            temp.toFile().delete();
        }
    }
}
