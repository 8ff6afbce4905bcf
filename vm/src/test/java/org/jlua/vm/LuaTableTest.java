package org.jlua.vm;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LuaTableTest {
    private static LuaString str(String s) {
        return LuaString.valueOf(s);
    }

    @Test
    void integerKeysGrowTheArrayPartAndReadBack() {
        LuaTable t = new LuaTable();
        for (long i = 1; i <= 1000; i++) t.setInt(i, Num.INT, i * 10);
        assertEquals(1000, t.length());
        for (long i = 1; i <= 1000; i++) assertEquals(i * 10, t.rawGetInt(i));
        assertNull(t.rawGetInt(1001));
        assertNull(t.rawGetInt(0));
    }

    @Test
    void keysInsertedBackwardsEndUpReadable() {
        LuaTable t = new LuaTable();
        for (long i = 500; i >= 1; i--) t.setInt(i, Num.INT, i);
        for (long i = 1; i <= 500; i++) assertEquals(i, t.rawGetInt(i));
        assertEquals(500, t.length());
    }

    @Test
    void aTableOfOneFieldTakesTwoSlotsAndWorksInThem() {
        LuaTable t = new LuaTable(0, 1);
        t.setStr(str("__index"), Num.INT, 7);
        assertEquals(2, t.hashSlots());
        // a lookup of a missing key must end at the empty slot, whatever its hash
        for (int i = 0; i < 100; i++) {
            assertNull(t.rawGetStr(str("missing" + i)));
            assertNull(t.rawGetInt(1000 + i));
        }
        assertNull(t.rawGet(new LuaTable()));
        assertEquals(7L, t.rawGetStr(str("__index")));
        // removing it and storing other keys grows the part as before
        t.setStr(str("__index"), null, 0);
        t.setStr(str("a"), Num.INT, 1);
        t.setStr(str("b"), Num.INT, 2);
        t.setStr(str("c"), Num.INT, 3);
        assertEquals(4, t.hashSlots());
        assertEquals(1L, t.rawGetStr(str("a")));
        assertEquals(2L, t.rawGetStr(str("b")));
        assertEquals(3L, t.rawGetStr(str("c")));
        assertNull(t.rawGetStr(str("__index")));
        LuaTable grown = new LuaTable(); // a table made empty, as {} is, and given one field
        grown.setStr(str("x"), Num.INT, 1);
        assertEquals(2, grown.hashSlots());
    }

    @Test
    void stringKeysCompareByContent() {
        LuaTable t = new LuaTable();
        t.setStr(str("alpha"), Num.INT, 1);
        LuaString other = LuaString.copyOf("alpha".getBytes(), 0, 5);
        assertEquals(1L, t.rawGetStr(other));
        t.setStr(other, null, 0);
        assertNull(t.rawGetStr(str("alpha")));
    }

    @Test
    void floatKeysWithIntegerValuesAreIntegers() {
        LuaTable t = new LuaTable();
        t.set(Num.FLT, Double.doubleToRawLongBits(2.0), Num.INT, 7);
        assertEquals(7L, t.rawGetInt(2));
        t.set(Num.FLT, Double.doubleToRawLongBits(2.5), Num.INT, 8);
        assertEquals(8L, t.rawGet(2.5));
    }

    @Test
    void nilAndNaNKeysAreErrors() {
        LuaTable t = new LuaTable();
        assertEquals("table index is nil", assertThrows(LuaError.class, () -> t.set(null, 0, Num.INT, 1)).getMessage());
        assertEquals("table index is NaN", assertThrows(LuaError.class,
                () -> t.set(Num.FLT, Double.doubleToRawLongBits(Double.NaN), Num.INT, 1)).getMessage());
    }

    @Test
    void lengthIsABorder() {
        LuaTable t = new LuaTable();
        assertEquals(0, t.length());
        t.setInt(1, Boolean.TRUE, 0);
        t.setInt(2, Boolean.TRUE, 0);
        t.setInt(3, Boolean.TRUE, 0);
        assertEquals(3, t.length());
        t.setInt(3, null, 0);
        assertEquals(2, t.length());
        t.setInt(2, null, 0);
        assertEquals(1, t.length());
    }

    @Test
    void traversalVisitsEveryLiveKeyOnceEvenWhileClearing() {
        LuaTable t = new LuaTable();
        for (int i = 1; i <= 20; i++) t.setInt(i, Num.INT, i);
        for (int i = 0; i < 50; i++) t.setStr(str("k" + i), Num.INT, i);
        t.set(Num.FLT, Double.doubleToRawLongBits(0.5), Boolean.TRUE, 0);
        Set<Object> seen = new HashSet<>();
        int pos = t.nextPosition(0);
        while (pos >= 0) {
            Object key = Values.box(t.keyTagAt(pos), t.keyBitsAt(pos));
            assertTrue(seen.add(key), "visited twice: " + key);
            // clearing the current field is allowed during traversal
            t.set(t.keyTagAt(pos), t.keyBitsAt(pos), null, 0);
            pos = t.nextPosition(t.positionAfter(Values.tag(key), Values.bits(key)));
        }
        assertEquals(71, seen.size());
        assertEquals(-1, t.nextPosition(0));
    }

    @Test
    void nextFromAMissingKeyIsAnError() {
        LuaTable t = new LuaTable();
        t.setStr(str("a"), Num.INT, 1);
        assertThrows(LuaError.class, () -> t.positionAfter(str("zz"), 0));
    }

    @Test
    void manyMixedKeysSurviveRehashing() {
        LuaTable t = new LuaTable();
        for (int i = 0; i < 10_000; i++) {
            t.setInt(i * 7L, Num.INT, i);
            t.setStr(str("s" + i), Num.FLT, Double.doubleToRawLongBits(i + 0.5));
        }
        for (int i = 0; i < 10_000; i++) {
            assertEquals((long) i, t.rawGetInt(i * 7L));
            assertEquals(i + 0.5, t.rawGetStr(str("s" + i)));
        }
    }
}
