package org.jlua.vm.lib;

import java.io.IOException;
import java.io.PrintStream;
import org.jlua.vm.Cell;
import org.jlua.vm.Coroutine;
import org.jlua.vm.Debug;
import org.jlua.vm.JavaFunction;
import org.jlua.vm.LuaError;
import org.jlua.vm.LuaFunction;
import org.jlua.vm.LuaState;
import org.jlua.vm.LuaString;
import org.jlua.vm.LuaTable;
import org.jlua.vm.LuaThread;
import org.jlua.vm.ToString;
import org.jlua.vm.Traceback;
import org.jlua.vm.Userdata;
import org.jlua.vm.Values;

/** The debug library (manual section 6.10), over {@link Debug}. Hooks are accepted and remembered but not yet called. */
public final class DebugLib {
    private DebugLib() {}

    public static void open(LuaState state) {
        LuaTable d = new LuaTable();
        reg(d, "traceback", TRACEBACK);
        reg(d, "getinfo", GETINFO);
        reg(d, "getlocal", GETLOCAL);
        reg(d, "setlocal", SETLOCAL);
        reg(d, "getupvalue", GETUPVALUE);
        reg(d, "setupvalue", SETUPVALUE);
        reg(d, "upvalueid", UPVALUEID);
        reg(d, "upvaluejoin", UPVALUEJOIN);
        reg(d, "getmetatable", GETMETATABLE);
        reg(d, "setmetatable", SETMETATABLE);
        reg(d, "getregistry", GETREGISTRY);
        reg(d, "getuservalue", GETUSERVALUE);
        reg(d, "setuservalue", SETUSERVALUE);
        reg(d, "sethook", SETHOOK);
        reg(d, "gethook", GETHOOK);
        reg(d, "debug", DEBUG);
        Stdlib.publish(state, "debug", d);
    }

    /** The debug functions' indexes, in the order open registers them. */
    private static final int TRACEBACK = 0, GETINFO = 1, GETLOCAL = 2, SETLOCAL = 3, GETUPVALUE = 4, SETUPVALUE = 5,
            UPVALUEID = 6, UPVALUEJOIN = 7, GETMETATABLE = 8, SETMETATABLE = 9, GETREGISTRY = 10, GETUSERVALUE = 11,
            SETUSERVALUE = 12, SETHOOK = 13, GETHOOK = 14, DEBUG = 15;

    /**
     * The debug functions, one class dispatching on an index instead of a lambda per function:
     * each lambda costs start-up time to link.
     */
    private static final class DebugFunction extends JavaFunction {
        private final int id;

        DebugFunction(String name, int id) {
            super(name);
            this.id = id;
        }

        @Override
        public int call(LuaThread L) {
            return switch (id) {
                case TRACEBACK -> traceback(L);
                case GETINFO -> getinfo(L);
                case GETLOCAL -> getlocal(L);
                case SETLOCAL -> setlocal(L);
                case GETUPVALUE -> upvalue(L, true);
                case SETUPVALUE -> upvalue(L, false);
                case UPVALUEID -> upvalueid(L);
                case UPVALUEJOIN -> upvaluejoin(L);
                case GETMETATABLE -> getmetatable(L);
                case SETMETATABLE -> setmetatable(L);
                case GETREGISTRY -> L.push(L.state.registry);
                // no user values: nil (fail) for any argument, as C Lua gives for n > nuvalue
                case GETUSERVALUE -> L.pushNil();
                case SETUSERVALUE -> setuservalue(L);
                case SETHOOK -> sethook(L);
                case GETHOOK -> gethook(L);
                case DEBUG -> debug(L);
                default -> throw new AssertionError("no debug function " + id);
            };
        }
    }

    private static final LuaString CONT = LuaString.valueOf("cont\n");

    /**
     * debug.debug: prompts on standard error and runs each line of standard input as a
     * chunk, until a line "cont" or the end of the input. An error in a line is printed, and
     * the prompt comes back.
     */
    private static int debug(LuaThread L) {
        PrintStream err = L.state.stderr;
        for (;;) {
            L.state.stdout.flush();
            err.print("lua_debug> ");
            err.flush();
            LuaString line;
            try {
                line = IoLib.readStandardInputLine(L.state);
            } catch (IOException e) {
                line = null; // as fgets failing: the end of the debugger
            }
            if (line == null || line.equals(CONT)) return 0;
            int base = L.top;
            Object error = null;
            try {
                L.push(L.state.load(line.bytes(), "=(debug command)"));
                if (L.protectedCall(base, 0, null) >= 0 && L.stack[base] == Boolean.FALSE) {
                    error = Values.box(L.stack[base + 1], L.nstack[base + 1]);
                }
            } catch (LuaError e) { // a syntax error
                error = e.value();
            }
            if (error != null) {
                byte[] message = ToString.of(L, Values.tag(error), Values.bits(error)).bytes();
                err.write(message, 0, message.length);
                err.print('\n');
                err.flush();
            }
            L.top = base;
        }
    }

