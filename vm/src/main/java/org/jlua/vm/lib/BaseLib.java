package org.jlua.vm.lib;

import java.io.ByteArrayOutputStream;
import org.jlua.vm.Event;
import org.jlua.vm.JavaFunction;
import org.jlua.vm.LuaClosure;
import org.jlua.vm.LuaError;
import org.jlua.vm.LuaFunction;
import org.jlua.vm.LuaState;
import org.jlua.vm.LuaString;
import org.jlua.vm.LuaTable;
import org.jlua.vm.LuaThread;
import org.jlua.vm.Metamethods;
import org.jlua.vm.Num;
import org.jlua.vm.Numerals;
import org.jlua.vm.ProtoDump;
import org.jlua.vm.ToString;
import org.jlua.vm.Values;

/** The basic functions (manual section 6.1). */
public final class BaseLib {
    private BaseLib() {}

    public static void open(LuaState state) {
        LuaTable g = state.globals;
        g.rawSet("_G", g);
        g.rawSet("_VERSION", LuaString.valueOf("Lua 5.4"));
        JavaFunction next = new BaseFunction("next", NEXT, null);
        JavaFunction ipairsStep = new BaseFunction("ipairs_step", IPAIRS_STEP, null);
        register(g, "print", PRINT);
        register(g, "type", TYPE);
        register(g, "tostring", TOSTRING);
        register(g, "tonumber", TONUMBER);
        g.rawSet("next", next);
        g.rawSet("pairs", new BaseFunction("pairs", PAIRS, next));
        g.rawSet("ipairs", new BaseFunction("ipairs", IPAIRS, ipairsStep));
        register(g, "select", SELECT);
        register(g, "rawget", RAWGET);
        register(g, "rawset", RAWSET);
        register(g, "rawequal", RAWEQUAL);
        register(g, "rawlen", RAWLEN);
        register(g, "setmetatable", SETMETATABLE);
        register(g, "getmetatable", GETMETATABLE);
        register(g, "assert", ASSERT);
        register(g, "error", ERROR);
        g.rawSet("pcall", new org.jlua.vm.ProtectedCall("pcall", false));
        g.rawSet("xpcall", new org.jlua.vm.ProtectedCall("xpcall", true));
        register(g, "warn", WARN);
        register(g, "load", LOAD);
        register(g, "collectgarbage", COLLECTGARBAGE);
    }

    private static void register(LuaTable t, String name, int id) {
        t.rawSet(name, new BaseFunction(name, id, null));
    }

    /** The basic functions' indexes, in the order open registers them. */
    private static final int NEXT = 0, IPAIRS_STEP = 1, PRINT = 2, TYPE = 3, TOSTRING = 4, TONUMBER = 5, PAIRS = 6,
            IPAIRS = 7, SELECT = 8, RAWGET = 9, RAWSET = 10, RAWEQUAL = 11, RAWLEN = 12, SETMETATABLE = 13,
            GETMETATABLE = 14, ASSERT = 15, ERROR = 16, WARN = 17, LOAD = 18, COLLECTGARBAGE = 19;

    /**
     * The basic functions, one class dispatching on an index instead of a lambda per function:
     * each lambda costs start-up time to link. pairs and ipairs hold the iterator they return,
     * always the same function, as C Lua's.
     */
    private static final class BaseFunction extends JavaFunction {
        private final int id;
        private final JavaFunction iterator;

        BaseFunction(String name, int id, JavaFunction iterator) {
            super(name);
            this.id = id;
            this.iterator = iterator;
        }

        @Override
        public int call(LuaThread L) {
            return switch (id) {
                case NEXT -> next(L);
                case IPAIRS_STEP -> ipairsStep(L);
                case PRINT -> print(L);
                case TYPE -> type(L);
                case TOSTRING -> tostring(L);
                case TONUMBER -> tonumber(L);
                case PAIRS -> pairs(L, iterator);
                case IPAIRS -> ipairs(L, iterator);
                case SELECT -> select(L);
                case RAWGET -> rawget(L);
                case RAWSET -> rawset(L);
                case RAWEQUAL -> rawequal(L);
                case RAWLEN -> rawlen(L);
                case SETMETATABLE -> setmetatable(L);
                case GETMETATABLE -> getmetatable(L);
                case ASSERT -> assertion(L);
                case ERROR -> error(L);
                case WARN -> warn(L);
                case LOAD -> load(L);
                case COLLECTGARBAGE -> collectgarbage(L);
                default -> throw new AssertionError("no basic function " + id);
            };
        }
    }

