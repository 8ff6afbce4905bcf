package org.jlua.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jlua.vm.LuaString;
import org.jlua.vm.Num;
import org.junit.jupiter.api.Test;

class ConstantPoolTest {
    private static ConstantPool pool() {
        return new ConstantPool((limit, what) -> new IllegalStateException("too many " + what + " " + limit));
    }

    @Test
    void equalConstantsShareASlot() {
        ConstantPool k = pool();
        assertEquals(0, k.string(LuaString.valueOf("x")));
        assertEquals(1, k.integer(7));
        assertEquals(0, k.string(LuaString.valueOf("x")));
        assertEquals(1, k.integer(7));
        assertEquals(2, k.nil());
        assertEquals(2, k.nil());
        assertEquals(3, k.bool(true));
        assertEquals(4, k.bool(false));
        assertEquals(3, k.bool(true));
        assertEquals(5, k.size());
    }

    @Test
    void numbersAreToldApartByTypeAndBits() {
        ConstantPool k = pool();
        int one = k.integer(1);
        int oneFloat = k.floating(1.0);
        int zero = k.floating(0.0);
        int minusZero = k.floating(-0.0);
        int nan = k.floating(Double.NaN);
        int otherNan = k.floating(Double.longBitsToDouble(0x7ff8000000000001L));
        assertNotEquals(one, oneFloat);
        assertNotEquals(zero, minusZero);
        assertNotEquals(nan, otherNan);
        assertEquals(nan, k.floating(Double.NaN));
        assertEquals(6, k.size());
    }

    @Test
    void numbersArePairs() {
        ConstantPool k = pool();
        k.integer(-5);
        k.floating(2.5);
        k.string(LuaString.valueOf("s"));
        k.nil();
        Object[] objects = k.objects();
        long[] numbers = k.numbers();
        assertSame(Num.INT, objects[0]);
        assertEquals(-5L, numbers[0]);
        assertSame(Num.FLT, objects[1]);
        assertEquals(Double.doubleToRawLongBits(2.5), numbers[1]);
        assertEquals(LuaString.valueOf("s"), objects[2]);
        assertNull(objects[3]);
        assertEquals(4, numbers.length);
    }

    @Test
    void indicesGoPastWhatAnOperandNames() {
        ConstantPool k = pool();
        for (int i = 0; i < 70_000; i++) assertEquals(i, k.integer(i));
        assertEquals(ConstantPool.OPERAND_LIMIT, k.integer(ConstantPool.OPERAND_LIMIT));
        assertEquals((1 << 25) - 1, ConstantPool.LIMIT, "C Lua's: the largest index LOADKX takes");
    }

    @Test
    void pastItsLimitThePoolReportsTheLimit() {
        ConstantPool k = new ConstantPool((limit, what) -> new IllegalStateException("too many " + what + " " + limit), 3);
        k.integer(1);
        k.string(LuaString.valueOf("x"));
        k.floating(2.5);
        assertEquals(0, k.integer(1), "one already there is no new constant");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> k.integer(-1));
        assertEquals("too many constants 3", e.getMessage());
    }
}
