package backpropgrader.lms;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipMethod;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Builds zips for tests: ordinary ones from a folder or a map, and hostile ones. */
final class Zips {

    private Zips() {
    }

    /** A zip of {@code files} (entry name → text), names UTF-8 with the language-encoding flag. */
    static Path of(Path zip, Map<String, String> files) throws IOException {
        return write(zip, "UTF-8", true, out -> files.forEach((name, text) -> add(out, name, text)));
    }

    /** A zip of every file under {@code folder}, names relative to it, in {@code encoding}, flagged UTF-8 or not. */
    static Path ofFolder(Path zip, Path folder, String encoding, boolean flag) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        return write(zip, encoding, flag, out -> {
            for (Path f : files) {
                try {
                    add(out, folder.relativize(f).toString().replace('\\', '/'), Files.readString(f));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
    }

    static Path write(Path zip, String encoding, boolean flag, Consumer<ZipArchiveOutputStream> body)
            throws IOException {
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            out.setEncoding(encoding);
            out.setUseLanguageEncodingFlag(flag);
            out.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            body.accept(out);
        }
        return zip;
    }

    static void add(ZipArchiveOutputStream out, String name, String text) {
        try {
            out.putArchiveEntry(new ZipArchiveEntry(name));
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A zip of {@code files} stored without compression, so each entry's bytes can be found in the zip's. */
    static Path stored(Path zip, Map<String, String> files) throws IOException {
        return write(zip, "UTF-8", true, out -> files.forEach((name, text) -> {
            try {
                ZipArchiveEntry e = new ZipArchiveEntry(name);
                e.setMethod(ZipMethod.STORED.getCode());
                out.putArchiveEntry(e);
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.closeArchiveEntry();
            } catch (IOException x) {
                throw new IllegalStateException(x);
            }
        }));
    }

    /** Damages a finished zip in place: the first occurrence of {@code from} in its bytes becomes {@code to}. */
    static Path flip(Path zip, String from, String to) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        byte[] f = from.getBytes(StandardCharsets.UTF_8);
        byte[] t = to.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + f.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + f.length, f, 0, f.length)) {
                System.arraycopy(t, 0, bytes, i, t.length);
                Files.write(zip, bytes);
                return zip;
            }
        }
        throw new IllegalArgumentException(from + " is not in " + zip);
    }

    /** Text that deflate cannot shrink much (seeded, so the same each run). */
    static String incompressible(int length, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append((char) ('!' + r.nextInt(90)));
        }
        return b.toString();
    }

    /**
     * One entry that inflates to {@code mib} MiB of zeros from about a kilobyte per MiB, built without ever
     * holding or writing the unpacked bytes: a deflate block of 1 MiB of zeros refers only to earlier zeros, so
     * the same block can be repeated. {@code declaredSize} is what the headers claim (a liar may claim little).
     */
    static Path bomb(Path zip, String name, int mib, long declaredSize) throws IOException {
        byte[] zeros = new byte[1 << 20];
        Deflater d = new Deflater(9, true);
        byte[] first = flush(d, zeros);
        byte[] again = flush(d, zeros);
        d.finish();
        ByteArrayOutputStream end = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!d.finished()) {
            end.write(buf, 0, d.deflate(buf));
        }
        d.end();
        CRC32 crc = new CRC32();
        for (int i = 0; i < mib; i++) {
            crc.update(zeros);
        }
        List<InputStream> parts = new java.util.ArrayList<>();
        parts.add(new ByteArrayInputStream(first));
        for (int i = 1; i < mib; i++) {
            parts.add(new ByteArrayInputStream(again));
        }
        parts.add(new ByteArrayInputStream(end.toByteArray()));
        long compressed = first.length + (long) again.length * (mib - 1) + end.size();
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        e.setMethod(ZipMethod.DEFLATED.getCode());
        e.setSize(declaredSize);
        e.setCompressedSize(compressed);
        e.setCrc(crc.getValue());
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            out.addRawArchiveEntry(e, new SequenceInputStream(Collections.enumeration(parts)));
        }
        return zip;
    }

    private static byte[] flush(Deflater d, byte[] input) {
        d.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        int n;
        do {
            n = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
            out.write(buf, 0, n);
        } while (n == buf.length || !d.needsInput());
        return out.toByteArray();
    }
}
