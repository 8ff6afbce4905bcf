package org.jlua.vm.lib;

import static org.jlua.vm.LibraryCalls.ls;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jlua.vm.LibraryCalls;
import org.jlua.vm.LuaError;
import org.junit.jupiter.api.Test;

/**
 * utf8.codes and stray continuation bytes, as Lua 5.4.6 treats them (the golden corpus cannot
 * check this: its reference, lua5.4 5.4.4, skips them instead).
 */
class Utf8CodesTest {
    private final LibraryCalls lua = new LibraryCalls();

    /** The step function of utf8.codes(s) called with control value {@code i}. */
    private Object[] step(String s, long i) {
        Object[] init = lua.call("utf8.codes", ls(s));
        return lua.callValue(init[0], init[1], i);
    }

    @Test
    void aStringStartingWithAContinuationByteIsABadArgument() {
        assertEquals("bad argument #1 to 'utf8.codes' (invalid UTF-8 code)", lua.error("utf8.codes", ls("\u0080a")));
        assertEquals("bad argument #1 to 'utf8.codes' (invalid UTF-8 code)", lua.error("utf8.codes", ls("\u00BF")));
    }

    @Test
    void aCharacterFollowedByAContinuationByteIsInvalid() {
        Object[] init = lua.call("utf8.codes", ls("in\u0080valid"));
        assertArrayEquals(new Object[] {1L, 105L}, lua.callValue(init[0], init[1], 0L));
        LuaError e = assertThrows(LuaError.class,
                () -> lua.callValue(init[0], init[1], 1L));
        assertEquals("invalid UTF-8 code", e.getMessage());
    }

    @Test
    void theContinuationBytesOfTheCurrentCharacterAreSkipped() {
        // "é" then "z": from control value 1 the step skips 0xA9 and reads "z" at 3
        assertArrayEquals(new Object[] {3L, 122L}, step("\u00C3\u00A9z", 1L));
        assertArrayEquals(new Object[] {1L, 233L}, step("\u00C3\u00A9z", 0L));
    }
}
