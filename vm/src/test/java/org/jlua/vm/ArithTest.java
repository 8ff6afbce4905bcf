package org.jlua.vm;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Expected values from lua5.4 (e.g. lua5.4 -e "print(-7 // 2, -7 % 3, 5.3 % -2)"). */
class ArithTest {
    @Test
    void floorDivisionAndModuloFollowTheDivisorsSign() {
        assertEquals(-4, Arith.idiv(-7, 2));
        assertEquals(2, Arith.imod(-7, 3));
        assertEquals(-2, Arith.imod(7, -3));
        assertEquals(Long.MIN_VALUE, Arith.idiv(Long.MIN_VALUE, -1));
        assertEquals(0, Arith.imod(Long.MIN_VALUE, -1));
        assertEquals(-1.0, Arith.fmod(3.0, -2.0));
        assertEquals(Double.POSITIVE_INFINITY, Arith.fmod(-5.3, Double.POSITIVE_INFINITY));
    }

    @Test
    void shiftsPastTheWordAreZero() {
        assertEquals(0, Arith.shiftLeft(1, 64));
        assertEquals(Long.MIN_VALUE, Arith.shiftLeft(1, 63));
        assertEquals(Long.MAX_VALUE, Arith.shiftLeft(-1, -1));
        assertEquals(0, Arith.shiftLeft(-1, Long.MIN_VALUE));
    }

    @Test
    void powMatchesC() {
        assertEquals(1.0, Arith.pow(1.0, Double.NaN));
        assertEquals(1.0, Arith.pow(-1.0, Double.POSITIVE_INFINITY));
        assertEquals(0.125, Arith.pow(2, -3));
    }

    @Test
    void foldingUsesTheSameRules() {
        assertEquals(3L, Arith.fold(OpCode.ADD, 1L, 2L));
        assertEquals(-4L, Arith.fold(OpCode.IDIV, -7L, 2L));
        assertEquals(Long.MIN_VALUE, Arith.fold(OpCode.ADD, Long.MAX_VALUE, 1L));
        assertEquals(0.5, Arith.fold(OpCode.DIV, 1L, 2L));
        assertNull(Arith.fold(OpCode.IDIV, 1L, 0L), "1//0 raises an error at run time");
        assertNull(Arith.fold(OpCode.MOD, 1L, 0L));
        assertNull(Arith.fold(OpCode.BOR, 1.5, 0L), "no integer representation");
        assertNull(Arith.fold(OpCode.SUB, 0.0, 0.0), "zero floats are not folded (-0.0)");
        assertNull(Arith.fold(OpCode.DIV, 0L, 0L), "NaN is not folded");
        assertEquals(3L, Arith.fold(OpCode.BOR, 1.0, 2L));
        assertNull(Arith.fold(OpCode.ADD, LuaString.valueOf("1"), 2L), "no string coercion");
        assertEquals(-5L, Arith.foldUnary(OpCode.UNM, 5L));
        assertEquals(-1L, Arith.foldUnary(OpCode.BNOT, 0L));
    }

    @Test
    void exactComparisonBetweenIntegersAndFloats() {
        long big = (1L << 53) + 1;
        assertTrue(Compare.ltNum(Num.FLT, Double.doubleToRawLongBits(0x1p53), Num.INT, big));
        assertFalse(Compare.eqIntFloat(big, 0x1p53));
        assertTrue(Compare.ltNum(Num.INT, Long.MAX_VALUE, Num.FLT, Double.doubleToRawLongBits(0x1p63)));
        assertFalse(Compare.leNum(Num.INT, 1, Num.FLT, Double.doubleToRawLongBits(Double.NaN)));
        assertTrue(Compare.leNum(Num.INT, 1, Num.FLT, Double.doubleToRawLongBits(1.0)));
    }
}
