package org.jlua.vm;

/**
 * The two number tags. A Lua value lives in a pair of slots: an {@code Object} and a
 * {@code long}. For numbers the object slot holds {@link #INT} or {@link #FLT} and the long
 * slot holds the integer, or the double's raw bits; for every other type the object slot
 * holds the value itself ({@code null} for nil, {@code Boolean}, {@link LuaString},
 * {@link LuaTable}, {@link LuaFunction}, ...) and the long slot is unused. So arithmetic on
 * the stack, in tables and in upvalues never allocates.
 *
 * Where a single Java object must stand for any Lua value (errors, Java-side APIs),
 * numbers are boxed as {@code Long} and {@code Double}: see {@link Values#box}.
 */
public final class Num {
    public static final Num INT = new Num("integer");
    public static final Num FLT = new Num("float");

    /** What math.type says, made once. */
    public final LuaString mathType;

    private Num(String mathType) {
        this.mathType = LuaString.valueOf(mathType);
    }

    @Override
    public String toString() {
        return mathType.toString();
    }
}