    private static int upvalueid(LuaThread L) {
        LuaFunction f = checkFunction(L, 1);
        long n = L.checkInteger(2);
        if (n < 1 || n > Debug.upvalueCount(f)) return L.pushNil();
        return L.push(Debug.upvalue(f, (int) n));
    }

    private static int upvaluejoin(LuaThread L) {
        LuaFunction f1 = checkFunction(L, 1);
        long n1 = L.checkInteger(2);
        LuaFunction f2 = checkFunction(L, 3);
        long n2 = L.checkInteger(4);
        if (n1 < 1 || n1 > Debug.upvalueCount(f1)) throw L.argError(2, "invalid upvalue index");
        if (n2 < 1 || n2 > Debug.upvalueCount(f2)) throw L.argError(4, "invalid upvalue index");
        if (f1 instanceof JavaFunction) throw L.argError(1, "Lua function expected");
        if (f2 instanceof JavaFunction) throw L.argError(3, "Lua function expected");
        Debug.joinUpvalue(f1, (int) n1, f2, (int) n2);
        return 0;
    }

    private static int getmetatable(LuaThread L) {
        L.checkAny(1);
        LuaTable mt = L.state.metatableOf(L.tag(1));
        return mt == null ? L.pushNil() : L.push(mt);
    }

    private static int setuservalue(LuaThread L) {
        // jlua's userdata have no user values: setting one fails, as in C Lua for n > nuvalue
        if (!(L.tag(1) instanceof Userdata)) throw L.typeArgError(1, "userdata");
        L.checkAny(2);
        return L.pushNil();
    }

    private static int sethook(LuaThread L) {
        LuaThread co = threadArg(L);
        int a = co == L ? 1 : 2;
        if (L.isNoneOrNil(a)) {
            co.setHook(null, "", 0);
            hookTable(L.state).rawSet(co.coroutine(), null);
            return 0;
        }
        if (!(L.tag(a) instanceof LuaFunction)) throw L.typeArgError(a, "function");
        String mask = L.checkString(a + 1).toString();
        co.setHook(L.arg(a), mask, L.optInteger(a + 2, 0));
        hookTable(L.state).rawSet(co.coroutine(), L.arg(a));
        return 0;
    }

    private static int gethook(LuaThread L) {
        LuaThread co = threadArg(L);
        if (co.hookFunction() == null) return L.pushNil();
        L.push(co.hookFunction());
        L.pushString(co.hookMask());
        return 2 + L.pushInteger(co.hookCount());
    }

    /**
     * registry._HOOKKEY, where C Lua keeps each thread's hook (weak keys, so a hook does not
     * keep its thread alive); jlua's threads hold their hooks, and this table mirrors them.
     */
    private static LuaTable hookTable(LuaState state) {
        LuaString key = LuaString.valueOf("_HOOKKEY");
        if (state.registry.rawGet(key) instanceof LuaTable t) return t;
        LuaTable t = new LuaTable();
        t.rawSet("__mode", LuaString.valueOf("k"));
        t.setMetatable(t); // its own metatable, as in C Lua
        state.registry.rawSet(key, t);
        return t;
    }

    private static void reg(LuaTable t, String name, int id) {
        t.rawSet(name, new DebugFunction("debug." + name, id));
    }

    private static LuaFunction checkFunction(LuaThread L, int i) {
        if (L.tag(i) instanceof LuaFunction f) return f;
        throw L.typeArgError(i, "function");
    }

    /** An optional thread first argument: returns the thread and the index of the next argument. */
    private static LuaThread threadArg(LuaThread L) {
        return L.tag(1) instanceof Coroutine c ? c.thread : L;
    }

