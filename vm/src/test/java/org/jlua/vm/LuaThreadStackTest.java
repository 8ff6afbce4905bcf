package org.jlua.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A full collection gives back the memory of a stack that grew (collectgarbage after a deep recursion). */
class LuaThreadStackTest {
    private final LuaThread thread = new LibraryCalls().thread;

    @Test
    void aStackThatGrewFarShrinksAtACollection() {
        thread.ensureStack(500_000);
        assertTrue(thread.stack.length >= 500_000);
        thread.collectStack();
        assertTrue(thread.stack.length < 1_000, "stack of " + thread.stack.length + " slots");
        assertEquals(thread.stack.length, thread.nstack.length);
    }

    @Test
    void valuesBelowTheTopSurviveAndThoseAboveAreDropped() {
        thread.ensureStack(100_000);
        thread.top = 3;
        thread.stack[2] = LuaString.valueOf("kept");
        thread.nstack[2] = 0;
        thread.stack[50_000] = LuaString.valueOf("dead");
        thread.collectStack();
        assertEquals(LuaString.valueOf("kept"), thread.stack[2]);
        for (int i = 3; i < thread.stack.length; i++) assertNull(thread.stack[i]);
    }
}
