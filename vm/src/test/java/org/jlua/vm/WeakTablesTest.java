package org.jlua.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WeakTablesTest {
    private static LuaTable weak(String mode, WeakTables registry) {
        LuaTable mt = new LuaTable();
        mt.rawSet("__mode", LuaString.valueOf(mode));
        LuaTable t = new LuaTable();
        t.setMetatable(mt, registry);
        return t;
    }

    @Test
    void overwritingEntriesDoesNotGrowTheSlotListWithoutBound() {
        WeakTables registry = new WeakTables();
        LuaTable t = weak("v", registry);
        LuaTable[] live = new LuaTable[10];
        for (int i = 0; i < live.length; i++) live[i] = new LuaTable();
        for (int i = 0; i < 100_000; i++) t.rawSet("k" + (i % 5), live[i % live.length]);
        assertTrue(t.weakSlots().size() <= 16, "slots kept: " + t.weakSlots().size());
        assertSame(live[99_999 % 10], t.rawGet("k4"));
    }

    @Test
    void aTableThatStopsBeingWeakLeavesTheRegistryAtTheNextSweep() {
        WeakTables registry = new WeakTables();
        LuaTable t = weak("k", registry);
        assertTrue(t.weakSlots() != null);
        t.setMetatable(null, registry);
        assertNull(t.weakSlots());
        assertEquals(false, registry.sweep());
    }

    @Test
    void aSweepLetsGoOfTheKeyOfARemovedEntryAndNextStillFindsIt() {
        WeakTables registry = new WeakTables();
        LuaTable t = weak("kv", registry);
        LuaString key = LuaString.valueOf("key");
        t.rawSet(key, 1L);
        t.rawSet("other", 2L);
        t.rawSet(key, null);
        assertTrue(registry.sweep(), "a strong key was let go of");
        assertNull(t.rawGet(key));
        // a traversal that holds the removed key can go on from it
        int pos = t.positionAfter(key, 0);
        assertTrue(pos > 0);
        t.rawSet(key, 3L); // and the key can be stored again
        assertEquals(3L, t.rawGet(key));
    }

    @Test
    void aWeakTableHasNoSlotArrayUntilItHoldsASlotAndLetsGoOfItWhenEmptied() {
        WeakTables registry = new WeakTables();
        LuaTable t = weak("v", registry);
        assertEquals(0, t.weakSlots().capacity());
        LuaTable[] live = new LuaTable[10];
        for (int i = 0; i < live.length; i++) {
            live[i] = new LuaTable();
            t.rawSet("k" + i, live[i]);
        }
        assertTrue(t.weakSlots().capacity() >= 10);
        for (int i = 0; i < live.length; i++) t.rawSet("k" + i, null);
        registry.sweep();
        assertEquals(0, t.weakSlots().capacity());
        t.rawSet("again", live[0]); // and it takes slots again
        assertSame(live[0], t.rawGet("again"));
        assertEquals(1, t.weakSlots().size());
    }
}
