package org.jlua.vm.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The io library's pure rules: open modes, number formatting for write, errno mapping. */
class IoLibTest {
    @ParameterizedTest
    @CsvSource({"r, r", "w, w", "a, a", "r+, r+", "w+, w+", "a+, a+", "rb, r", "r+b, r+", "wbb, w", "a+bbb, a+"})
    void validModesKeepTheirKindAndPlus(String mode, String kind) {
        assertEquals(kind, IoLib.checkMode(mode));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "rw", "+", "rb+", "br", "r++", "w+a", "R", "r "})
    void invalidModesAreRejected(String mode) {
        assertNull(IoLib.checkMode(mode));
    }

    @Test
    void floatsAreWrittenAsPercent14g() {
        assertEquals("1", IoLib.formatFloat(1.0));
        assertEquals("-0", IoLib.formatFloat(-0.0));
        assertEquals("2.5", IoLib.formatFloat(2.5));
        assertEquals("1e+100", IoLib.formatFloat(1e100));
        assertEquals("1e+14", IoLib.formatFloat(1e14));
        assertEquals("9.007199254741e+15", IoLib.formatFloat(9007199254740992.0));
        assertEquals("inf", IoLib.formatFloat(Double.POSITIVE_INFINITY));
        assertEquals("100", IoLib.formatFloat(100.0));
    }

    @Test
    void javaExceptionsMapToErrno() {
        assertEquals(IoFailure.ENOENT, IoFailure.of(new NoSuchFileException("x")).errno);
        assertEquals(IoFailure.EACCES, IoFailure.of(new AccessDeniedException("x")).errno);
        assertEquals(IoFailure.EBADF, IoFailure.of(new NonWritableChannelException()).errno);
        assertEquals(IoFailure.EISDIR, IoFailure.of(new FileSystemException("d", null, "Is a directory")).errno);
        assertEquals(IoFailure.ENOTDIR, IoFailure.of(new FileSystemException("d", null, "Not a directory")).errno);
        assertEquals(IoFailure.EISDIR, IoFailure.of(new IOException("Is a directory")).errno);
        assertEquals(IoFailure.EPIPE, IoFailure.of(new IOException("Broken pipe")).errno);
        assertEquals(IoFailure.EIO, IoFailure.of(new IOException("something odd")).errno);
    }

    @Test
    void failuresCarryTheCText() {
        assertEquals("No such file or directory", new IoFailure(IoFailure.ENOENT).getMessage());
        assertEquals("Bad file descriptor", new IoFailure(IoFailure.EBADF).getMessage());
        assertEquals("Illegal seek", new IoFailure(IoFailure.ESPIPE).getMessage());
        assertEquals("Invalid argument", new IoFailure(IoFailure.EINVAL).getMessage());
    }
}
