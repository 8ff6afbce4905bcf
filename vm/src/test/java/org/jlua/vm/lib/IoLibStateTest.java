package org.jlua.vm.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jlua.vm.LuaState;
import org.jlua.vm.LuaString;
import org.jlua.vm.LuaTable;
import org.jlua.vm.LuaThread;
import org.jlua.vm.Userdata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The io library in a state, called from Java: the standard streams and the end of the state. */
class IoLibStateTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private LuaState newState(String stdin) {
        LuaState state = new LuaState(null, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.ISO_8859_1)),
                out, new ByteArrayOutputStream(), dir);
        Stdlib.openAll(state);
        return state;
    }

    private static Object[] call(LuaState state, String name, Object... args) {
        LuaTable io = (LuaTable) state.globals.rawGet("io");
        return state.mainThread.callBoxed(io.rawGet(name), args);
    }

    private static Object[] method(LuaState state, Object file, String name, Object... args) {
        LuaThread L = state.mainThread;
        LuaTable methods = (LuaTable) ((Userdata) file).metatable.rawGet("__index");
        Object[] all = new Object[args.length + 1];
        all[0] = file;
        System.arraycopy(args, 0, all, 1, args.length);
        return L.callBoxed(methods.rawGet(name), all);
    }

    private static LuaString s(String text) {
        return LuaString.valueOf(text);
    }

    @Test
    void closeFlushesFilesTheScriptLeftOpen() throws IOException {
        LuaState state = newState("");
        Object f = call(state, "open", s("left-open.txt"), s("w"))[0];
        method(state, f, "write", s("buffered"));
        Path p = dir.resolve("left-open.txt");
        assertEquals(0, Files.size(p));
        IoLib.close(state);
        assertEquals("buffered", Files.readString(p));
        assertEquals(s("closed file"), call(state, "type", f)[0]);
    }

    @Test
    void writesGoToTheStateStdoutInOrderWithPrint() {
        LuaState state = newState("");
        call(state, "write", s("a"), 1L, 2.0);
        state.mainThread.callBoxed(state.globals.rawGet("print"), s("b"));
        call(state, "write", s("c\n"));
        state.stdout.flush();
        assertEquals("a12b\nc\n", out.toString(StandardCharsets.ISO_8859_1));
    }

    @Test
    void readsComeFromTheStateStdin() {
        LuaState state = newState("12 line one\nline two\n");
        Object[] r = call(state, "read", s("n"), s("l"), s("L"), s("l"));
        assertEquals(12L, r[0]);
        assertEquals(s(" line one"), r[1]);
        assertEquals(s("line two\n"), r[2]);
        assertNull(r[3]);
    }

    @Test
    void relativeNamesAreResolvedAgainstTheWorkingDirectory() throws IOException {
        Files.writeString(dir.resolve("here.txt"), "found");
        LuaState state = newState("");
        Object f = call(state, "open", s("here.txt"))[0];
        assertInstanceOf(Userdata.class, f);
        assertEquals(s("found"), method(state, f, "read", s("a"))[0]);
    }
}
