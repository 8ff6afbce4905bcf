package org.jlua.vm;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.jlua.vm.lib.Stdlib;

/**
 * A state with the standard library, whose functions tests call from Java with boxed values
 * (Long, Double, {@link LuaString}, Boolean, null for nil, tables, functions), as a Lua
 * script would through pcall: messages then name the function "string.pack". The vm has no
 * compiler, so loading source text fails; binary chunks load.
 */
public final class LibraryCalls {
    public final LuaState state;
    public final LuaThread thread;

    public LibraryCalls(Path workingDir) {
        ChunkLoader noCompiler = (source, chunkName) -> {
            throw new LuaError("no compiler in vm tests");
        };
        state = new LuaState(noCompiler, new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new ByteArrayOutputStream(), workingDir);
        thread = state.mainThread;
        Stdlib.openAll(state);
    }

    public LibraryCalls() {
        this(Path.of("."));
    }

    /** A global or a library field, "print" or "string.pack". */
    public Object function(String name) {
        int dot = name.indexOf('.');
        if (dot < 0) return state.globals.rawGet(name);
        LuaTable lib = (LuaTable) state.globals.rawGet(name.substring(0, dot));
        return lib.rawGet(name.substring(dot + 1));
    }

    /** Calls a function value and returns all its results; an error propagates as a LuaError. */
    public Object[] callValue(Object fn, Object... args) {
        int depth = thread.depth();
        int top = thread.top;
        try {
            return thread.callBoxed(fn, args);
        } catch (LuaError e) {
            thread.unwindForEmbedding(depth);
            thread.top = top;
            throw e;
        }
    }

    public Object[] call(String name, Object... args) {
        return callValue(function(name), args);
    }

    /** The first result. */
    public Object call1(String name, Object... args) {
        Object[] r = call(name, args);
        return r.length > 0 ? r[0] : null;
    }

    /** The message of the error that the call must raise. */
    public String error(String name, Object... args) {
        return assertThrows(LuaError.class, () -> call(name, args)).getMessage();
    }

    public static LuaString ls(String s) {
        return LuaString.valueOf(s);
    }
}
