package org.jlua.vm;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * One Lua interpreter state: globals, registry, per-type metatables, standard streams and
 * the way to the compiler. Everything mutable lives here (or in its threads), so several
 * states can run side by side, each on its own Java thread.
 */
public final class LuaState {
    public final LuaTable globals = new LuaTable();
    public final LuaTable registry = new LuaTable();
    /** Metatables shared by all values of a non-table type (strings get the string library's). */
    public LuaTable stringMetatable, numberMetatable, booleanMetatable, nilMetatable, functionMetatable,
            threadMetatable;

    public final InputStream stdin;
    /** Buffered; flushed when the state ends and before an error is reported. */
    public final PrintStream stdout;
    public final PrintStream stderr;
    /** Relative file names are resolved against this directory. */
    public final Path workingDir;
    public final ChunkLoader loader;
    public final LuaThread mainThread;
    /** What collectgarbage("incremental"/"generational") last chose; the JVM's collector does the work either way. */
    public String gcMode = "incremental";
    /** collectgarbage("stop") was called and "restart" not since: only "isrunning" tells. */
    public boolean gcStopped;
    /** The incremental collector's parameters as collectgarbage last set them (C Lua's defaults). */
    public long gcPause = 200, gcStepMul = 100;
    /** warn()'s switch: off at start, as in lua.c; "@on", "@off" or jlua -W turn it. */
    public boolean warningsOn;
    /** collectgarbage("count"). */
    public final MemoryCount memory = new MemoryCount();
    /** The __gc metamethods waiting to run. */
    public final Finalizers finalizers = new Finalizers(this);
    /** The weak tables, for full collections. */
    public final WeakTables weakTables = new WeakTables();

    public LuaState(ChunkLoader loader, InputStream stdin, OutputStream stdout, OutputStream stderr, Path workingDir) {
        this.loader = loader;
        this.stdin = stdin;
        this.stdout = stdout instanceof PrintStream ps ? ps : new PrintStream(new java.io.BufferedOutputStream(stdout, 1 << 14), false);
        this.stderr = stderr instanceof PrintStream ps ? ps : new PrintStream(stderr, true);
        this.workingDir = workingDir;
        this.mainThread = LuaThread.main(this);
    }

    /** The metatable of the value whose object slot is {@code tag}, or null. */
    public LuaTable metatableOf(Object tag) {
        if (tag instanceof LuaTable t) return t.metatable;
        if (tag instanceof LuaString) return stringMetatable;
        if (tag == Num.INT || tag == Num.FLT) return numberMetatable;
        if (tag == null) return nilMetatable;
        if (tag instanceof Boolean) return booleanMetatable;
        if (tag instanceof LuaFunction) return functionMetatable;
        if (tag instanceof Userdata u) return u.metatable;
        if (tag instanceof Coroutine) return threadMetatable;
        return null;
    }

    /** Compiles a chunk and closes it over the globals as its _ENV. */
    public LuaClosure load(byte[] source, String chunkName) {
        return closeMain(loader.compile(source, chunkName), globals, 0);
    }

    /** A main chunk's closure: its first upvalue, if any, is _ENV, given as a value pair. */
    public LuaClosure closeMain(Proto p, Object envTag, long envBits) {
        Cell[] up = new Cell[p.upvalIndex.length];
        for (int i = 0; i < up.length; i++) up[i] = new Cell(null, 0);
        if (up.length > 0) {
            up[0].o = envTag;
            up[0].n = envBits;
        }
        return new LuaClosure(p, up);
    }

    /** A warning from the VM itself (lua_warning), shown as warn() shows them while they are on. */
    /**
     * lua_close, as far as Lua code sees it: the {@code __gc} of every object still marked for
     * finalization runs (see {@link Finalizers#close}). The state is not to run code after.
     */
    public void close() {
        finalizers.close(mainThread);
    }

    public void warning(String message) {
        if (!warningsOn) return;
        stdout.flush();
        stderr.print("Lua warning: " + message + "\n");
        stderr.flush();
    }

    public void setGlobal(String name, Object boxedValue) {
        globals.rawSet(name, boxedValue);
    }
}
