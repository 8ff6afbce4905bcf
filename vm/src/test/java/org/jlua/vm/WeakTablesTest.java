package org.jlua.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.List;
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
    void aSweepAfterTheirKeysWereCollectedLetsGoOfTheEntriesOwnWeakReferences() {
        WeakTables registry = new WeakTables();
        LuaTable t = weak("k", registry);
        LuaTable live = new LuaTable();
        t.rawSet(live, 1L);
        List<WeakReference<Object>> gone = addKeysNothingElseHolds(t);
        assertEquals(2, t.keyReferences(), "the two table keys, held weakly");
        assertTrue(registry.sweep(), "the removed string key is let go of");
        assertEquals(3, t.keyReferences(), "and held weakly too");

        for (int i = 0; i < 50 && gone.stream().anyMatch(r -> r.get() != null); i++) System.gc();
        assertTrue(gone.stream().allMatch(r -> r.get() == null), "the JVM collected the keys");
        registry.sweep();
        // C Lua's dead keys cost nothing once collected; here each would keep a 32-byte
        // weak reference (upstream gc.lua counts the bytes a weak table leaves behind)
        assertEquals(1, t.keyReferences(), "only the live key's");
        assertEquals(1L, t.rawGet(live));
        int first = t.nextPosition(0);
        assertSame(live, t.keyTagAt(first));
        assertEquals(-1, t.nextPosition(first + 1));
    }

    @Test
    void aWeakTableWhoseEntriesAllDiedGivesBackItsHashPartOnceTheirKeysAreCollected() {
        WeakTables registry = new WeakTables();
        LuaTable t = weak("k", registry);
        List<WeakReference<Object>> gone = addKeysNothingElseHolds(t);
        assertTrue(t.hashSlots() > 0);
        registry.sweep(); // the removed string key becomes a dead key, held weakly
        assertTrue(t.hashSlots() > 0, "kept while a traversal could still go on from a key");

        for (int i = 0; i < 50 && gone.stream().anyMatch(r -> r.get() != null); i++) System.gc();
        assertTrue(gone.stream().allMatch(r -> r.get() == null), "the JVM collected the keys");
        assertTrue(registry.sweep(), "a hash part let go of: another collection frees it");
        assertEquals(0, t.hashSlots());
        assertEquals(-1, t.nextPosition(0));
        t.rawSet("again", 4L); // and the table works as before
        assertEquals(4L, t.rawGet("again"));
    }

    /** A table key and a removed string key, each known only to the table; returns their canaries. */
    private static List<WeakReference<Object>> addKeysNothingElseHolds(LuaTable t) {
        LuaTable tableKey = new LuaTable();
        LuaString stringKey = LuaString.valueOf("removed " + System.nanoTime());
        t.rawSet(tableKey, 2L);
        t.rawSet(stringKey, 3L);
        t.rawSet(stringKey, null);
        return List.of(new WeakReference<>(tableKey), new WeakReference<>(stringKey));
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
