package org.jlua.vm;

import java.util.ArrayList;
import java.util.List;

/** What the debug library sees of a thread's frames: function info, locals and upvalues. */
public final class Debug {
    private Debug() {}

    /** The frame {@code level} levels below the running function (0 = the running one), or -1. */
    public static int frameAt(LuaThread L, int level) {
        int d = L.depth - level;
        return level >= 0 && d >= 1 ? d : -1;
    }

    /**
     * True when {@code level} is just below the main thread's first frame: the host's function
     * that started it (lua.c's), which C Lua's debug.getinfo describes as a C function.
     */
    public static boolean isHostLevel(LuaThread L, int level) {
        return level >= 0 && L.depth - level == 0 && (L.coroutine == null || L.coroutine.isMain());
    }

    /** The function running in frame {@code d}. */
    public static LuaFunction function(LuaThread L, int d) {
        Frame f = L.frames[d];
        return f.closure != null ? f.closure : f.javaFunction;
    }

    /**
     * debug.getinfo's table for frame {@code d} (or, with {@code d < 0}, for function
     * {@code fn} with no activation), with the fields selected by {@code what}.
     */
    public static LuaTable info(LuaThread L, int d, LuaFunction fn, String what) {
        LuaTable t = new LuaTable();
        Frame f = d >= 0 ? L.frames[d] : null;
        if (f != null) fn = f.closure != null ? f.closure : f.javaFunction;
        Proto p = fn instanceof LuaClosure c ? c.proto : null;
        for (char option : what.toCharArray()) {
            switch (option) {
                case 'S' -> {
                    if (p == null) {
                        t.rawSet("source", LuaString.valueOf("=[C]"));
                        t.rawSet("short_src", LuaString.valueOf("[C]"));
                        t.rawSet("what", LuaString.valueOf("C"));
                        t.rawSet("linedefined", -1L);
                        t.rawSet("lastlinedefined", -1L);
                    } else {
                        t.rawSet("source", LuaString.valueOf(p.source));
                        t.rawSet("short_src", LuaString.valueOf(ChunkId.of(p.source)));
                        t.rawSet("what", LuaString.valueOf(p.lineDefined == 0 ? "main" : "Lua"));
                        t.rawSet("linedefined", (long) p.lineDefined);
                        t.rawSet("lastlinedefined", (long) p.lastLineDefined);
                    }
                }
                case 'l' -> t.rawSet("currentline", (long) (f != null && p != null ? p.lineBefore(f.pc) : -1));
                case 'u' -> {
                    t.rawSet("nups", (long) upvalueCount(fn));
                    t.rawSet("nparams", (long) (p == null ? 0 : p.numParams));
                    t.rawSet("isvararg", p == null || p.isVararg);
                }
                case 'n' -> {
                    String[] name = f != null && !f.tailCall ? Traceback.calledName(L, d) : null;
                    if (name != null) {
                        t.rawSet("name", LuaString.valueOf(name[1]));
                        t.rawSet("namewhat", LuaString.valueOf(name[0]));
                    } else {
                        t.rawSet("namewhat", LuaString.EMPTY);
                    }
                }
                case 't' -> t.rawSet("istailcall", f != null && f.tailCall);
                case 'f' -> t.rawSet("func", fn);
                case 'r' -> {
                    t.rawSet("ftransfer", (long) (f == null ? 0 : f.ftransfer));
                    t.rawSet("ntransfer", (long) (f == null ? 0 : f.ntransfer));
                }
                case 'L' -> {
                    if (p != null) {
                        LuaTable lines = new LuaTable();
                        // the prologue that moves captured parameters into cells is no line of the source
                        int pc = 0;
                        while (pc < p.code.length && p.code[pc] == Op.NEWCELL) pc += OpCode.NEWCELL.size;
                        for (; pc < p.lines.length; pc++) lines.rawSet((long) p.lines[pc], Boolean.TRUE);
                        t.rawSet("activelines", lines);
                    }
                }
                case '>' -> { }
                default -> {
                    return null;
                }
            }
        }
        return t;
    }

