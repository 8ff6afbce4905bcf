package org.jlua.vm.lib;

import static org.jlua.vm.LibraryCalls.ls;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jlua.vm.LibraryCalls;
import org.jlua.vm.LuaClosure;
import org.jlua.vm.LuaFunction;
import org.jlua.vm.LuaString;
import org.jlua.vm.LuaTable;
import org.jlua.vm.Num;
import org.jlua.vm.Op;
import org.jlua.vm.Proto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** string.dump, and load, loadfile and dofile given binary chunks. */
class BinaryChunkLoadTest {
    @TempDir
    Path dir;

    private static final LuaString ALO = LuaString.wrap(new byte[] {0, 'a', 'l', 'o', (byte) 255});

    /** return _ENV, 10, "\0alo\255", second upvalue */
    private static Proto envAndConstants() {
        byte[] code = {Op.GETUPVAL, 0, 0, Op.LOADK, 1, 0, 0, Op.LOADK, 2, 0, 1, Op.GETUPVAL, 3, 1, Op.RETURN, 0, 5};
        int[] lines = new int[code.length];
        Arrays.fill(lines, 1);
        return new Proto(code, new Object[] {Num.INT, ALO}, new long[] {10, 0}, new Proto[0],
                new boolean[] {false, true}, new int[] {0, 0}, new String[] {"_ENV", "y"}, 0, true, 4, lines,
                new Proto.LocalVar[0], "@made.lua", 0, 0);
    }

    private LuaString dumpOf(LibraryCalls lua, boolean strip) {
        LuaClosure f = lua.state.closeMain(envAndConstants(), lua.state.globals, 0);
        f.upvals[1].o = ls("captured");
        return (LuaString) lua.call1("string.dump", f, strip);
    }

    private static LuaString prefix(LuaString s, int n) {
        return LuaString.copyOf(s.bytes(), 0, n);
    }

    @Test
    void aDumpedFunctionLoadsWithTheGlobalsAsFirstUpvalueAndTheOthersNil() {
        LibraryCalls lua = new LibraryCalls();
        for (boolean strip : new boolean[] {false, true}) {
            Object f = lua.call1("load", dumpOf(lua, strip));
            assertArrayEquals(new Object[] {lua.state.globals, 10L, ALO, null}, lua.callValue(f));
        }
    }

    @Test
    void loadsEnvironmentArgumentReplacesTheGlobals() {
        LibraryCalls lua = new LibraryCalls();
        LuaTable env = new LuaTable();
        Object f = lua.call1("load", dumpOf(lua, false), null, ls("b"), env);
        assertSame(env, lua.callValue(f)[0]);
    }

    @Test
    void aReaderFunctionMayHandTheChunkOverInPieces() {
        LibraryCalls lua = new LibraryCalls();
        LuaString chunk = dumpOf(lua, false);
        int[] at = {0};
        LuaFunction reader = org.jlua.vm.JavaFunction.of("reader", L -> {
            if (at[0] >= chunk.length()) return 0;
            at[0]++;
            return L.pushString(LuaString.copyOf(chunk.bytes(), at[0] - 1, at[0]));
        });
        Object f = lua.call1("load", reader);
        assertEquals(10L, lua.callValue(f)[1]);
    }

    @Test
    void theModeDecidesWhichKindOfChunkLoads() {
        LibraryCalls lua = new LibraryCalls();
        assertArrayEquals(new Object[] {null, ls("attempt to load a binary chunk (mode is 't')")},
                lua.call("load", dumpOf(lua, false), null, ls("t")));
        assertArrayEquals(new Object[] {null, ls("attempt to load a binary chunk (mode is 'x')")},
                lua.call("load", ls("\u001b"), ls("foo"), ls("x")));
        assertArrayEquals(new Object[] {null, ls("attempt to load a text chunk (mode is 'b')")},
                lua.call("load", ls("return 1"), null, ls("b")));
        assertInstanceOf(LuaClosure.class, lua.call1("load", dumpOf(lua, false), ls("=name"), ls("bt")));
    }

