package org.jlua.vm;

/**
 * C Lua's memory error (LUA_ERRMEM), raised when the JVM runs out of memory while Lua code
 * runs: the string "not enough memory" without a position, which pcall catches like any
 * error but which, as in C Lua, is not handed to xpcall's message handler (the handler
 * would need memory too), and which the command line reports without a traceback.
 *
 * Whoever catches it first forgets the values the failed call left on the stack, so that the
 * collector can take back what the call was building.
 */
public final class LuaMemoryError extends LuaError {
    public LuaMemoryError() {
        super("not enough memory");
    }
}
