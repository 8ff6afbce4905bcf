package org.jlua.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every expected value below was printed by lua5.4 (5.4.4, Linux x86-64). */
class NumeralsTest {

    private static Object parse(String s) {
        return Numerals.parse(LuaString.valueOf(s));
    }

    private static void accepts(String s, long expected) {
        assertEquals(Long.valueOf(expected), parse(s), s);
    }

    private static void accepts(String s, double expected) {
        Object v = parse(s);
        assertEquals(Double.class, v == null ? null : v.getClass(), s);
        // Compare bits: -0.0 and rounding must be exact.
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits((Double) v), s);
    }

    private static void rejects(String s) {
        assertNull(parse(s), s);
    }

    private static void formats(double d, String expected) {
        assertEquals(expected, Numerals.toString(d));
    }

    /** Integers, overflow to float, hex wraparound, decimal and hex floats, as tonumber(s) gives them. */
    @Test
    void acceptsWhatLuaAccepts() {
        accepts("0x1p4", 0x1p+4);
        accepts("0x.8", 0x1p-1);
        accepts("0xA.8p1", 0x1.5p+4);
        accepts("1e400", Double.POSITIVE_INFINITY);
        accepts("-1e400", Double.NEGATIVE_INFINITY);
        accepts("  10  ", 10L);
        accepts("\t\u000b\f\r\n10\n", 10L);
        accepts("0x10", 16L);
        accepts("-0x10", -16L);
        accepts("+0x10", 16L);
        accepts("+10", 10L);
        accepts("9223372036854775807", 9223372036854775807L);
        accepts("9223372036854775808", 0x1p+63);
        accepts("-9223372036854775808", Long.MIN_VALUE);
        accepts("-9223372036854775809", -0x1p+63);
        accepts("0xffffffffffffffff", -1L);
        accepts("0x1ffffffffffffffff", -1L);
        accepts("0x7fffffffffffffff", 9223372036854775807L);
        accepts("1.", 0x1p+0);
        accepts(".5", 0x1p-1);
        accepts("-.5", -0x1p-1);
        accepts("1e+5", 0x1.86ap+16);
        accepts("1E-5", 0x1.4f8b588e368f1p-17);
        accepts("0x1P-2", 0x1p-2);
        accepts("0x1.", 0x1p+0);
        accepts("0x.1", 0x1p-4);
        accepts("0xep1", 0x1.cp+4);
        accepts("0x1.fffffffffffff8p0", 0x1p+1);
        accepts("2.2250738585072011e-308", 0x0.fffffffffffffp-1022);
        accepts("9007199254740993", 9007199254740993L);
        accepts("9007199254740993.0", 0x1p+53);
        accepts("4.9e-324", 0x0.0000000000001p-1022);
        accepts("2.4703282292062328e-324", 0x0.0000000000001p-1022);
        accepts("2.4703282292062327e-324", 0x0p+0);
        accepts("1e-400", 0x0p+0);
        accepts("0x1p-1074", 0x0.0000000000001p-1022);
        accepts("0x1p-1075", 0x0p+0);
        accepts("0x1.8p-1074", 0x0.0000000000002p-1022);
        accepts("0x3p-1076", 0x0.0000000000001p-1022);
        accepts("0x1p1024", Double.POSITIVE_INFINITY);
        accepts("0x1.fffffffffffffp1023", 0x1.fffffffffffffp+1023);
        accepts("0x1.fffffffffffff7p1023", 0x1.fffffffffffffp+1023);
        accepts("0x1.fffffffffffff8p1023", Double.POSITIVE_INFINITY);
        accepts("0x.000000000000000000000000000000001p0", 0x1p-132);
        accepts("00012", 12L);
        accepts("0x1e", 30L);
        accepts("1e1", 0x1.4p+3);
        accepts("12345678901234567890", 0x1.56a95319d63e1p+63);
        accepts("0X1AP1", 0x1.ap+5);
        accepts("0.0", 0x0p+0);
        accepts("-0.0", -0x0p+0);
        accepts("1e-0", 0x1p+0);
        accepts("0x1p+1", 0x1p+1);
        accepts("100000000000000000000000000000000000000000000000000000e-30", 0x1.52d02c7e14af6p+76);
        accepts("1e99999999999999999999", Double.POSITIVE_INFINITY);
        accepts("1e-99999999999999999999", 0x0p+0);
        accepts("0x1p99999999999999999999", Double.POSITIVE_INFINITY);
        accepts("0x1p-99999999999999999999", 0x0p+0);
        accepts("0x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001p-4", 0x1p-4);
        accepts("0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0L);
        accepts("0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.0", Double.POSITIVE_INFINITY);
        accepts("0x123456789abcdef123456789p0", 0x1.23456789abcdfp+92);
        accepts("0x1000000000000011p0", 0x1p+60);
        accepts("0x1000000000000008p0", 0x1p+60);
        accepts("0x1000000000000018p0", 0x1p+60);
        accepts("0x10000000000000080000000000001p0", 0x1p+112);
        accepts("3.14159265358979323846", 0x1.921fb54442d18p+1);
        accepts("0.1", 0x1.999999999999ap-4);
        accepts("123456789012345678901234567890e-20", 0x1.26580b487e6b7p+30);
        accepts("0x.0000000000001p-1022", 0x0.0000000000001p-1022);
        accepts("0x1.00000000000008p0", 0x1p+0);
        accepts("0x1.000000000000080000000001p0", 0x1.0000000000001p+0);
        accepts("0x1.00000000000018p0", 0x1.0000000000002p+0);
        accepts("1.e5", 0x1.86ap+16);
    }

    @Test
    void rejectsWhatLuaRejects() {
        rejects("0x");
        rejects("1e");
        rejects("inf");
        rejects("nan");
        rejects("-inf");
        rejects("1 0");
        rejects("- 10");
        rejects(".");
        rejects("0x.p1");
        rejects("1d");
        rejects("1f");
        rejects("Infinity");
        rejects("NaN");
        rejects("0x1p");
        rejects("1e5.5");
        rejects("");
        rejects(" ");
        rejects("1.5e+3a");
        rejects("1e+");
        rejects("--1");
        rejects("0x1p-+1");
        rejects("0x1g");
        rejects("1..2");
        rejects("0b1");
        rejects("0x1.2.3");
        rejects("1e1e1");
        rejects("+-1");
        rejects("0x-1");
        rejects("1\u0000");
        rejects("0x1P");
        rejects("1_000");
        rejects("\u0080");
        rejects("0xx1");
        rejects("e5");
        rejects(".e5");
    }

    @Test
    void parsesASliceOfAnArray() {
        byte[] b = "xx 0x10 yy".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(16L, Numerals.parse(b, 2, 8));
        assertNull(Numerals.parse(b, 2, 9));
    }

    /** tostring of floats: "%.14g" plus ".0" for integral-looking results. */
    @Test
    void formatsFloatsLikePercent14g() {
        formats(0x0p+0, "0.0");
        formats(-0x0p+0, "-0.0");
        formats(0x1p+0, "1.0");
        formats(-0x1p+0, "-1.0");
        formats(0x1.999999999999ap-4, "0.1");
        formats(0x1.5555555555555p-2, "0.33333333333333");
        formats(0x1.5555555555555p-1, "0.66666666666667");
        formats(0x1.9p+6, "100.0");
        formats(0x1.6bcc41e9p+46, "1e+14");
        formats(0x1.c6bf52634p+49, "1e+15");
        formats(0x1.1c37937e08p+53, "1e+16");
        formats(0x1.249ad2594c37dp+332, "1e+100");
        formats(0x1.4f8b588e368f1p-17, "1e-05");
        formats(0x1.a36e2eb1c432dp-14, "0.0001");
        formats(0x1.c12218377de4p+46, "1.2345678901234e+14");
        formats(0x1.674e79c5fe5p+43, "12345678901234.0");
        formats(0x1p-1, "0.5");
        formats(0x1p+53, "9.007199254741e+15");
        formats(0x1p+63, "9.2233720368548e+18");
        formats(-0x1p+63, "-9.2233720368548e+18");
        formats(0x1.1ccf385ebc8ap+1023, "1e+308");
        formats(0x0.0000000000001p-1022, "4.9406564584125e-324");
        formats(0x0.02e055c9a3f6cp-1022, "2.5e-310");
        formats(0x1.921fb54442d11p+1, "3.1415926535898");
        formats(0x1.00000000000e1p+0, "1.0");
        formats(0x1.0000000000044p+0, "1.0");
        formats(0x1.02e85be180b74p-13, "0.00012345678901235");
        formats(0x0.012688b70e62bp-1022, "1e-310");
        formats(0x1.6bcc41e8fffep+46, "1e+14");
        formats(0x1.c6bf52633fff8p+49, "1e+15");
        formats(0x1.c6bf52633ffd8p+49, "1e+15");
        formats(0x1.3333333333334p-2, "0.3");
        formats(0x1.9p+3, "12.5");
        formats(0x1.1eb2d66005835p+997, "1.5e+300");
        formats(0x1.edd2f1a9fbe77p+6, "123.456");
        formats(0x1.b1ae4d6e2ef5p+69, "1e+21");
        formats(0x1.0c6f7a0b5ed8dp-23, "1.25e-07");
        formats(-0x1.eep+6, "-123.5");
        formats(0x1.bff2ee48e053p-333, "1e-100");
        formats(0x1.9e0fcaf9380fcp-17, "1.234e-05");
        formats(0x1.02c9dedbc309dp-13, "0.0001234");
        formats(0x1.2309ce54p+43, "10000000000000.0");
        formats(0x1.6bcc41e8fffcp+46, "99999999999999.0");
        formats(0x1.3333333333333p-2, "0.3");
        formats(0x1p+24, "16777216.0");
        formats(-0x1.9c511dc3a41dfp-30, "-1.5e-09");
        formats(0x1.fffffffffffffp+1023, "1.7976931348623e+308");
        formats(0x1.4p+1, "2.5");
        formats(0x1p-2, "0.25");
        formats(0x1.2d687p+20, "1234567.0");
        formats(0x1.6bcc41e9p+46, "1e+14");
        formats(0x1.3a28c59d5433bp+8, "314.15926535898");
        formats(0x1.674e79c5fe7p+43, "12345678901236.0");
        formats(0x1.000000000001p+47, "1.4073748835533e+14");
        formats(0x1.c6bf52634001p+49, "1e+15");
        formats(0x1.9e409302678bap-17, "1.2345678901235e-05");
    }

    @Test
    void formatsInfinitiesAndNaNsWithTheirSign() {
        formats(Double.POSITIVE_INFINITY, "inf");
        formats(Double.NEGATIVE_INFINITY, "-inf");
        // On x86-64, lua5.4 prints 0/0 as "-nan" (its sign bit is set) and -(0/0) as "nan".
        formats(Double.longBitsToDouble(0xfff8000000000000L), "-nan");
        formats(Double.longBitsToDouble(0x7ff8000000000000L), "nan");
    }

    @Test
    void formatsIntegers() {
        assertEquals("0", Numerals.toString(0L));
        assertEquals("-9223372036854775808", Numerals.toString(Long.MIN_VALUE));
        assertEquals(LuaString.valueOf("42"), Numerals.toLuaString(42L));
        assertEquals(LuaString.valueOf("42.0"), Numerals.toLuaString(42.0));
    }

    private static Long parseInteger(String s, int base) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        return Numerals.parseInteger(b, 0, b.length, base);
    }

    /** tonumber(s, base), checked against lua5.4. */
    @Test
    void parsesIntegersInAnyBase() {
        assertEquals(35L, parseInteger("z", 36));
        assertEquals(35L, parseInteger("Z", 36));
        assertEquals(-255L, parseInteger(" -ff ", 16));
        assertEquals(3L, parseInteger("+11", 2));
        assertEquals(-1L, parseInteger("ffffffffffffffffff", 16));
        assertEquals(Long.MAX_VALUE, parseInteger("7fffffffffffffff", 16));
        assertEquals(10L, parseInteger("\t\n10\u000b", 10));
        assertNull(parseInteger("12", 2));
        assertNull(parseInteger("", 10));
        assertNull(parseInteger("- 1", 10));
        assertNull(parseInteger("1.0", 10));
        assertNull(parseInteger("0x10", 16));
        assertNull(parseInteger("1 0", 10));
        assertNull(parseInteger("1\u0000", 10));
    }
}
