package org.jlua.luatests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Builds small {@code .tar.gz} files for the runner's tests, in the formats tar writers use. */
final class UpstreamTarWriter {
    private static final int BLOCK = 512;
    private final ByteArrayOutputStream tar = new ByteArrayOutputStream();

    UpstreamTarWriter dir(String name) {
        entry(name, '5', new byte[0]);
        return this;
    }

    UpstreamTarWriter file(String name, String content) {
        entry(name, '0', content.getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    /** A name past 100 bytes as GNU tar writes it: an 'L' entry holding the name first. */
    UpstreamTarWriter gnuLongFile(String name, String content) {
        entry("././@LongLink", 'L', (name + "\0").getBytes(StandardCharsets.UTF_8));
        entry(name.substring(0, 100), '0', content.getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    /** A name as POSIX pax writes it: an 'x' entry whose path record overrides the header. */
    UpstreamTarWriter paxFile(String name, String content) {
        String record = " path=" + name + "\n";
        int length = record.length() + 1;
        while (String.valueOf(length).length() + record.length() != length) {
            length++;
        }
        entry("PaxHeader/x", 'x', (length + record).getBytes(StandardCharsets.UTF_8));
        entry("short-name", '0', content.getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    /** A symbolic link, which the reader skips. */
    UpstreamTarWriter symlink(String name) {
        entry(name, '2', new byte[0]);
        return this;
    }

    /** The archive so far, without the end-of-archive blocks. */
    byte[] tarBytes() {
        return tar.toByteArray();
    }

    Path writeTo(Path gz) throws IOException {
        writeGzip(gz, tarBytes(), true);
        return gz;
    }

    static void writeGzip(Path gz, byte[] tarBytes, boolean endMarker) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(tarBytes);
            if (endMarker) {
                out.write(new byte[2 * BLOCK]);
            }
        }
    }

    private void entry(String name, char type, byte[] content) {
        byte[] header = new byte[BLOCK];
        put(header, 0, name);
        put(header, 100, "0000644");
        put(header, 124, String.format("%011o", content.length));
        put(header, 136, String.format("%011o", 0));
        header[156] = (byte) type;
        put(header, 257, "ustar");
        put(header, 263, "00");
        for (int i = 148; i < 156; i++) {
            header[i] = ' ';
        }
        int sum = 0;
        for (byte b : header) {
            sum += b & 0xFF;
        }
        put(header, 148, String.format("%06o", sum));
        tar.writeBytes(header);
        tar.writeBytes(content);
        tar.writeBytes(new byte[(BLOCK - content.length % BLOCK) % BLOCK]);
    }

    private static void put(byte[] header, int offset, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(bytes, 0, header, offset, bytes.length);
    }
}