    private static int tostring(LuaThread L) {
        L.checkAny(1);
        return L.pushString(ToString.of(L, L.tag(1), L.bits(1)));
    }

    private static int pairs(LuaThread L, JavaFunction next) {
        L.checkAny(1);
        Object tm = Metamethods.of(L.state, L.tag(1), Event.PAIRS);
        if (tm == null) {
            L.push(next);
            L.pushArg(1);
            return 1 + 1 + L.pushNil();
        }
        int func = L.top;
        L.push(tm);
        L.pushArg(1);
        return L.callReturning(func, 1, 3);
    }

    private static int ipairs(LuaThread L, JavaFunction ipairsStep) {
        L.checkAny(1);
        L.push(ipairsStep);
        L.pushArg(1);
        return 2 + L.pushInteger(0);
    }

    private static int rawget(LuaThread L) {
        LuaTable t = L.checkTable(1);
        L.checkAny(2);
        return L.push(t.rawGet(L.arg(2)));
    }

    private static int rawset(LuaThread L) {
        LuaTable t = L.checkTable(1);
        L.checkAny(2);
        L.checkAny(3);
        // an error here has no position: it is raised inside a Java function, as in C Lua
        t.set(L.tag(2), L.bits(2), L.tag(3), L.bits(3));
        return L.pushArg(1);
    }

    private static int rawequal(LuaThread L) {
        L.checkAny(1);
        L.checkAny(2);
        return L.pushBoolean(Values.rawEquals(L.tag(1), L.bits(1), L.tag(2), L.bits(2)));
    }

    private static int rawlen(LuaThread L) {
        Object t = L.tag(1);
        if (t instanceof LuaTable tab) return L.pushInteger(tab.length());
        if (t instanceof LuaString s) return L.pushInteger(s.length());
        throw L.typeArgError(1, "table or string");
    }

    private static int getmetatable(LuaThread L) {
        L.checkAny(1);
        LuaTable mt = L.state.metatableOf(L.tag(1));
        if (mt == null) return L.pushNil();
        Object protectedValue = mt.rawGetStr(Event.METATABLE.key);
        return protectedValue != null ? L.push(protectedValue) : L.push(mt);
    }

    /**
     * assert (a Java keyword, hence the name). The message, "assertion failed!" or the one
     * given, is raised as error raises it at level 1: a string gets the caller's position.
     */
    private static int assertion(LuaThread L) {
        L.checkAny(1);
        if (!Values.isFalse(L.tag(1))) return L.nargs();
        if (L.nargs() < 2) throw L.error("assertion failed!");
        Object message = L.arg(2);
        if (message instanceof LuaString s) message = LuaString.valueOf(L.where(1) + s);
        throw new LuaError(message);
    }

    private static int error(LuaThread L) {
        Object value = L.arg(1);
        long level = L.optInteger(2, 1);
        if (value instanceof LuaString s && level > 0) {
            value = LuaString.valueOf(L.where((int) Math.min(level, Integer.MAX_VALUE)) + s);
        }
        throw new LuaError(value);
    }

