package org.jlua.compiler;

import org.jlua.vm.ChunkId;
import org.jlua.vm.LuaError;

/** The compile errors, in lua5.4's words, prefixed by the chunk id and line as Lua does. */
final class CompileErrors {
    private CompileErrors() {
    }

    static LuaError at(String source, int line, String message) {
        return new LuaError(ChunkId.of(source) + ":" + line + ": " + message);
    }

    /** Lua's errorlimit: a per-function limit was exceeded. */
    static LuaError limit(String source, int line, int lineDefined, int limit, String what) {
        String where = lineDefined == 0 ? "main function" : "function at line " + lineDefined;
        return at(source, line, "too many " + what + " (limit is " + limit + ") in " + where);
    }
}
