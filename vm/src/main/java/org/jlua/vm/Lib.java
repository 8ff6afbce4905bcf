package org.jlua.vm;

/** VM operations with metamethods, for the standard library (lua_gettable, lua_settable, lua_len ...). */
public final class Lib {
    private Lib() {}

    /** stack[dest] := t[k], honouring {@code __index}. */
    public static void index(LuaThread L, Object t, long tb, Object k, long kb, int dest) {
        TableAccess.index(L, t, tb, k, kb, dest, -1, -1);
    }

    /** t[k] := v, honouring {@code __newindex}. */
    public static void newIndex(LuaThread L, Object t, long tb, Object k, long kb, Object v, long vb) {
        if (t instanceof LuaTable tab && tab.metatable == null) {
            tab.set(k, kb, v, vb);
            return;
        }
        TableAccess.newIndex(L, t, tb, k, kb, v, vb, -1, -1);
    }

    /** stack[dest] := #v, honouring {@code __len}. */
    public static void length(LuaThread L, Object v, long bits, int dest) {
        TableAccess.length(L, v, bits, dest, -1);
    }

    public static boolean lessThan(LuaThread L, Object ta, long a, Object tb, long b) {
        return Compare.lessThan(L, ta, a, tb, b);
    }

    public static boolean equals(LuaThread L, Object ta, long a, Object tb, long b) {
        return Compare.equals(L, ta, a, tb, b);
    }

    /** coroutine.yield: raises the error when yielding is not possible here, else returns what yield must return. */
    public static int yield(LuaThread L) {
        return Coroutine.yield(L);
    }

    /** True if {@code co} could yield now: the running coroutine with no Java-level call in between. */
    public static boolean isYieldable(LuaThread L, Coroutine co) {
        if (co.isMain()) return false;
        if (co == L.coroutine) return L.javaCalls == co.resumeLevel + 1;
        return co.status == Coroutine.Status.SUSPENDED;
    }
}