    private static int traceback(LuaThread L) {
        LuaThread co = threadArg(L);
        int a = co == L ? 1 : 2;
        Object msg = L.tag(a);
        if (msg != null && !(msg instanceof LuaString) && !Values.isNumber(msg)) return L.pushArg(a);
        String text = msg == null ? null : Values.toLuaString(msg, L.bits(a)).toString();
        long level = L.optInteger(a + 1, co == L ? 1 : 0);
        return L.pushString(Traceback.of(co, text, (int) Math.max(level, 0)));
    }

    private static int getinfo(LuaThread L) {
        LuaThread co = threadArg(L);
        int a = co == L ? 1 : 2;
        String what = L.optString(a + 1, LuaString.valueOf("flnSrtu")).toString();
        if (what.startsWith(">")) throw L.argError(a + 1, "invalid option '>'");
        LuaTable info;
        if (L.tag(a) instanceof LuaFunction f) {
            info = Debug.info(co, -1, f, what);
        } else {
            int level = (int) Math.max(Integer.MIN_VALUE, Math.min(L.checkInteger(a), Integer.MAX_VALUE));
            int frame = Debug.frameAt(co, level);
            if (frame < 0 && Debug.isHostLevel(co, level)) {
                info = Debug.info(co, -1, null, what); // a C function, as the traceback's "[C]: in ?"
            } else if (frame < 0) {
                return L.pushNil();
            } else {
                info = Debug.info(co, frame, null, what);
            }
        }
        if (info == null) throw L.argError(a + 1, "invalid option");
        return L.push(info);
    }

    private static int getlocal(LuaThread L) {
        LuaThread co = threadArg(L);
        int a = co == L ? 1 : 2;
        long n = L.checkInteger(a + 1);
        if (L.tag(a) instanceof LuaFunction f) {
            String name = Debug.parameterName(f, n);
            return name == null ? L.pushNil() : L.pushString(name);
        }
        long level = L.checkInteger(a);
        int frame = Debug.frameAt(co, (int) level);
        if (frame < 0 && Debug.isHostLevel(co, (int) level)) return L.pushNil(); // a C function: none of ours
        if (level < 0 || frame < 0) throw L.argError(a, "level out of range");
        int pushed = Debug.getLocal(L, co, frame, n);
        return pushed == 0 ? L.pushNil() : pushed;
    }

    private static int setlocal(LuaThread L) {
        LuaThread co = threadArg(L);
        int a = co == L ? 1 : 2;
        long level = L.checkInteger(a);
        long n = L.checkInteger(a + 1);
        L.checkAny(a + 2);
        int frame = Debug.frameAt(co, (int) level);
        if (frame < 0 && Debug.isHostLevel(co, (int) level)) return L.pushNil();
        if (level < 0 || frame < 0) throw L.argError(a, "level out of range");
        String name = Debug.setLocal(co, frame, n, L.tag(a + 2), L.bits(a + 2));
        return name == null ? L.pushNil() : L.pushString(name);
    }

    private static int upvalue(LuaThread L, boolean get) {
        LuaFunction f = checkFunction(L, 1);
        long n = L.checkInteger(2);
        if (!get) L.checkAny(3);
        String name = n >= 1 && n <= Debug.upvalueCount(f) ? Debug.upvalueName(f, (int) n) : null;
        if (name == null) return 0;
        Cell c = Debug.upvalue(f, (int) n);
        if (get) {
            L.pushString(name);
            return 1 + L.pushValue(c.o, c.n);
        }
        c.o = L.tag(3);
        c.n = L.bits(3);
        return L.pushString(name);
    }

    private static int setmetatable(LuaThread L) {
        Object t = L.tag(2);
        if (t != null && !(t instanceof LuaTable)) throw L.typeArgError(2, "nil or table");
        LuaTable mt = (LuaTable) t;
        Object v = L.tag(1);
        LuaState S = L.state;
        if (v instanceof LuaTable tab) tab.setMetatable(mt, S.weakTables);
        else if (v instanceof Userdata u) u.metatable = mt;
        else if (v instanceof LuaString) S.stringMetatable = mt;
        else if (Values.isNumber(v)) S.numberMetatable = mt;
        else if (v == null) S.nilMetatable = mt;
        else if (v instanceof Boolean) S.booleanMetatable = mt;
        else if (v instanceof LuaFunction) S.functionMetatable = mt;
        else if (v instanceof Coroutine) S.threadMetatable = mt;
        S.finalizers.check(v, mt);
        return L.pushArg(1);
    }
}
