package backpropgrader.lms;

import backpropgrader.kernel.OutputLock;
import backpropgrader.kernel.SpreadsheetCells;
import backpropgrader.kernel.StagedOutput;
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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An export's files: CSV written by Jackson's CSV writer (CRLF, quotes only where needed unless every field must
 * be quoted), every cell made safe to open in a spreadsheet ({@link SpreadsheetCells}), and zips with fixed entry
 * times, so the same input gives the same bytes on any machine and in any time zone. They are staged ({@link
 * StagedOutput}) and {@link #commit()} moves them all into the export folder, each replacing a file of the same
 * name; closing without committing leaves the folder as it was.
 */
final class ExportFiles implements AutoCloseable {

    private final Path dir;
    private final OutputLock lock;
    private final StagedOutput staged;
    private final Set<Path> written = new TreeSet<>();
    private final Map<Path, ExportResult.Count> counts = new TreeMap<>();

    ExportFiles(Path dir) {
        this.dir = dir;
        this.lock = StagedOutput.lock(dir, "export"); // another export into the same folder refuses at once
        try {
            this.staged = StagedOutput.into(lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
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
        staged.write(file(name), out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A zip of {@code entries} (entry name → file to put there), names in UTF-8 with the flag set. */
    void zip(String name, Map<String, Path> entries) {
        // DOS times are local times: this instant is 2000-01-01 00:00 wherever the zip is written (far enough from
        // 1980 that no time zone needs the extended-timestamp fields, which would hold the zone-dependent instant).
        long fixed = LocalDateTime.of(2000, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        Path file = file(name);
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(staged.stream(file))) {
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
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private Path file(String name) {
        Path f = dir.resolve(name);
        written.add(f);
        return f;
    }

    /** Records what {@code name} holds ("grade", "feedback page"), for the summary. */
    void counted(String name, int n, String noun) {
        counts.put(dir.resolve(name), new ExportResult.Count(dir.resolve(name), n, noun));
    }

    /** The counts, in file order. */
    List<ExportResult.Count> counts() {
        return List.copyOf(counts.values());
    }

    /** The most grades any one file holds: how many students' grades reach the LMS. */
    int grades() {
        return counts.values().stream().filter(c -> c.noun().equals("grade")).mapToInt(ExportResult.Count::n).max()
                .orElse(0);
    }

    /** Moves the files into place; returns them, sorted. */
    List<Path> commit() {
        return staged.commit(List.copyOf(written));
    }

    @Override
    public void close() {
        try {
            staged.close();
        } finally {
            lock.close();
        }
    }
}
