package org.jlua.compiler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jlua.parser.Parser;
import org.jlua.vm.LuaClosure;
import org.jlua.vm.LuaError;
import org.jlua.vm.LuaState;
import org.jlua.vm.lib.Stdlib;

/** Test helper: runs Lua source through the parser, this compiler and the VM; returns what it printed. */
final class Run {
    private Run() {
    }

    /** Stdout, followed by "error: message" if the chunk raised an error. */
    static String output(String lua, String chunkName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LuaState state = new LuaState(
                (source, name) -> Compiler.compile(Parser.parse(source, name), name),
                new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream(), Path.of("."));
        Stdlib.openAll(state);
        String error = "";
        try {
            LuaClosure f = state.load(lua.getBytes(StandardCharsets.ISO_8859_1), chunkName);
            state.mainThread.callBoxed(f);
        } catch (LuaError e) {
            error = "error: " + e.getMessage() + "\n";
        }
        state.stdout.flush();
        return out.toString(StandardCharsets.ISO_8859_1) + error;
    }
}
