package org.jlua.vm;

/** Indexing with metamethods: {@code __index} and {@code __newindex} chains, as the VM's slow paths. */
final class TableAccess {
    /** Chains of {@code __index}/{@code __newindex} longer than this are taken for loops (MAXTAGLOOP). */
    private static final int MAX_CHAIN = 2000;

    private TableAccess() {}

    /**
     * {@code dest := t[k]} where the raw access failed or does not apply. {@code reg} is the
     * register that held {@code t} (for the error message), or -1; {@code upval} the upvalue, or -1.
     */
    static void index(LuaThread L, Object t, long tb, Object k, long kb, int dest, int reg, int upval) {
        for (int loop = 0; loop < MAX_CHAIN; loop++) {
            Object tm;
            if (t instanceof LuaTable tab) {
                if (tab.get(k, kb, L.stack, L.nstack, dest)) return;
                tm = Metamethods.get(tab.metatable, Event.INDEX);
                if (tm == null) {
                    L.stack[dest] = null;
                    return;
                }
            } else {
                tm = Metamethods.of(L.state, t, Event.INDEX);
                if (tm == null) {
                    if (loop > 0) throw L.typeError(t, -1, "index");
                    throw upval >= 0 ? L.upvalueTypeError(t, upval, "index") : indexError(L, t, reg);
                }
            }
            if (tm instanceof LuaFunction) {
                L.metamethodResult(tm, t, tb, k, kb, dest);
                return;
            }
            t = Values.tag(tm);
            tb = Values.bits(tm);
        }
        throw L.runtimeError("'__index' chain too long; possible loop");
    }

    private static LuaError indexError(LuaThread L, Object t, int reg) {
        if (reg >= 0) {
            return L.runtimeError("attempt to index a " + L.objTypeName(t) + " value" + VarInfo.describe(L, reg));
        }
        return L.typeError(t, -1, "index");
    }

    /** {@code t[k] := v} where the raw store does not apply or the key is absent and a metatable exists. */
    static void newIndex(LuaThread L, Object t, long tb, Object k, long kb, Object v, long vb, int reg, int upval) {
        for (int loop = 0; loop < MAX_CHAIN; loop++) {
            Object tm;
            if (t instanceof LuaTable tab) {
                tm = Metamethods.get(tab.metatable, Event.NEWINDEX);
                if (tm == null || present(tab, k, kb, L)) {
                    rawSet(L, tab, k, kb, v, vb);
                    return;
                }
            } else {
                tm = Metamethods.of(L.state, t, Event.NEWINDEX);
                if (tm == null) {
                    if (loop > 0) throw L.typeError(t, -1, "index");
                    throw upval >= 0 ? L.upvalueTypeError(t, upval, "index") : indexError(L, t, reg);
                }
            }
            if (tm instanceof LuaFunction) {
                L.metamethodNewIndex(tm, t, tb, k, kb, v, vb);
                return;
            }
            t = Values.tag(tm);
            tb = Values.bits(tm);
        }
        throw L.runtimeError("'__newindex' chain too long; possible loop");
    }

    /** A raw store from Lua code: a nil or NaN key is an error at the current line. */
    static void rawSet(LuaThread L, LuaTable tab, Object k, long kb, Object v, long vb) {
        if (k == null) throw L.runtimeError("table index is nil");
        if (k == Num.FLT && Double.isNaN(Double.longBitsToDouble(kb))) throw L.runtimeError("table index is NaN");
        tab.set(k, kb, v, vb);
    }

    private static boolean present(LuaTable tab, Object k, long kb, LuaThread L) {
        int scratch = L.freeSlot();
        L.ensureStack(scratch + 1);
        return tab.get(k, kb, L.stack, L.nstack, scratch);
    }

    /** The length operator: strings, then {@code __len}, then a table's border. */
    static void length(LuaThread L, Object t, long bits, int dest, int reg) {
        if (t instanceof LuaString s) {
            L.stack[dest] = Num.INT;
            L.nstack[dest] = s.length();
            return;
        }
        Object tm = Metamethods.of(L.state, t, Event.LEN);
        if (tm != null) {
            L.metamethodResult(tm, t, bits, t, bits, dest);
            return;
        }
        if (t instanceof LuaTable tab) {
            L.stack[dest] = Num.INT;
            L.nstack[dest] = tab.length();
            return;
        }
        throw L.typeError(t, reg, "get length of");
    }
}
