package org.jlua.vm.lib;

import org.jlua.vm.LuaState;

/** Opens every standard library in a state. */
public final class Stdlib {
    private Stdlib() {}

    public static void openAll(LuaState state) {
        BaseLib.open(state);
    }
}