    @Test
    void aBadChunkIsAnErrorResultNamedAfterTheChunk() {
        LibraryCalls lua = new LibraryCalls();
        LuaString c = dumpOf(lua, false);
        assertArrayEquals(new Object[] {null, ls("binary string: bad binary format (truncated chunk)")},
                lua.call("load", prefix(c, 10)));
        assertArrayEquals(new Object[] {null, ls("foo: bad binary format (truncated chunk)")},
                lua.call("load", prefix(c, 10), ls("=foo")));
        assertArrayEquals(new Object[] {null, ls("foo: bad binary format (truncated chunk)")},
                lua.call("load", prefix(c, 10), ls("@foo")));
        assertArrayEquals(new Object[] {null, ls("foo: bad binary format (truncated chunk)")},
                lua.call("load", prefix(c, 10), ls("foo")));
        assertArrayEquals(new Object[] {null, ls("binary string: bad binary format (not a binary chunk)")},
                lua.call("load", ls("\u001b return 10")));
    }

    @Test
    void onlyLuaFunctionsCanBeDumped() {
        LibraryCalls lua = new LibraryCalls();
        assertEquals("unable to dump given function", lua.error("string.dump", lua.function("print")));
        assertEquals("bad argument #1 to 'string.dump' (function expected, got number)", lua.error("string.dump", 1L));
        assertEquals("bad argument #1 to 'string.dump' (function expected, got no value)", lua.error("string.dump"));
    }

    @Test
    void strippingMakesASmallerChunkThatStillRuns() {
        LibraryCalls lua = new LibraryCalls();
        LuaString full = dumpOf(lua, false);
        LuaString stripped = dumpOf(lua, true);
        assertTrue(stripped.length() < full.length());
        LuaClosure f = (LuaClosure) lua.call1("load", stripped);
        assertEquals("=?", f.proto.source);
        assertEquals(0, f.proto.lines.length);
        assertNull(f.proto.upvalNames[0]);
        assertEquals(10L, lua.callValue(f)[1]);
    }

    @Test
    void loadfileReadsBinaryFilesAfterAnyCommentLine() throws IOException {
        LibraryCalls lua = new LibraryCalls(dir);
        byte[] chunk = dumpOf(lua, false).bytes();
        Files.write(dir.resolve("plain.bin"), chunk);
        Files.write(dir.resolve("comment.bin"), concat("#this is a comment\0\n".getBytes(), chunk));
        Files.write(dir.resolve("bom.bin"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '#', '\n'}, chunk));
        for (String name : new String[] {"plain.bin", "comment.bin", "bom.bin"}) {
            Object f = lua.call1("loadfile", ls(name));
            assertArrayEquals(new Object[] {lua.state.globals, 10L, ALO, null}, lua.callValue(f), name);
        }
        LuaTable env = new LuaTable();
        assertSame(env, lua.callValue(lua.call1("loadfile", ls("plain.bin"), ls("b"), env))[0]);
        assertEquals(10L, lua.call("dofile", ls("comment.bin"))[1]);
    }

    @Test
    void loadfileChecksTheModeAndReportsBadChunksWithTheFileName() throws IOException {
        LibraryCalls lua = new LibraryCalls(dir);
        byte[] chunk = dumpOf(lua, false).bytes();
        Files.write(dir.resolve("f.bin"), chunk);
        Files.write(dir.resolve("cut.bin"), Arrays.copyOf(chunk, 20));
        Files.write(dir.resolve("text.lua"), "return 10".getBytes());
        assertArrayEquals(new Object[] {null, ls("attempt to load a binary chunk (mode is 't')")},
                lua.call("loadfile", ls("f.bin"), ls("t")));
        assertArrayEquals(new Object[] {null, ls("attempt to load a text chunk (mode is 'b')")},
                lua.call("loadfile", ls("text.lua"), ls("b")));
        assertArrayEquals(new Object[] {null, ls("cut.bin: bad binary format (truncated chunk)")},
                lua.call("loadfile", ls("cut.bin")));
        assertEquals("cut.bin: bad binary format (truncated chunk)", lua.error("dofile", ls("cut.bin")));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