    private static int print(LuaThread L) {
        int n = L.nargs();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int i = 1; i <= n; i++) {
            LuaString s = ToString.of(L, L.tag(i), L.bits(i));
            if (i > 1) line.write('\t');
            line.write(s.bytes(), 0, s.length());
        }
        line.write('\n');
        L.state.stdout.write(line.toByteArray(), 0, line.size());
        L.state.stdout.flush(); // as C Lua's print (lua_writeline): a reader on a pipe sees each line at once
        return 0;
    }

    /** warn(msg1, ...): to stderr as "Lua warning: ..." while on; "@on"/"@off" switch (off at start, as lua.c). */
    private static int warn(LuaThread L) {
        int n = L.nargs();
        L.checkString(1);
        for (int i = 2; i <= n; i++) L.checkString(i);
        LuaString first = L.checkString(1);
        if (n == 1 && first.length() > 0 && first.byteAt(0) == '@') {
            String control = first.toString();
            if (control.equals("@on")) L.state.warningsOn = true;
            else if (control.equals("@off")) L.state.warningsOn = false;
            return 0;
        }
        if (!L.state.warningsOn) return 0;
        ByteArrayOutputStream msg = new ByteArrayOutputStream();
        byte[] prefix = "Lua warning: ".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        msg.write(prefix, 0, prefix.length);
        for (int i = 1; i <= n; i++) {
            LuaString part = L.checkString(i);
            msg.write(part.bytes(), 0, part.length());
        }
        msg.write('\n');
        L.state.stdout.flush();
        L.state.stderr.write(msg.toByteArray(), 0, msg.size());
        L.state.stderr.flush();
        return 0;
    }

    private static int type(LuaThread L) {
        L.checkAny(1);
        return L.push(Values.typeNameString(L.tag(1)));
    }

    private static int tonumber(LuaThread L) {
        if (L.isNoneOrNil(2)) {
            Object t = L.tag(1);
            if (Values.isNumber(t)) return L.pushArg(1);
            if (t instanceof LuaString s) {
                Object v = Numerals.parse(s);
                return v == null ? L.pushNil() : L.push(v);
            }
            L.checkAny(1);
            return L.pushNil();
        }
        long base = L.checkInteger(2);
        if (!(L.tag(1) instanceof LuaString)) throw L.typeArgError(1, "string");
        LuaString s = (LuaString) L.tag(1);
        if (base < 2 || base > 36) throw L.argError(2, "base out of range");
        Long v = Numerals.parseInteger(s.bytes(), 0, s.length(), (int) base);
        return v == null ? L.pushNil() : L.pushInteger(v);
    }

    private static int next(LuaThread L) {
        LuaTable t = L.checkTable(1);
        // a key not in the table raises "invalid key to 'next'" without a position, as
        // C Lua's does (raised inside next, a C function there)
        int pos = t.nextPosition(t.positionAfter(L.tag(2), L.isNone(2) ? 0 : L.bits(2)));
        if (pos < 0) return L.pushNil();
        L.pushValue(t.keyTagAt(pos), t.keyBitsAt(pos));
        L.pushValue(t.valueTagAt(pos), t.valueBitsAt(pos));
        return 2;
    }

    private static int ipairsStep(LuaThread L) {
        long i = L.checkInteger(2) + 1;
        L.pushInteger(i);
        int slot = L.top;
        L.pushNil();
        org.jlua.vm.Lib.index(L, L.tag(1), L.bits(1), Num.INT, i, slot);
        return L.stack[slot] == null ? 1 : 2;
    }

    private static int select(LuaThread L) {
        int n = L.nargs() - 1;
        if (L.tag(1) instanceof LuaString s && s.length() == 1 && s.byteAt(0) == '#') return L.pushInteger(n);
        long i = L.checkInteger(1);
        if (i < 0) i = n + i;
        else if (i == 0) throw L.argError(1, "index out of range");
        else i--;
        if (i < 0) throw L.argError(1, "index out of range");
        if (i >= n) return 0;
        return (int) (n - i);
    }

    private static int setmetatable(LuaThread L) {
        LuaTable t = L.checkTable(1);
        Object mt = L.tag(2);
        if (mt != null && !(mt instanceof LuaTable)) throw L.typeArgError(2, "nil or table");
        if (L.isNone(2)) throw L.typeArgError(2, "nil or table");
        if (t.metatable != null && t.metatable.rawGetStr(Event.METATABLE.key) != null) {
            throw L.error("cannot change a protected metatable");
        }
        t.setMetatable((LuaTable) mt, L.state.weakTables);
        L.state.finalizers.check(t, (LuaTable) mt);
        return L.pushArg(1);
    }

    private static int load(LuaThread L) {
        Object chunk = L.tag(1);
        byte[] source;
        String chunkName;
        if (chunk instanceof LuaString s) {
            source = s.bytes();
            chunkName = L.isNoneOrNil(2) ? s.toString() : L.checkString(2).toString();
        } else if (chunk instanceof LuaFunction) {
            chunkName = L.isNoneOrNil(2) ? "=(load)" : L.checkString(2).toString();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (true) {
                // an error in the reader is load's failure, as lua_load runs it protected
                int func = L.top;
                L.pushArg(1);
                int n = L.protectedCall(func, 0, null);
                Object status = L.stack[func];
                Object first = n > 1 ? Values.box(L.stack[func + 1], L.nstack[func + 1]) : null;
                L.top = func;
                if (status == Boolean.FALSE) {
                    L.pushNil();
                    return 1 + L.push(first);
                }
                if (first == null) break;
                // numbers are strings to the reader protocol, as lua_isstring says
                LuaString p = Values.isNumber(Values.tag(first)) ? Values.toLuaString(Values.tag(first), Values.bits(first))
                        : first instanceof LuaString ls ? ls : null;
                if (p == null) {
                    L.pushNil();
                    return 1 + L.push(L.error("reader function must return a string").value());
                }
                if (p.length() == 0) break;
                out.write(p.bytes(), 0, p.length());
            }
            source = out.toByteArray();
        } else {
            throw L.typeArgError(1, "function");
        }
        String mode = L.isNoneOrNil(3) ? "bt" : L.checkString(3).toString();
        boolean binary = ProtoDump.isBinary(source);
        if (mode.indexOf(binary ? 'b' : 't') < 0) {
            L.pushNil();
            return 1 + L.pushString("attempt to load a " + (binary ? "binary" : "text") + " chunk (mode is '" + mode + "')");
        }
        try {
            org.jlua.vm.Proto p = binary ? ProtoDump.undump(source, chunkName) : L.state.loader.compile(source, chunkName);
            LuaClosure f = L.isNone(4) ? L.state.closeMain(p, L.state.globals, 0)
                    : L.state.closeMain(p, L.tag(4), L.bits(4));
            return L.push(f);
        } catch (LuaError e) {
            L.pushNil();
            return 1 + L.push(e.value());
        } catch (StackOverflowError e) {
            L.pushNil();
            return 1 + L.pushString("stack overflow");
        }
    }

    /**
     * A full collection: the JVM's, after dropping what this thread's stack holds above its
     * live part (dead slots C Lua would not scan), so that weak tables see what is really garbage.
     */
    private static void fullCollection(LuaThread L) {
        L.collectStack();
        L.state.finalizers.fullCollection(L);
        L.state.memory.collected();
    }

    /** A collector parameter as C Lua keeps it: a quarter of the value, in one byte. */
    private static long gcParam(long value) {
        return ((int) value / 4 & 0xFF) * 4L;
    }

    /** The options by their Lua names: looking one up allocates nothing, so asking for the count does not change it. */
    private static final java.util.Map<LuaString, String> GC_OPTIONS = gcOptions("collect", "count", "step", "isrunning",
            "incremental", "generational", "stop", "restart", "setpause", "setstepmul");

    private static java.util.Map<LuaString, String> gcOptions(String... names) {
        java.util.Map<LuaString, String> options = new java.util.HashMap<>();
        for (String name : names) options.put(LuaString.valueOf(name), name);
        return java.util.Map.copyOf(options);
    }

    private static final LuaString COLLECT = LuaString.valueOf("collect");

    private static int collectgarbage(LuaThread L) {
        LuaString name = L.optString(1, COLLECT);
        String opt = GC_OPTIONS.get(name);
        if (opt == null) throw L.argError(1, "invalid option '" + name + "'");
        // inside a __gc metamethod the collector is busy: every option answers fail, as in C Lua
        if (L.state.finalizers.running()) return L.pushNil();
        switch (opt) {
            case "collect":
                fullCollection(L);
                return L.pushInteger(0);
            case "count":
                return L.pushNumber(L.state.memory.bytes() / 1024.0);
            case "step":
                L.optInteger(2, 0);
                fullCollection(L);
                // true: the step finished a cycle, as every step here does in incremental
                // mode; C Lua's generational steps never report one
                return L.pushBoolean(!L.state.gcMode.equals("generational"));
            case "isrunning":
                return L.pushBoolean(!L.state.gcStopped);
            case "incremental": {
                long pause = L.optInteger(2, 0), stepmul = L.optInteger(3, 0);
                L.optInteger(4, 0);
                if (pause != 0) L.state.gcPause = gcParam(pause);
                if (stepmul != 0) L.state.gcStepMul = gcParam(stepmul);
                String previous = L.state.gcMode;
                L.state.gcMode = opt;
                return L.pushString(previous);
            }
            case "generational": {
                L.optInteger(2, 0);
                L.optInteger(3, 0);
                String previous = L.state.gcMode;
                L.state.gcMode = opt;
                return L.pushString(previous);
            }
            case "stop":
            case "restart":
                L.state.gcStopped = opt.equals("stop");
                return L.pushInteger(0);
            case "setpause": {
                long previous = L.state.gcPause;
                L.state.gcPause = gcParam(L.optInteger(2, 0));
                return L.pushInteger(previous);
            }
            case "setstepmul": {
                long previous = L.state.gcStepMul;
                L.state.gcStepMul = gcParam(L.optInteger(2, 0));
                return L.pushInteger(previous);
            }
            default: // GC_OPTIONS, checked above, names every case
                throw new AssertionError(opt);
        }
    }
}
