package org.jlua.vm.lib;

import org.jlua.vm.LuaError;
import org.jlua.vm.LuaString;

/**
 * The arguments of one {@code string.format} call, as the library glue provides them.
 * Arguments are numbered as in Lua: the format string is 1, the first value 2. The checks
 * raise the glue's "bad argument" errors, which know how the function was called.
 */
public interface FormatArgs {
    /** Index of the last argument (Lua's {@code lua_gettop}): 1 when only the format is given. */
    int top();

    /** luaL_checkinteger: an integer, a float with an exact integer value, or a convertible string. */
    long checkInteger(int arg);

    /** luaL_checknumber: a number or a convertible string. */
    double checkNumber(int arg);

    /** luaL_tolstring: the string {@code tostring} would give, honouring {@code __tostring} and {@code __name}. */
    LuaString toLuaString(int arg);

    /**
     * The raw value for {@code %q}: a {@link Long}, {@link Double}, {@link LuaString},
     * {@link Boolean}, null for nil, or any other object (which has no literal form).
     */
    Object value(int arg);

    /** lua_topointer for {@code %p}: the value's identity, or 0 when it has none (numbers, booleans, nil). */
    long pointer(int arg);

    /** The error "bad argument #arg to 'format' (message)", adjusted to how format was called. */
    LuaError argError(int arg, String message);

    /** An error in the format itself: {@code message} where format was called from, as luaL_error gives it. */
    LuaError error(String message);
}
