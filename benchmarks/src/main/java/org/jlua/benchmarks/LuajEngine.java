package org.jlua.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.luaj.vm2.Globals;
import org.luaj.vm2.LoadState;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.compiler.LuaC;
import org.luaj.vm2.lib.CoroutineLib;
import org.luaj.vm2.lib.PackageLib;
import org.luaj.vm2.lib.StringLib;
import org.luaj.vm2.lib.TableLib;
import org.luaj.vm2.lib.jse.JseBaseLib;
import org.luaj.vm2.lib.jse.JseIoLib;
import org.luaj.vm2.lib.jse.JseMathLib;
import org.luaj.vm2.lib.jse.JseOsLib;

/**
 * LuaJ 3.0.1 with its interpreter ({@link LuaC} compiles to LuaJ prototypes that LuaClosure
 * interprets; LuaJC, which compiles to JVM bytecode, is not used).
 *
 * <p>The globals are built from the individual libraries rather than
 * {@code JsePlatform.standardGlobals()}: that one loads DebugLib, and with DebugLib present
 * every LuaJ instruction goes through the debug hook, which would slow LuaJ down for a
 * library no benchmark uses. bit32 and luajava are left out as well (not Lua 5.4).
 */
final class LuajEngine implements ScriptEngine {
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private Globals globals;
    private LuaValue chunk;
    private Varargs chunkArgs;

    @Override
    public void prepare(byte[] source, String name, String... args) {
        globals = newGlobals();
        globals.STDOUT = new PrintStream(output, true, StandardCharsets.ISO_8859_1);
        LuaTable arg = new LuaTable();
        arg.set(0, LuaValue.valueOf(name));
        LuaValue[] values = new LuaValue[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = LuaValue.valueOf(args[i]);
            arg.set(i + 1, values[i]);
        }
        globals.set("arg", arg);
        chunkArgs = LuaValue.varargsOf(values);
        try {
            chunk = globals.load(new ByteArrayInputStream(source), "@" + name, "t", globals);
        } catch (LuaError e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public String run() {
        if (chunk == null) {
            throw new IllegalStateException("run() before prepare()");
        }
        output.reset();
        try {
            chunk.invoke(chunkArgs);
        } catch (LuaError e) {
            // Without DebugLib, LuaJ prefixes runtime errors with the raw chunk name ("@x.lua:1").
            throw new IllegalStateException(e.getMessage().replaceFirst("^@", ""), e);
        }
        globals.STDOUT.flush();
        return output.toString(StandardCharsets.ISO_8859_1);
    }

    private static Globals newGlobals() {
        Globals g = new Globals();
        g.load(new JseBaseLib());
        g.load(new PackageLib());
        g.load(new TableLib());
        g.load(new StringLib());
        g.load(new CoroutineLib());
        g.load(new JseMathLib());
        g.load(new JseIoLib());
        g.load(new JseOsLib());
        LoadState.install(g);
        LuaC.install(g);
        return g;
    }
}
