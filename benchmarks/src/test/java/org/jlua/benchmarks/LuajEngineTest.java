package org.jlua.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class LuajEngineTest {

    private static String runOnce(String source, String... args) {
        ScriptEngine lua = ScriptEngines.create(ScriptEngines.LUAJ);
        lua.prepare(source.getBytes(StandardCharsets.ISO_8859_1), "x.lua", args);
        return lua.run();
    }

    @Test
    void runReturnsWhatPrintAndIoWritePrinted() {
        assertEquals("a\t1\nbc\n", runOnce("print('a', 1) io.write('b', 'c', '\\n')"));
    }

    @Test
    void printDoesNotReachTheConsole() {
        PrintStream console = System.out;
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        System.setOut(new PrintStream(seen, true, StandardCharsets.ISO_8859_1));
        try {
            runOnce("print('quiet') io.write('please')");
        } finally {
            System.setOut(console);
        }
        assertEquals("", seen.toString(StandardCharsets.ISO_8859_1));
    }

    @Test
    void eachRunReturnsOnlyItsOwnOutputAndStartsFromTheCompiledChunk() {
        ScriptEngine lua = ScriptEngines.create(ScriptEngines.LUAJ);
        lua.prepare("local n = 0 n = n + 1 print(n)".getBytes(StandardCharsets.ISO_8859_1), "x.lua");
        assertEquals("1\n", lua.run());
        assertEquals("1\n", lua.run());
    }

    @Test
    void argumentsAreTheArgTableAndTheChunkVarargs() {
        assertEquals("x.lua\t7\t8\t7\t8\n", runOnce("print(arg[0], arg[1], arg[2], ...)", "7", "8"));
    }

    @Test
    void theStandardLibrariesButNotDebugAreLoaded() {
        assertEquals("nil\ttable\ttable\ttable\ttable\ttable\ttable\ttable\ttable\t\n",
                runOnce("for _, name in ipairs({'debug', 'string', 'table', 'math', 'coroutine', 'os',"
                        + " 'io', 'package', '_G'}) do io.write(type(_G[name]), '\t') end print()"));
    }

    @Test
    void aSyntaxErrorIsReportedByPrepare() {
        ScriptEngine lua = ScriptEngines.create(ScriptEngines.LUAJ);
        byte[] source = "x = = 1".getBytes(StandardCharsets.ISO_8859_1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> lua.prepare(source, "x.lua"));
        assertTrue(e.getMessage().startsWith("x.lua:1: "), e.getMessage());
    }

    @Test
    void aRuntimeErrorIsReportedByRun() {
        ScriptEngine lua = ScriptEngines.create(ScriptEngines.LUAJ);
        lua.prepare("print('before') error('boom')".getBytes(StandardCharsets.ISO_8859_1), "x.lua");
        IllegalStateException e = assertThrows(IllegalStateException.class, lua::run);
        assertEquals("x.lua:1 boom", e.getMessage());
    }

    @Test
    void runBeforePrepareIsAnError() {
        assertThrows(IllegalStateException.class, () -> ScriptEngines.create(ScriptEngines.LUAJ).run());
    }
}
