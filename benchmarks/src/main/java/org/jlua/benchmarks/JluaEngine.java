package org.jlua.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jlua.cli.Jlua;
import org.jlua.vm.LuaClosure;
import org.jlua.vm.LuaError;
import org.jlua.vm.LuaState;
import org.jlua.vm.LuaString;
import org.jlua.vm.LuaTable;

/** jlua through its embedding API: one state per trial, the chunk compiled once, called per run. */
final class JluaEngine implements ScriptEngine {
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private LuaState state;
    private LuaClosure chunk;
    private Object[] chunkArgs;

    @Override
    public void prepare(byte[] source, String name, String... args) {
        PrintStream out = new PrintStream(output, false, StandardCharsets.ISO_8859_1);
        state = Jlua.newState(new ByteArrayInputStream(new byte[0]), out, out, Path.of("").toAbsolutePath(), true);
        LuaTable arg = new LuaTable();
        arg.rawSet(0L, LuaString.valueOf(name));
        chunkArgs = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            chunkArgs[i] = LuaString.valueOf(args[i]);
            arg.rawSet((long) (i + 1), chunkArgs[i]);
        }
        state.globals.rawSet("arg", arg);
        try {
            chunk = state.load(source, "@" + name);
        } catch (LuaError e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public String run() {
        if (chunk == null) throw new IllegalStateException("run() before prepare()");
        output.reset();
        try {
            state.mainThread.callBoxed(chunk, chunkArgs);
        } catch (LuaError e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        state.stdout.flush();
        return output.toString(StandardCharsets.ISO_8859_1);
    }
}
