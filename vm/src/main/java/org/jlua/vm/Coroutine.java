package org.jlua.vm;

/**
 * A coroutine (Lua type "thread"): a {@link LuaThread} of its own, with its own value stack
 * and frames. resume runs the dispatch loop on that thread; yield unwinds the Java stack
 * back to resume while the coroutine's frames stay put, so the next resume just goes on
 * with them. No Java thread is involved.
 */
public final class Coroutine {
    public enum Status {
        SUSPENDED("suspended"), RUNNING("running"), NORMAL("normal"), DEAD("dead");

        public final String luaName;

        Status(String luaName) {
            this.luaName = luaName;
        }
    }

    public final LuaThread thread;
    private final Object body;
    Status status = Status.SUSPENDED;
    private boolean started;
    /** The error that killed the coroutine, kept for coroutine.close. */
    private LuaError error;
    /** The resumer's Java-level call depth; a yield is possible only right above it. */
    int resumeLevel;
    /** The values this coroutine keeps as a key of weak-keyed tables, or null. */
    Ephemerons ephemerons;

    /** A coroutine that will run {@code body} (boxed function value). */
    public Coroutine(LuaState state, Object body) {
        this.thread = new LuaThread(state);
        this.thread.coroutine = this;
        this.body = body;
    }

    /** The coroutine object standing for a state's main thread. */
    Coroutine(LuaThread main) {
        this.thread = main;
        this.body = null;
        this.status = Status.RUNNING;
        this.started = true;
    }

    public Status status() {
        return status;
    }

    public boolean isMain() {
        return body == null;
    }

    /**
     * Resumes with the {@code nargs} values at {@code from} on the resumer's stack. On return,
     * the coroutine's stack holds the values it yielded or returned from {@link #resultStart()}
     * to its top; false means it died with an error ({@link #error()}).
     */
    public boolean resume(LuaThread resumer, int from, int nargs) {
        LuaThread T = thread;
        resumeLevel = resumer.javaCalls;
        if (resumeLevel >= LuaThread.MAX_JAVA_CALLS) throw resumer.runtimeError("C stack overflow");
        Coroutine previous = resumer.coroutine;
        if (previous != null) previous.status = Status.NORMAL;
        status = Status.RUNNING;
        try {
            if (!started) {
                started = true;
                T.ensureStack(nargs + 1 + LuaThread.MIN_STACK);
                T.stack[0] = Values.tag(body);
                T.nstack[0] = Values.bits(body);
                copyArgs(resumer, from, nargs, 1);
                T.top = 1 + nargs;
                T.javaCalls = resumeLevel;
                T.call(0, nargs, -1);
            } else {
                // the values become the results of the pending yield call
                Frame yf = T.frames[T.depth];
                int at = T.top;
                T.ensureStack(at + nargs + LuaThread.MIN_STACK);
                copyArgs(resumer, from, nargs, at);
                T.top = at + nargs;
                if (T.hookBits != 0) Hooks.onReturn(T, nargs); // the yield call returns now
                T.depth--;
                T.moveResults(at, yf.func, nargs, yf.nresults);
                if (T.depth > 0) { // else the body itself was the yield, and it has now returned
                    T.javaCalls = resumeLevel + 1;
                    try {
                        T.continueAfterYield();
                    } finally {
                        T.javaCalls = resumeLevel;
                    }
                }
            }
            if (T.yielding) {
                T.yielding = false;
                status = Status.SUSPENDED;
                return true;
            }
            status = Status.DEAD;
            return true;
        } catch (LuaError e) {
            if (e instanceof LuaMemoryError) java.util.Arrays.fill(thread.stack, null); // see below
            status = Status.DEAD;
            error = e;
            return false;
        } catch (StackOverflowError e) {
            status = Status.DEAD;
            error = new LuaError("stack overflow");
            return false;
        } catch (OutOfMemoryError e) {
            // the coroutine is dead: its stack's values go, for the memory the error needs
            java.util.Arrays.fill(thread.stack, null);
            status = Status.DEAD;
            error = new LuaMemoryError();
            return false;
        } finally {
            if (previous != null) previous.status = Status.RUNNING;
        }
    }

    private void copyArgs(LuaThread resumer, int from, int nargs, int to) {
        System.arraycopy(resumer.stack, from, thread.stack, to, nargs);
        System.arraycopy(resumer.nstack, from, thread.nstack, to, nargs);
    }

    /** Where the yielded or returned values start on the coroutine's stack. */
    public int resultStart() {
        if (status == Status.SUSPENDED) return thread.frames[thread.depth].base;
        return 0;
    }

    public LuaError error() {
        return error;
    }

    /** coroutine.yield on the running coroutine's thread: returns {@link LuaThread#YIELD} for the function to return. */
    static int yield(LuaThread L) {
        Coroutine co = L.coroutine;
        // raised from inside yield, a Java function: no position, as in C Lua
        if (co == null || co.isMain()) throw new LuaError("attempt to yield from outside a coroutine");
        if (L.javaCalls != co.resumeLevel + 1) throw new LuaError("attempt to yield across a C-call boundary");
        L.yielding = true;
        return LuaThread.YIELD;
    }

    /**
     * coroutine.close: closes pending to-be-closed variables of a suspended or dead
     * coroutine; returns the error that ends it, or null.
     */
    public LuaError close(LuaThread closer) {
        LuaError result = status == Status.DEAD ? error : null;
        LuaThread T = thread;
        if (T.toBeClosedCount() > 0) {
            T.javaCalls = closer.javaCalls;
            T.unwindTo(0);
            T.top = Math.max(T.top, 1);
            // an error in one closing method is what the next ones see, and what close returns
            while (true) {
                try {
                    result = T.closeToBeClosed(0, result);
                    break;
                } catch (LuaError e) {
                    result = e;
                }
            }
        }
        status = Status.DEAD;
        error = null;
        T.depth = 0;
        return result;
    }
}
