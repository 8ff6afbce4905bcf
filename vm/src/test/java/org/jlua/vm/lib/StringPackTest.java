package org.jlua.vm.lib;

import static org.jlua.vm.LibraryCalls.ls;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jlua.vm.LibraryCalls;
import org.jlua.vm.LuaString;
import org.junit.jupiter.api.Test;

/** string.pack, string.packsize and string.unpack against what lua5.4 does on x86-64. */
class StringPackTest {
    private final LibraryCalls lua = new LibraryCalls();

    /** The bytes a pack gives, as lowercase hex pairs separated by spaces. */
    private String pack(String format, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = ls(format);
        System.arraycopy(args, 0, all, 1, args.length);
        return hex((LuaString) lua.call1("string.pack", all));
    }

    private static String hex(LuaString s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.bytes()) sb.append(sb.length() == 0 ? "" : " ").append(String.format("%02x", b & 0xFF));
        return sb.toString();
    }

    private static LuaString bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < b.length; i++) b[i] = (byte) values[i];
        return LuaString.wrap(b);
    }

    private Object[] unpack(String format, LuaString data, Object... init) {
        return init.length == 0 ? lua.call("string.unpack", ls(format), data)
                : lua.call("string.unpack", ls(format), data, init[0]);
    }

    private long packsize(String format) {
        return (Long) lua.call1("string.packsize", ls(format));
    }

    @Test
    void integersHaveTheirCSizesAndTheChosenByteOrder() {
        assertEquals("03 02 01 01 02 03 ff ff fe ff ff fe",
                pack("<i3 >i3 b B <h >H", 0x010203L, 0x010203L, -1L, 255L, -2L, 0xfffeL));
        assertEquals("ff ff ff ff ff ff ff ff 01 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00 "
                + "03 00 00 00 00 00 00 00 04 00 00 00 00 00 00 00 05 00 00 00 06 00 00 00",
                pack("<l L j J T i I", -1L, 1L, 2L, 3L, 4L, 5L, 6L));
        assertEquals(pack("<i4", 2001L), pack("=i4", 2001L));
        assertEquals("00 00 00 01", pack(">i4 <", 1L));
    }

    @Test
    void integersWiderThanLuaIntegersAreExtended() {
        assertEquals("fe ff ff ff ff ff ff ff ff ff ff ff ff ff ff ff", pack("<i16", -2L));
        assertEquals("00 00 00 00 00 00 00 00 01", pack(">I9", 1L));
        assertArrayEquals(new Object[] {Long.MIN_VALUE, 10L},
                unpack("<i9", bytes(0, 0, 0, 0, 0, 0, 0, 0x80, 0xff)));
        assertEquals("9-byte integer does not fit into Lua Integer",
                lua.error("string.unpack", ls("<i9"), bytes(0, 0, 0, 0, 0, 0, 0, 0x80, 0)));
        assertEquals("9-byte integer does not fit into Lua Integer",
                lua.error("string.unpack", ls("I9"), bytes(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)));
        assertEquals("16-byte integer does not fit into Lua Integer",
                lua.error("string.unpack", ls("i16"), ls("\3".repeat(16))));
    }

    @Test
    void shortIntegersUnpackSignedOrUnsigned() {
        assertArrayEquals(new Object[] {-2L, 3L}, unpack("<i2", bytes(0xfe, 0xff)));
        assertArrayEquals(new Object[] {65534L, 3L}, unpack("<I2", bytes(0xfe, 0xff)));
        assertArrayEquals(new Object[] {Long.MIN_VALUE, 9L}, unpack("<j", bytes(0, 0, 0, 0, 0, 0, 0, 0x80)));
        assertArrayEquals(new Object[] {-1L, 9L}, unpack("<J", bytes(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)));
    }

    @Test
    void integerOverflowIsAnArgumentError() {
        assertEquals("bad argument #2 to 'string.pack' (integer overflow)", lua.error("string.pack", ls("i1"), 128L));
        assertEquals("bad argument #2 to 'string.pack' (integer overflow)", lua.error("string.pack", ls("i1"), -129L));
        assertEquals("80", pack("i1", -128L));
        assertEquals("bad argument #2 to 'string.pack' (integer overflow)", lua.error("string.pack", ls("i2"), 40000L));
        assertEquals("bad argument #2 to 'string.pack' (unsigned overflow)", lua.error("string.pack", ls("I1"), 256L));
        assertEquals("bad argument #2 to 'string.pack' (unsigned overflow)", lua.error("string.pack", ls("B"), -1L));
        assertEquals("bad argument #2 to 'string.pack' (unsigned overflow)", lua.error("string.pack", ls("I7"), -1L));
        assertEquals("ff ff ff ff ff ff ff ff", pack("I8", -1L));
    }

    @Test
    void floatsAreIeeeSingleOrDouble() {
        assertEquals("00 00 c0 3f", pack("<f", 1.5));
        assertEquals("3f f8 00 00 00 00 00 00", pack(">d", 1.5));
        assertEquals("00 00 00 00 00 00 00 80", pack("<n", -0.0));
        assertEquals("00 00 80 7f", pack("f", 1e39));
        assertArrayEquals(new Object[] {(double) 0.1f, 5L}, unpack("<f", bytes(0xcd, 0xcc, 0xcc, 0x3d)));
        assertArrayEquals(new Object[] {1.5, 9L}, unpack(">d", bytes(0x3f, 0xf8, 0, 0, 0, 0, 0, 0)));
        assertEquals(pack("d", 3.0), pack("d", ls("3")));
        assertEquals(pack("i", 7L), pack("i", ls("7")));
    }

    @Test
    void stringsFixedPrefixedAndZeroTerminated() {
        assertEquals("61 62 00 02 61 62 00 02 61 62 61 62 00 00 00", pack("z s1 >s2 c5", ls("ab"), ls("ab"), ls("ab"), ls("ab")));
        assertEquals("31 32 00", pack("c3", 12L));
        assertArrayEquals(new Object[] {ls("ab"), 4L}, unpack("z", ls("ab\0cd")));
        assertArrayEquals(new Object[] {ls("ab"), 4L}, unpack("s1", ls("\2abX")));
        assertArrayEquals(new Object[] {ls("ab"), 3L}, unpack("c2", ls("abc")));
        assertArrayEquals(new Object[] {LuaString.EMPTY, 1L}, unpack("c0", LuaString.EMPTY));
        assertEquals(65537, ((LuaString) lua.call1("string.pack", ls("s2"), ls("x".repeat(65535)))).length());
    }

    @Test
    void stringErrors() {
        assertEquals("bad argument #2 to 'string.pack' (string length does not fit in given size)",
                lua.error("string.pack", ls("s1"), ls("x".repeat(256))));
        assertEquals("bad argument #2 to 'string.pack' (string contains zeros)", lua.error("string.pack", ls("z"), ls("a\0b")));
        assertEquals("bad argument #2 to 'string.pack' (string longer than given size)",
                lua.error("string.pack", ls("c2"), ls("abc")));
        assertEquals("bad argument #2 to 'string.unpack' (unfinished string for format 'z')",
                lua.error("string.unpack", ls("z"), ls("abc")));
        assertEquals("bad argument #2 to 'string.unpack' (data string too short)", lua.error("string.unpack", ls("s1"), ls("\5ab")));
        assertEquals("bad argument #2 to 'string.unpack' (data string too short)",
                lua.error("string.unpack", ls("s8"), bytes(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 'a')));
        assertEquals("bad argument #2 to 'string.unpack' (data string too short)", lua.error("string.unpack", ls("i4"), ls("abc")));
    }

    @Test
    void alignmentPadsToTheSmallerOfSizeAndMaximum() {
        assertEquals("01 00 00 00 02 00 00 00", pack("!4 b i4", 1L, 2L));
        assertEquals("01 00 02", pack("b x b", 1L, 2L));
        assertEquals("01 00 00 00", pack("!4 b Xi4", 1L));
        assertEquals("01 00 00 02", pack(">!2 b h", 1L, 2L));
        assertEquals("01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00", pack("!8 b s", 1L, LuaString.EMPTY));
        assertEquals("01 00 00 00 00 00 00 00 02", pack("!8 b Xs b", 1L, 2L));
        assertEquals(16, packsize("!8 b d"));
        assertEquals(16, packsize("! b d"));
        assertEquals(4, packsize("!2 b h"));
        assertEquals(9, packsize("b d"));
        assertEquals(16, packsize("!16 b Xi16"));
    }

    @Test
    void unpackAlignsByPositionInTheWholeString() {
        LuaString x = bytes(1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0);
        assertArrayEquals(new Object[] {2L, 9L}, unpack("!4 i4", x, 2L));
        assertArrayEquals(new Object[] {3L, 13L}, unpack("i4", x, -4L));
        assertArrayEquals(new Object[] {1L}, unpack("", x, -100L));
        assertArrayEquals(new Object[] {1L}, unpack("", x, Long.MIN_VALUE));
        assertArrayEquals(new Object[] {LuaString.EMPTY, 13L}, unpack("c0", x, 13L));
        assertEquals("bad argument #3 to 'string.unpack' (initial position out of string)",
                lua.error("string.unpack", ls("c0"), x, 14L));
        assertEquals("bad argument #3 to 'string.unpack' (initial position out of string)",
                lua.error("string.unpack", ls(""), x, Long.MAX_VALUE));
        assertEquals("bad argument #3 to 'string.unpack' (number has no integer representation)",
                lua.error("string.unpack", ls("b"), x, 1.5));
    }

    @Test
    void invalidFormats() {
        assertEquals("integral size (17) out of limits [1,16]", lua.error("string.pack", ls("i17"), 1L));
        assertEquals("integral size (0) out of limits [1,16]", lua.error("string.pack", ls("I0"), 1L));
        assertEquals("integral size (17) out of limits [1,16]", lua.error("string.pack", ls("!17")));
        assertEquals("integral size (17) out of limits [1,16]", lua.error("string.pack", ls("Xi17")));
        assertEquals("integral size (100) out of limits [1,16]", lua.error("string.pack", ls("s100"), ls("alo")));
        assertEquals("invalid format option 'y'", lua.error("string.pack", ls("y"), 1L));
        assertEquals("invalid format option 'r'", lua.error("string.pack", ls("i3r"), 1L));
        assertEquals("missing size for format option 'c'", lua.error("string.pack", ls("c")));
        assertEquals("bad argument #1 to 'string.pack' (format asks for alignment not power of 2)",
                lua.error("string.pack", ls("!4i3"), 1L));
        assertEquals("bad argument #1 to 'string.pack' (format asks for alignment not power of 2)",
                lua.error("string.pack", ls("!3 b Xi4"), 1L));
        // digits stop before the size passes INT_MAX; the rest is read as the next option
        assertEquals("invalid format option '0'", lua.error("string.packsize", ls("c1" + "0".repeat(40))));
        assertEquals("invalid format option '7'", lua.error("string.packsize", ls("c2147483647")));
    }

    @Test
    void optionXNeedsAnAlignableNextOption() {
        for (String format : new String[] {"X", "Xc1", "X i", "XXi", "b Xz", "b X!", "b X<"}) {
            assertEquals("bad argument #1 to 'string.pack' (invalid next option for option 'X')",
                    lua.error("string.pack", ls(format), 1L), format);
        }
        assertEquals("01", pack("b Xx", 1L));
    }

    @Test
    void packsizeRejectsVariableLengthAndHugeFormats() {
        assertEquals("bad argument #1 to 'string.packsize' (variable-length format)", lua.error("string.packsize", ls("s")));
        assertEquals("bad argument #1 to 'string.packsize' (variable-length format)", lua.error("string.packsize", ls("z")));
        assertEquals("bad argument #1 to 'string.packsize' (format result too large)",
                lua.error("string.packsize", ls("c1073741824c1073741824")));
        assertEquals(0x7fffffffL, packsize("c1073741824c1073741823"));
        assertEquals(0, packsize("c0"));
    }

    @Test
    void theFormatEndsAtAZeroByte() {
        assertEquals("01", pack("b\0b", 1L, 2L));
        assertEquals(1, packsize("b\0junk"));
    }

    @Test
    void argumentErrorsNameAMissingValueNil() {
        assertEquals("bad argument #2 to 'string.pack' (number expected, got nil)", lua.error("string.pack", ls("b")));
        assertEquals("bad argument #3 to 'string.pack' (string expected, got nil)", lua.error("string.pack", ls("!3 b Xi2 c1"), 1L));
        assertEquals("bad argument #2 to 'string.pack' (number has no integer representation)",
                lua.error("string.pack", ls("j"), 0x1p63));
        assertEquals("bad argument #1 to 'string.pack' (string expected, got no value)", lua.error("string.pack"));
        assertEquals("bad argument #2 to 'string.unpack' (string expected, got no value)", lua.error("string.unpack", ls("b")));
    }

    @Test
    void unpackOfTooManyValuesOverflowsTheStack() {
        String many = "b".repeat(1_000_000);
        assertEquals("stack overflow (too many results)", lua.error("string.unpack", ls(many), ls(many)));
    }
}
