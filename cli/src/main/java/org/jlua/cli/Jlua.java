package org.jlua.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import org.jlua.vm.LuaClosure;
import org.jlua.vm.LuaState;
import org.jlua.vm.lib.Stdlib;

/**
 * Embedding jlua: a new interpreter state with the standard library and the compiler
 * wired in. Each state is independent; use one per Java thread at a time.
 *
 * <pre>
 * LuaState L = Jlua.newState(System.in, System.out, System.err);
 * LuaClosure f = L.load(source, "=example");
 * Object[] results = L.mainThread.callBoxed(f, args);
 * </pre>
 */
public final class Jlua {
    private Jlua() {}

    public static LuaState newState(InputStream stdin, OutputStream stdout, OutputStream stderr) {
        return newState(stdin, stdout, stderr, Path.of("").toAbsolutePath(), true);
    }

    public static LuaState newState(InputStream stdin, OutputStream stdout, OutputStream stderr, Path workingDir,
                                    boolean fold) {
        return newState(new SourceCompiler(fold), stdin, stdout, stderr, workingDir);
    }

    static LuaState newState(SourceCompiler compiler, InputStream stdin, OutputStream stdout, OutputStream stderr,
                             Path workingDir) {
        LuaState state = new LuaState(compiler, stdin, stdout, stderr, workingDir);
        Stdlib.openAll(state);
        return state;
    }

    /** Compiles source text into a function closed over the state's globals. */
    public static LuaClosure load(LuaState state, byte[] source, String chunkName) {
        return state.load(source, chunkName);
    }
}
