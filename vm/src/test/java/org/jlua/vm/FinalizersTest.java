package org.jlua.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** When allocation safe points force a full collection for the objects waiting for __gc. */
class FinalizersTest {
    private final LibraryCalls lua = new LibraryCalls();
    private final Finalizers finalizers = lua.state.finalizers;

    private static LuaTable metatableWithGc() {
        LuaTable mt = new LuaTable();
        mt.rawSet("__gc", Boolean.TRUE);
        return mt;
    }

    private void steps(int n) {
        for (int i = 0; i < n; i++) finalizers.step(lua.thread);
    }

    @Test
    void noCollectionIsForcedWhileNothingIsMarked() {
        steps(3 * Finalizers.FIRST_CYCLE);
        assertEquals(0, finalizers.forcedCollections);
    }

    @Test
    void aMarkedObjectForcesACollectionNowAndThenLessOftenWhileItStaysAlive() {
        LuaTable kept = new LuaTable();
        finalizers.check(kept, metatableWithGc());
        steps(Finalizers.FIRST_CYCLE);
        assertEquals(1, finalizers.forcedCollections);
        // nothing was finalized: the next interval is twice as long
        steps(Finalizers.FIRST_CYCLE);
        assertEquals(1, finalizers.forcedCollections);
        steps(Finalizers.FIRST_CYCLE);
        assertEquals(2, finalizers.forcedCollections);
        assertEquals(0, kept.length());
    }

    @Test
    void aMetatableWithoutGcMarksNothing() {
        finalizers.check(new LuaTable(), new LuaTable());
        steps(2 * Finalizers.FIRST_CYCLE);
        assertEquals(0, finalizers.forcedCollections);
    }

    @Test
    void theCollectorStoppedForcesNothing() {
        LuaTable kept = new LuaTable();
        finalizers.check(kept, metatableWithGc());
        lua.state.gcStopped = true;
        steps(2 * Finalizers.FIRST_CYCLE);
        assertEquals(0, finalizers.forcedCollections);
        assertEquals(0, kept.length());
    }
}
