package org.jlua.vm.lib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lua 5.4's extended UTF-8: encoding, strict and lax decoding, relative positions. */
class Utf8Test {
    private static byte[] bytes(int... b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) r[i] = (byte) b[i];
        return r;
    }

    private static byte[] encode(long code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Utf8.encode(code, out);
        return out.toByteArray();
    }

    @Test
    void encodesEachLengthAtItsBoundaries() {
        assertArrayEquals(bytes(0x00), encode(0));
        assertArrayEquals(bytes(0x7F), encode(0x7F));
        assertArrayEquals(bytes(0xC2, 0x80), encode(0x80));
        assertArrayEquals(bytes(0xDF, 0xBF), encode(0x7FF));
        assertArrayEquals(bytes(0xE0, 0xA0, 0x80), encode(0x800));
        assertArrayEquals(bytes(0xEF, 0xBF, 0xBF), encode(0xFFFF));
        assertArrayEquals(bytes(0xF0, 0x90, 0x80, 0x80), encode(0x10000));
        assertArrayEquals(bytes(0xF4, 0x8F, 0xBF, 0xBF), encode(0x10FFFF));
        assertArrayEquals(bytes(0xF8, 0x88, 0x80, 0x80, 0x80), encode(0x200000));
        assertArrayEquals(bytes(0xFC, 0x84, 0x80, 0x80, 0x80, 0x80), encode(0x4000000));
        assertArrayEquals(bytes(0xFD, 0xBF, 0xBF, 0xBF, 0xBF, 0xBF), encode(0x7FFFFFFF));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 0x41, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDFFF, 0xFFFF, 0x10000, 0x10FFFF,
            0x110000, 0x1FFFFF, 0x200000, 0x3FFFFFF, 0x4000000, 0x7FFFFFFF})
    void laxDecodingInvertsEncoding(long code) {
        byte[] s = encode(code);
        long d = Utf8.decode(s, 0, false);
        assertEquals(code, Utf8.codeOf(d));
        assertEquals(s.length, Utf8.nextOf(d));
    }

    @ParameterizedTest
    @ValueSource(longs = {0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0x110000, 0x7FFFFFFF})
    void strictDecodingRejectsSurrogatesAndBeyondUnicode(long code) {
        assertEquals(-1, Utf8.decode(encode(code), 0, true));
    }

    @Test
    void strictDecodingAcceptsTheLastValidCodePoints() {
        assertEquals(0xD7FF, Utf8.codeOf(Utf8.decode(encode(0xD7FF), 0, true)));
        assertEquals(0xE000, Utf8.codeOf(Utf8.decode(encode(0xE000), 0, true)));
        assertEquals(0x10FFFF, Utf8.codeOf(Utf8.decode(encode(0x10FFFF), 0, true)));
    }

    @Test
    void overlongFormsAreInvalidEvenWhenLax() {
        assertEquals(-1, Utf8.decode(bytes(0xC0, 0x80), 0, false));
        assertEquals(-1, Utf8.decode(bytes(0xC1, 0xBF), 0, false));
        assertEquals(-1, Utf8.decode(bytes(0xE0, 0x9F, 0xBF), 0, false));
        assertEquals(-1, Utf8.decode(bytes(0xF0, 0x8F, 0xBF, 0xBF), 0, false));
    }

    @Test
    void brokenSequencesAreInvalid() {
        // a continuation byte cannot start a character
        assertEquals(-1, Utf8.decode(bytes(0x80), 0, false));
        // a sequence cut short by the end of the string, or by a non-continuation byte
        assertEquals(-1, Utf8.decode(bytes(0xE2, 0x82), 0, false));
        assertEquals(-1, Utf8.decode(bytes(0xC3, 0x28), 0, false));
        // seven continuation bytes announced: longer than Lua allows
        assertEquals(-1, Utf8.decode(bytes(0xFE, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80), 0, false));
        assertEquals(-1, Utf8.decode(bytes(0xFF, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80), 0, false));
    }

    @Test
    void decodesInTheMiddleOfAString() {
        byte[] s = bytes('h', 0xC3, 0xA9, 'l');
        long d = Utf8.decode(s, 1, true);
        assertEquals(0xE9, Utf8.codeOf(d));
        assertEquals(3, Utf8.nextOf(d));
        assertTrue(Utf8.isContinuation(s, 2));
        assertFalse(Utf8.isContinuation(s, 3));
        assertFalse(Utf8.isContinuation(s, 4));
    }

    @Test
    void relativePositionsCountFromTheEnd() {
        assertEquals(3, Utf8.relativePosition(3, 5));
        assertEquals(5, Utf8.relativePosition(-1, 5));
        assertEquals(1, Utf8.relativePosition(-5, 5));
        assertEquals(0, Utf8.relativePosition(-6, 5));
        assertEquals(0, Utf8.relativePosition(Long.MIN_VALUE, 5));
        assertEquals(Long.MAX_VALUE, Utf8.relativePosition(Long.MAX_VALUE, 5));
    }
}
