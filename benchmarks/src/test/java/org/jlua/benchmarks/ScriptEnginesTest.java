package org.jlua.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ScriptEnginesTest {

    @Test
    void luajNamesTheLuajEngine() {
        assertInstanceOf(LuajEngine.class, ScriptEngines.create("luaj"));
    }

    @Test
    void eachCallGivesAFreshEngine() {
        assertEquals(false, ScriptEngines.create("luaj") == ScriptEngines.create("luaj"));
    }

    @Test
    void anUnknownNameIsRejectedWithTheKnownNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScriptEngines.create("rhino"));
        assertEquals("unknown engine 'rhino' (expected luaj or jlua)", e.getMessage());
    }
}
