package org.jlua.vm.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Buffered reading with push-back, buffered writing and seeking of io files. */
class LuaFileTest {
    @TempDir
    Path dir;

    private static LuaFile input(String text) {
        return new LuaFileStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), null,
                LuaFile.Buffering.FULL);
    }

    private static String line(LuaFile f, boolean keep) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean newline = f.readLine(out, keep);
        return out.toString(StandardCharsets.ISO_8859_1) + (newline ? "|nl" : "|eof");
    }

    @Test
    void linesWithAndWithoutTheirNewline() throws IOException {
        LuaFile f = input("one\ntwo\r\n\nlast");
        assertEquals("one|nl", line(f, false));
        assertEquals("two\r\n|nl", line(f, true));
        assertEquals("|nl", line(f, false));
        assertEquals("last|eof", line(f, false));
        assertEquals("|eof", line(f, false));
    }

    @Test
    void linesLongerThanTheBuffer() throws IOException {
        String longLine = "x".repeat(LuaFile.BUFFER_SIZE * 2 + 7);
        LuaFile f = input(longLine + "\nend");
        assertEquals(longLine + "|nl", line(f, false));
        assertEquals("end|eof", line(f, false));
    }

    @Test
    void getcAndUngetc() throws IOException {
        LuaFile f = input("ab");
        assertEquals('a', f.getc());
        f.ungetc();
        assertEquals('a', f.getc());
        assertEquals('b', f.getc());
        assertEquals(-1, f.getc());
        assertEquals(-1, f.getc());
    }

    @Test
    void countedReads() throws IOException {
        LuaFile f = input("abcdef");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(4, f.read(out, 4));
        assertEquals(2, f.read(out, 10));
        assertEquals(0, f.read(out, 10));
        assertEquals("abcdef", out.toString(StandardCharsets.ISO_8859_1));
    }

    @Test
    void readOnlyStreamsRefuseWritesAndSeeks() {
        LuaFile f = input("x");
        IoFailure w = assertThrows(IoFailure.class, () -> f.write(new byte[] {1}, 0, 1));
        assertEquals(IoFailure.EBADF, w.errno);
        IoFailure s = assertThrows(IoFailure.class, () -> f.seek(0, 0));
        assertEquals(IoFailure.ESPIPE, s.errno);
    }

    @Test
    void writeOnlyStreamsRefuseReads() {
        LuaFile f = new LuaFileStream(null, new ByteArrayOutputStream(), LuaFile.Buffering.FULL);
        IoFailure r = assertThrows(IoFailure.class, f::getc);
        assertEquals(IoFailure.EBADF, r.errno);
    }

    @Test
    void channelWritesAreBufferedUntilFlushed() throws IOException {
        Path p = dir.resolve("f");
        IoResources resources = new IoResources();
        LuaFile f = LuaFileChannel.open(p, "w", resources);
        f.write("hello".getBytes(StandardCharsets.ISO_8859_1), 0, 5);
        assertEquals(0, Files.size(p));
        f.flush();
        assertEquals(5, Files.size(p));
        f.setvbuf(LuaFile.Buffering.NO, 1);
        f.write("!".getBytes(StandardCharsets.ISO_8859_1), 0, 1);
        assertEquals(6, Files.size(p));
        resources.releaseAll();
        assertTrue(f.isClosed());
    }

    @Test
    void lineBufferingFlushesAtNewlines() throws IOException {
        Path p = dir.resolve("f");
        LuaFile f = LuaFileChannel.open(p, "w", new IoResources());
        f.setvbuf(LuaFile.Buffering.LINE, 1024);
        f.write("ab".getBytes(StandardCharsets.ISO_8859_1), 0, 2);
        assertEquals(0, Files.size(p));
        f.write("c\nd".getBytes(StandardCharsets.ISO_8859_1), 0, 3);
        assertEquals(5, Files.size(p));
    }

    @Test
    void releaseAllFlushesFilesLeftOpen() throws IOException {
        Path p = dir.resolve("f");
        IoResources resources = new IoResources();
        LuaFile f = LuaFileChannel.open(p, "w", resources);
        f.write("kept".getBytes(StandardCharsets.ISO_8859_1), 0, 4);
        resources.releaseAll();
        assertEquals("kept", Files.readString(p, StandardCharsets.ISO_8859_1));
    }

    @Test
    void seekingAccountsForReadAheadAndPendingWrites() throws IOException {
        Path p = dir.resolve("f");
        Files.writeString(p, "0123456789", StandardCharsets.ISO_8859_1);
        LuaFile f = LuaFileChannel.open(p, "r+", new IoResources());
        assertEquals('0', f.getc());
        // the whole file is in the read buffer, but the position is after one byte
        assertEquals(1, f.seek(1, 0));
        f.write("ab".getBytes(StandardCharsets.ISO_8859_1), 0, 2);
        assertEquals(3, f.seek(1, 0));
        assertEquals('3', f.getc());
        assertEquals(10, f.seek(2, 0));
        assertThrows(IoFailure.class, () -> f.seek(0, -1));
        assertEquals(4, f.seek(0, 4));
        f.flush();
        assertEquals("0ab3456789", Files.readString(p, StandardCharsets.ISO_8859_1));
    }

    @Test
    void appendModeWritesAtTheEnd() throws IOException {
        Path p = dir.resolve("f");
        Files.writeString(p, "abc", StandardCharsets.ISO_8859_1);
        LuaFile f = LuaFileChannel.open(p, "a+", new IoResources());
        assertEquals(0, f.seek(1, 0));
        f.write("Z".getBytes(StandardCharsets.ISO_8859_1), 0, 1);
        f.flush();
        assertEquals("abcZ", Files.readString(p, StandardCharsets.ISO_8859_1));
        assertFalse(f.isClosed());
    }
}
