package org.jlua.luatests;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;

/**
 * Unpacks a {@code .tar.gz} with nothing but the JDK: enough of the tar format (POSIX
 * ustar, GNU long names, pax path records) for the Lua test tarballs, so that the runner
 * needs no {@code tar} program.
 */
final class UpstreamTar {
    private static final int BLOCK = 512;

    private UpstreamTar() {}

    /** Extracts the regular files and directories of {@code tarGz} under {@code into}. */
    static void extract(Path tarGz, Path into) throws IOException {
        Path root = into.toAbsolutePath().normalize();
        Files.createDirectories(root);
        try (InputStream in = new BufferedInputStream(
                new GZIPInputStream(Files.newInputStream(tarGz)))) {
            String longName = null; // from a GNU 'L' or pax 'x' entry, for the next entry
            byte[] header = new byte[BLOCK];
            while (readBlock(in, header, tarGz)) {
                if (isZero(header)) {
                    break; // end-of-archive marker
                }
                long size = octal(header, 124, 12, tarGz);
                char type = (char) header[156];
                String name = longName != null ? longName : headerName(header);
                longName = null;
                switch (type) {
                    case 'L' -> longName = trimNul(readString(in, size, tarGz));
                    case 'x' -> longName = paxPath(readString(in, size, tarGz));
                    case '5' -> Files.createDirectories(target(root, name, tarGz));
                    case '0', '\0', '7' -> {
                        Path file = target(root, name, tarGz);
                        Files.createDirectories(file.getParent());
                        Files.copy(new BoundedStream(in, size), file,
                                StandardCopyOption.REPLACE_EXISTING);
                        skipPadding(in, size, tarGz);
                    }
                    // Links, devices and global pax headers carry nothing the suite needs.
                    default -> skip(in, padded(size), tarGz);
                }
            }
        }
    }

    private static String headerName(byte[] header) {
        String name = field(header, 0, 100);
        boolean posix = field(header, 257, 6).equals("ustar");
        String prefix = posix ? field(header, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    /** The {@code path} record of a pax extended header ("LEN path=VALUE\n" records). */
    private static String paxPath(String records) {
        for (String record : records.split("\n")) {
            int space = record.indexOf(' ');
            if (space >= 0 && record.startsWith("path=", space + 1)) {
                return record.substring(space + 1 + "path=".length());
            }
        }
        return null;
    }

    /** Refuses entries that would land outside the extraction directory. */
    private static Path target(Path root, String name, Path tarGz) throws IOException {
        Path target = root.resolve(name).normalize();
        if (!target.startsWith(root)) {
            throw new IOException(tarGz + ": entry '" + name + "' leaves the extraction directory");
        }
        return target;
    }

    private static long octal(byte[] header, int offset, int length, Path tarGz)
            throws IOException {
        String digits = field(header, offset, length).trim();
        try {
            return digits.isEmpty() ? 0 : Long.parseLong(digits, 8);
        } catch (NumberFormatException e) {
            throw new IOException(tarGz + ": not a tar archive (bad size field '" + digits + "')");
        }
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static String readString(InputStream in, long size, Path tarGz) throws IOException {
        byte[] bytes = new BoundedStream(in, size).readAllBytes();
        skipPadding(in, size, tarGz);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String trimNul(String s) {
        int nul = s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
    }

    private static boolean readBlock(InputStream in, byte[] block, Path tarGz) throws IOException {
        int n = in.readNBytes(block, 0, BLOCK);
        if (n == 0) {
            return false; // some writers omit the end-of-archive marker
        }
        if (n < BLOCK) {
            throw new IOException(tarGz + ": truncated tar archive");
        }
        return true;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static long padded(long size) {
        return (size + BLOCK - 1) / BLOCK * BLOCK;
    }

    private static void skipPadding(InputStream in, long size, Path tarGz) throws IOException {
        skip(in, padded(size) - size, tarGz);
    }

    private static void skip(InputStream in, long n, Path tarGz) throws IOException {
        try {
            in.skipNBytes(n);
        } catch (java.io.EOFException e) {
            throw new IOException(tarGz + ": truncated tar archive");
        }
    }

    /** The next {@code size} bytes of the archive, as one entry's content. */
    private static final class BoundedStream extends InputStream {
        private final InputStream in;
        private long left;

        BoundedStream(InputStream in, long size) {
            this.in = in;
            this.left = size;
        }

        @Override
        public int read() throws IOException {
            if (left == 0) {
                return -1;
            }
            int b = in.read();
            if (b < 0) {
                throw new IOException("truncated tar archive");
            }
            left--;
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            if (left == 0) {
                return -1;
            }
            int n = in.read(buf, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new IOException("truncated tar archive");
            }
            left -= n;
            return n;
        }
    }
}
