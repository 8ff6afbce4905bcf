package org.jlua.vm.lib;

import org.jlua.vm.LuaState;
import org.jlua.vm.LuaTable;

/** Opens every standard library in a state. */
public final class Stdlib {
    private Stdlib() {}

    public static void openAll(LuaState state) {
        LuaTable loaded = new LuaTable();
        state.registry.rawSet("_LOADED", loaded);
        BaseLib.open(state);
        loaded.rawSet("_G", state.globals);
        PackageLib.open(state, loaded);
        StringLib.open(state);
        MathLib.open(state);
        TableLib.open(state);
        OsLib.open(state);
        CoroutineLib.open(state);
        DebugLib.open(state);
        IoLib.open(state);
        Utf8Lib.open(state);
    }

    /** Makes a library visible as a global and in package.loaded. */
    static void publish(LuaState state, String name, LuaTable lib) {
        state.globals.rawSet(name, lib);
        ((LuaTable) state.registry.rawGet("_LOADED")).rawSet(name, lib);
    }
}
