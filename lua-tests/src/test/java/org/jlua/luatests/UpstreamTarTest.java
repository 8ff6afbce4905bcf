package org.jlua.luatests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpstreamTarTest {
    @TempDir
    Path tmp;

    @Test
    void extractsFilesAndDirectoriesWithTheirBytes() throws IOException {
        String bytes = "print'OK'\n\u00e9\u00ff\0end"; // Lua sources may hold any byte
        Path gz = new UpstreamTarWriter().dir("suite/").file("suite/a.lua", bytes)
                .dir("suite/libs/P1/").file("suite/libs/P1/dummy", "")
                .file("suite/big.lua", "x".repeat(1500))
                .writeTo(tmp.resolve("t.tar.gz"));
        UpstreamTar.extract(gz, tmp.resolve("out"));
        assertEquals(bytes, Files.readString(tmp.resolve("out/suite/a.lua"),
                StandardCharsets.ISO_8859_1));
        assertEquals(0, Files.size(tmp.resolve("out/suite/libs/P1/dummy")));
        assertEquals(1500, Files.size(tmp.resolve("out/suite/big.lua")));
    }

    @Test
    void readsGnuLongNamesAndPaxPaths() throws IOException {
        String longName = "suite/" + "d".repeat(120) + "/long.lua";
        Path gz = new UpstreamTarWriter().gnuLongFile(longName, "gnu")
                .paxFile("suite/pax.lua", "pax").symlink("suite/link")
                .file("suite/after.lua", "after")
                .writeTo(tmp.resolve("t.tar.gz"));
        UpstreamTar.extract(gz, tmp.resolve("out"));
        assertEquals("gnu", Files.readString(tmp.resolve("out").resolve(longName)));
        assertEquals("pax", Files.readString(tmp.resolve("out/suite/pax.lua")));
        assertFalse(Files.exists(tmp.resolve("out/short-name")));
        assertFalse(Files.exists(tmp.resolve("out/suite/link")));
        assertEquals("after", Files.readString(tmp.resolve("out/suite/after.lua")));
    }

    @Test
    void acceptsAnArchiveWithoutItsEndMarker() throws IOException {
        Path gz = tmp.resolve("t.tar.gz");
        UpstreamTarWriter.writeGzip(gz, new UpstreamTarWriter().file("a.lua", "a").tarBytes(),
                false);
        UpstreamTar.extract(gz, tmp.resolve("out"));
        assertEquals("a", Files.readString(tmp.resolve("out/a.lua")));
    }

    @Test
    void refusesEntriesOutsideTheTarget() throws IOException {
        Path gz = new UpstreamTarWriter().file("../evil.lua", "x").writeTo(tmp.resolve("t.tar.gz"));
        IOException e = assertThrows(IOException.class,
                () -> UpstreamTar.extract(gz, tmp.resolve("out")));
        assertTrue(e.getMessage().contains("entry '../evil.lua' leaves the extraction directory"),
                e.getMessage());
        assertFalse(Files.exists(tmp.resolve("evil.lua")));
    }

    @Test
    void reportsATruncatedArchive() throws IOException {
        byte[] whole = new UpstreamTarWriter().file("a.lua", "y".repeat(2000)).tarBytes();
        Path gz = tmp.resolve("t.tar.gz");
        UpstreamTarWriter.writeGzip(gz, Arrays.copyOf(whole, 1000), false);
        IOException e = assertThrows(IOException.class,
                () -> UpstreamTar.extract(gz, tmp.resolve("out")));
        assertTrue(e.getMessage().contains("truncated tar archive"), e.getMessage());
    }

    @Test
    void reportsAFileThatIsNotATarArchive() throws IOException {
        Path gz = tmp.resolve("t.tar.gz");
        UpstreamTarWriter.writeGzip(gz, "not a tar file at all\n".repeat(40)
                .getBytes(StandardCharsets.US_ASCII), false);
        IOException e = assertThrows(IOException.class,
                () -> UpstreamTar.extract(gz, tmp.resolve("out")));
        assertTrue(e.getMessage().startsWith(gz + ": "), e.getMessage());
    }
}
