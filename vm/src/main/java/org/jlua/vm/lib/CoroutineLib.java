package org.jlua.vm.lib;

import org.jlua.vm.Coroutine;
import org.jlua.vm.JavaFunction;
import org.jlua.vm.LuaError;
import org.jlua.vm.LuaFunction;
import org.jlua.vm.LuaState;
import org.jlua.vm.LuaString;
import org.jlua.vm.LuaTable;
import org.jlua.vm.LuaThread;
import org.jlua.vm.Values;

/** The coroutine library (manual section 6.2), on {@link Coroutine}: no Java threads. */
public final class CoroutineLib {
    private CoroutineLib() {}

    public static void open(LuaState state) {
        LuaTable co = new LuaTable();
        reg(co, "create", CREATE);
        reg(co, "resume", RESUME);
        reg(co, "yield", YIELD);
        reg(co, "status", STATUS);
        reg(co, "running", RUNNING);
        reg(co, "isyieldable", ISYIELDABLE);
        reg(co, "wrap", WRAP);
        reg(co, "close", CLOSE);
        Stdlib.publish(state, "coroutine", co);
    }

    private static void reg(LuaTable t, String name, int id) {
        t.rawSet(name, new CoroutineFunction("coroutine." + name, id));
    }

    /** The coroutine functions' indexes, in the order open registers them. */
    private static final int CREATE = 0, RESUME = 1, YIELD = 2, STATUS = 3, RUNNING = 4, ISYIELDABLE = 5, WRAP = 6,
            CLOSE = 7;

    /**
     * The coroutine functions, one class dispatching on an index instead of a lambda per
     * function: each lambda costs start-up time to link.
     */
    private static final class CoroutineFunction extends JavaFunction {
        private final int id;

        CoroutineFunction(String name, int id) {
            super(name);
            this.id = id;
        }

        @Override
        public int call(LuaThread L) {
            return switch (id) {
                case CREATE -> create(L);
                case RESUME -> resume(L);
                case YIELD -> org.jlua.vm.Lib.yield(L);
                case STATUS -> L.pushString(statusOf(L, check(L, 1)));
                case RUNNING -> running(L);
                case ISYIELDABLE -> isyieldable(L);
                case WRAP -> wrap(L);
                case CLOSE -> close(L);
                default -> throw new AssertionError("no coroutine function " + id);
            };
        }
    }

    private static int create(LuaThread L) {
        if (!(L.tag(1) instanceof LuaFunction)) throw L.typeArgError(1, "function");
        return L.push(new Coroutine(L.state, L.arg(1)));
    }

    private static int resume(LuaThread L) {
        Coroutine c = check(L, 1);
        int n = resume(L, c, L.argIndex(2), L.nargs() - 1, true);
        if (n >= 0) return n;
        Object err = popError(L);
        L.pushBoolean(false);
        return 1 + L.push(err);
    }

    private static int running(LuaThread L) {
        L.push(L.coroutine());
        return 1 + L.pushBoolean(L.coroutine().isMain());
    }

    private static int isyieldable(LuaThread L) {
        Coroutine c = L.isNone(1) ? L.coroutine() : check(L, 1);
        return L.pushBoolean(org.jlua.vm.Lib.isYieldable(L, c));
    }

    private static int wrap(LuaThread L) {
        if (!(L.tag(1) instanceof LuaFunction)) throw L.typeArgError(1, "function");
        return L.push(new Wrapped(new Coroutine(L.state, L.arg(1))));
    }

    /** The function coroutine.wrap returns: each call resumes its coroutine, and an error is raised again with a position. */
    private static final class Wrapped extends JavaFunction {
        private final Coroutine c;

        Wrapped(Coroutine c) {
            super("wrap");
            this.c = c;
        }

        @Override
        public int call(LuaThread L) {
            int n = resume(L, c, L.argIndex(1), L.nargs(), false);
            if (n >= 0) return n;
            Object err = popError(L);
            if (c.error() != null) {
                LuaError closed = c.close(L);
                if (closed != null) err = closed.value();
            }
            if (err instanceof LuaString s) err = LuaString.valueOf(L.where(1) + s);
            throw new LuaError(err);
        }
    }

    private static int close(LuaThread L) {
        Coroutine c = check(L, 1);
        String st = statusOf(L, c);
        if (!st.equals("suspended") && !st.equals("dead")) throw L.error("cannot close a " + st + " coroutine");
        LuaError err = c.close(L);
        if (err == null) return L.pushBoolean(true);
        L.pushBoolean(false);
        return 1 + L.push(err.value());
    }

    private static Coroutine check(LuaThread L, int i) {
        if (L.tag(i) instanceof Coroutine c) return c;
        throw L.typeArgError(i, "thread");
    }

    private static String statusOf(LuaThread L, Coroutine c) {
        if (c == L.coroutine()) return "running";
        return c.status().luaName;
    }

    /** Pops the error value that a failed {@link #resume} left on top. */
    private static Object popError(LuaThread L) {
        L.top--;
        return Values.box(L.stack[L.top], L.nstack[L.top]);
    }

    /**
     * Resumes and pushes (true, when {@code withStatus}, and) the values, returning their count; or returns -1 after
     * pushing the error value when the resume failed or was refused.
     */
    private static int resume(LuaThread L, Coroutine c, int from, int nargs, boolean withStatus) {
        String refusal = null;
        if (c.status() == Coroutine.Status.DEAD) refusal = "cannot resume dead coroutine";
        else if (c.status() != Coroutine.Status.SUSPENDED || c == L.coroutine()) refusal = "cannot resume non-suspended coroutine";
        if (refusal != null) {
            L.pushString(refusal);
            return -1;
        }
        boolean ok = c.resume(L, from, nargs);
        if (!ok) {
            L.push(c.error().value());
            return -1;
        }
        LuaThread T = c.thread;
        int start = c.resultStart();
        int n = T.top - start;
        if (!L.checkStack(n + 1)) {
            T.top = start; // the results are dropped, as C Lua's auxresume pops them
            L.pushString("too many results to resume");
            return -1;
        }
        if (withStatus) L.pushBoolean(true);
        System.arraycopy(T.stack, start, L.stack, L.top, n);
        System.arraycopy(T.nstack, start, L.nstack, L.top, n);
        L.top += n;
        if (c.status() == Coroutine.Status.DEAD) T.top = 0;
        return withStatus ? n + 1 : n;
    }
}