    /** The locals of frame {@code d} at its current pc: {name, stack index} pairs, in order. */
    private static List<Object[]> locals(LuaThread L, int d) {
        List<Object[]> out = new ArrayList<>();
        Frame f = L.frames[d];
        if (f.closure == null) {
            int end = d == L.depth ? L.top : L.frames[d + 1].func;
            for (int i = f.base; i < end; i++) out.add(new Object[] {"(C temporary)", i});
            return out;
        }
        Proto p = f.closure.proto;
        int pc = Math.max(f.pc - 1, 0);
        int maxReg = -1;
        for (Proto.LocalVar v : p.locals) {
            if (v.startPc() <= pc && pc < v.endPc()) {
                out.add(new Object[] {v.name(), f.base + v.register()});
                maxReg = Math.max(maxReg, v.register());
            }
        }
        int limit = d == L.depth ? f.base + p.maxStack : L.frames[d + 1].func;
        for (int i = f.base + maxReg + 1; i < limit; i++) out.add(new Object[] {"(temporary)", i});
        return out;
    }

    /** debug.getlocal: pushes name and value and returns 2, or returns 0 when there is no such local. */
    public static int getLocal(LuaThread L, LuaThread co, int d, long n) {
        Frame f = co.frames[d];
        if (n < 0) {
            if (f.closure == null || -n > f.nvarargs) return 0;
            int i = f.varargBase + (int) (-n) - 1;
            L.pushString("(vararg)");
            return 1 + pushSlot(L, co, i);
        }
        List<Object[]> locals = locals(co, d);
        if (n < 1 || n > locals.size()) return 0;
        Object[] v = locals.get((int) n - 1);
        L.pushString((String) v[0]);
        return 1 + pushSlot(L, co, (int) v[1]);
    }

    private static int pushSlot(LuaThread L, LuaThread co, int i) {
        Object o = co.stack[i];
        if (o instanceof Cell c) return L.pushValue(c.o, c.n);
        return L.pushValue(o, co.nstack[i]);
    }

    /** debug.setlocal: the local's name, or null when there is no such local. */
    public static String setLocal(LuaThread co, int d, long n, Object tag, long bits) {
        Frame f = co.frames[d];
        int slot;
        String name;
        if (n < 0) {
            if (f.closure == null || -n > f.nvarargs) return null;
            slot = f.varargBase + (int) (-n) - 1;
            name = "(vararg)";
        } else {
            List<Object[]> locals = locals(co, d);
            if (n < 1 || n > locals.size()) return null;
            name = (String) locals.get((int) n - 1)[0];
            slot = (int) locals.get((int) n - 1)[1];
        }
        if (co.stack[slot] instanceof Cell c) {
            c.o = tag;
            c.n = bits;
        } else {
            co.stack[slot] = tag;
            co.nstack[slot] = bits;
        }
        return name;
    }

    /** The name of parameter {@code n} of a Lua function without activation, or null. */
    public static String parameterName(LuaFunction fn, long n) {
        if (!(fn instanceof LuaClosure c) || n < 1 || n > c.proto.numParams) return null;
        int seen = 0;
        for (Proto.LocalVar v : c.proto.locals) {
            if (v.startPc() == 0 || v.register() < c.proto.numParams) {
                if (++seen == n) return v.name();
            }
        }
        return null;
    }

    public static int upvalueCount(LuaFunction fn) {
        if (fn == null) return 0; // the host's function below a main thread's first frame
        return fn instanceof LuaClosure c ? c.upvals.length : ((JavaFunction) fn).upvalues().length;
    }

    /** The upvalue's name: "" for a Java function's (as for C functions), "(no name)" when stripped. */
    public static String upvalueName(LuaFunction fn, int n) {
        if (n < 1 || n > upvalueCount(fn)) return null;
        if (!(fn instanceof LuaClosure c)) return "";
        String name = c.proto.upvalNames.length >= n ? c.proto.upvalNames[n - 1] : null;
        return name == null ? "(no name)" : name;
    }

    public static Cell upvalue(LuaFunction fn, int n) {
        return fn instanceof LuaClosure c ? c.upvals[n - 1] : ((JavaFunction) fn).upvalues()[n - 1];
    }

    public static void joinUpvalue(LuaFunction f1, int n1, LuaFunction f2, int n2) {
        ((LuaClosure) f1).upvals[n1 - 1] = ((LuaClosure) f2).upvals[n2 - 1];
    }
}
