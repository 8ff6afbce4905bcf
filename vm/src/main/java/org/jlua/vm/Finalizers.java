package org.jlua.vm;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code __gc} metamethods. A table or userdata is marked for finalization when it gets a
 * metatable with a {@code __gc} field (as lua_setmetatable does): it is given a guard, an
 * object that only it refers to. When the JVM's collector finds the two unreachable, the
 * JVM finalizes the guard on its finalizer thread, and the guard hands the object, brought
 * back to life, to this queue. The Lua thread runs the {@code __gc} metamethods at safe
 * points (table and closure creation, calls of Java functions, collectgarbage), never on the
 * finalizer thread. Each marking finalizes the object once; setting a metatable with
 * {@code __gc} again marks it again.
 */
public final class Finalizers {
    /** Objects whose guard was finalized, waiting for their {@code __gc}. */
    private final ConcurrentLinkedQueue<Object> ready = new ConcurrentLinkedQueue<>();
    /** Set by the finalizer thread: the one field the safe points test. */
    volatile boolean pending;
    /** Guards whose finalization is running on a JVM thread right now. */
    private final AtomicInteger inFlight = new AtomicInteger();
    /** Objects marked and not finalized yet, and how many were finalized in all. */
    private final AtomicInteger marked = new AtomicInteger();
    private final AtomicInteger finalizedTotal = new AtomicInteger();
    /** Safe-point steps between forced collections (see {@link #step}), and until the next one. */
    private int cycleSteps = FIRST_CYCLE, stepsToCycle = FIRST_CYCLE;
    private int finalizedAtLastCycle;
    /** Collections forced by {@link #step} so far. */
    int forcedCollections;
    static final int FIRST_CYCLE = 4096, LONGEST_CYCLE = 1 << 20;
    private boolean running;
    /**
     * Every object marked so far, in marking order, held weakly: at {@link #close} the live
     * ones are finalized too, in reverse order, as lua_close does. Pruned of cleared entries
     * as it grows.
     */
    private final ArrayList<WeakReference<Object>> markedInOrder = new ArrayList<>();
    private int pruneAt = 256;
    /** Set by {@link #close}: objects marked from then on are not finalized (C Lua's GCSTPCLS). */
    private boolean closed;
    private final LuaState state;

    Finalizers(LuaState state) {
        this.state = state;
    }

    /** The object's guard, by its finalization, hands the object over. */
    private static final class Guard {
        private final Object target;
        private final Finalizers owner;

        Guard(Object target, Finalizers owner) {
            this.target = target;
            this.owner = owner;
        }

        @SuppressWarnings("deprecation")
        @Override
        protected void finalize() {
            owner.inFlight.incrementAndGet();
            owner.ready.add(target);
            owner.pending = true;
            owner.marked.decrementAndGet();
            owner.finalizedTotal.incrementAndGet();
            owner.inFlight.decrementAndGet();
        }
    }

    /** Garbage made on purpose by a full collection: its finalization tells that the JVM's has begun. */
    private static final class Sentinel {
        private final CountDownLatch finalized;

        Sentinel(CountDownLatch finalized) {
            this.finalized = finalized;
        }

        @SuppressWarnings("deprecation")
        @Override
        protected void finalize() {
            finalized.countDown();
        }
    }

    /** After {@code o} got metatable {@code mt}: marks it for finalization if mt has __gc (luaC_checkfinalizer). */
    public void check(Object o, LuaTable mt) {
        if (closed || mt == null || mt.rawGetStr(Event.GC.key) == null) return;
        if (o instanceof LuaTable t && t.gcGuard() == null) {
            t.setGcGuard(new Guard(t, this));
        } else if (o instanceof Userdata u && u.gcGuard == null) {
            u.gcGuard = new Guard(u, this);
        } else {
            return;
        }
        marked.incrementAndGet();
        if (markedInOrder.size() == pruneAt) {
            int kept = 0;
            for (WeakReference<Object> ref : markedInOrder) if (ref.get() != null) markedInOrder.set(kept++, ref);
            markedInOrder.subList(kept, markedInOrder.size()).clear();
            pruneAt = Math.max(256, 2 * kept);
        }
        markedInOrder.add(new WeakReference<>(o));
    }

    /**
     * lua_close: the {@code __gc} of every object still marked, the unreachable ones waiting
     * first, then the others in the reverse order of their marking, as C Lua frees all
     * objects; an error in one is a warning, as at any collection. Objects marked by these
     * finalizers are not finalized.
     */
    public void close(LuaThread L) {
        closed = true;
        if (markedInOrder.isEmpty() && ready.isEmpty()) return; // nothing was ever marked
        System.runFinalization(); // guards the JVM has found unreachable hand their objects over
        runPending(L);
        if (running) return;
        running = true;
        try {
            // each is taken off the list before its finalizer runs: one that ends the program
            // with os.exit(status, true) closes the state again, which goes on with the rest
            while (!markedInOrder.isEmpty()) {
                Object o = markedInOrder.remove(markedInOrder.size() - 1).get();
                if (o instanceof LuaTable t && t.gcGuard() != null) {
                    t.setGcGuard(null);
                } else if (o instanceof Userdata u && u.gcGuard != null) {
                    u.gcGuard = null;
                } else {
                    continue; // collected, finalized already, or listed again by a later marking
                }
                Object tm = Metamethods.of(state, o, Event.GC);
                if (tm != null) call(L, tm, o);
            }
        } finally {
            running = false;
        }
    }

    /**
     * A step at an allocation safe point: runs pending finalizers, and while marked objects
     * wait, now and then forces a full collection. C Lua's collector completes cycles as a
     * program allocates, so every unreachable object is found at last; the JVM's young
     * collections may never look at an object again once it is old. The interval doubles
     * while forced collections find nothing.
     */
    void step(LuaThread L) {
        if (pending) runAtSafePoint(L);
        if (state.gcStopped || marked.get() == 0 || --stepsToCycle > 0) return;
        int finalized = finalizedTotal.get();
        cycleSteps = finalized != finalizedAtLastCycle ? FIRST_CYCLE : Math.min(cycleSteps * 2, LONGEST_CYCLE);
        finalizedAtLastCycle = finalized;
        stepsToCycle = cycleSteps;
        forcedCollections++;
        System.gc();
    }

    /**
     * Runs the {@code __gc} of every object found unreachable so far, unless the collector is
     * stopped (collectgarbage("stop"): no collection, so no finalizers, until "restart" or an
     * explicit collection).
     */
    void runAtSafePoint(LuaThread L) {
        if (!state.gcStopped) runPending(L);
    }

    /**
     * collectgarbage("collect"): a full collection, then the finalizers of the objects it
     * found unreachable (C Lua's full collection also calls all pending finalizers).
     */
    public void fullCollection(LuaThread L) {
        if (marked.get() == 0) {
            // No object waits for its __gc, so the collection cannot find one: the JVM is not
            // asked to run its finalizers, which starts a thread of its own each time and left
            // collectgarbage("count") a few hundred bytes apart from one collection to the next.
            System.gc();
        } else {
            collectAndFinalize();
        }
        // Weak tables let go of the keys of entries that died, and another collection frees them;
        // a second sweep then finds those keys collected, and the tables left with nothing
        // else give back their hash parts to a third. (Only while weak tables lose entries.)
        if (state.weakTables.sweep()) {
            System.gc();
            if (state.weakTables.sweep()) System.gc();
        }
        runPending(L);
    }

    /** A collection, and the finalization of the guards it found unreachable. */
    private void collectAndFinalize() {
        // The JVM hands what a collection found to its finalizer thread through another
        // thread, so runFinalization alone may return too early: wait (briefly) for a
        // sentinel found in the same collection, then drain the JVM's queue once more.
        CountDownLatch sentinel = new CountDownLatch(1);
        new Sentinel(sentinel);
        System.gc();
        System.runFinalization();
        try {
            sentinel.await(SENTINEL_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.runFinalization();
        // the JVM's own finalizer thread may be in the middle of a guard
        while (inFlight.get() > 0) Thread.onSpinWait();
    }

    /** True while {@code __gc} metamethods run: the collector is then busy. */
    public boolean running() {
        return running;
    }

    /** How long a full collection waits for its sentinel (when the JVM ignores System.gc). */
    private static final long SENTINEL_WAIT_MS = 200;

    /**
     * Calls the pending finalizers on {@code L}, each with the object's current {@code __gc}.
     * An error in one becomes a warning, "error in __gc (message)", as in C Lua. Not
     * reentrant: a collection inside a finalizer runs no more of them.
     */
    private void runPending(LuaThread L) {
        if (running) return;
        pending = false;
        running = true;
        try {
            Object o;
            while ((o = ready.poll()) != null) {
                if (o instanceof LuaTable t) t.setGcGuard(null);
                else if (o instanceof Userdata u) u.gcGuard = null;
                Object tm = Metamethods.of(state, o, Event.GC);
                if (tm != null) call(L, tm, o);
            }
        } finally {
            running = false;
        }
    }

    private void call(LuaThread L, Object tm, Object o) {
        int savedTop = L.top;
        // above the registers and whatever lies above them up to top (arguments of a call)
        int func = Math.max(savedTop, L.freeSlot());
        L.ensureStack(func + 3 + LuaThread.MIN_STACK);
        L.stack[func] = Values.tag(tm);
        L.nstack[func] = Values.bits(tm);
        L.stack[func + 1] = Values.tag(o);
        L.nstack[func + 1] = Values.bits(o);
        L.top = func + 2;
        int savedFinalizerDepth = L.finalizerDepth;
        // protectedCall moves the call up one slot: its frame is at depth + 1
        L.finalizerDepth = L.depth() + 1;
        try {
            L.protectedCall(func, 1, null);
            if (L.stack[func] == Boolean.FALSE) {
                Object err = Values.box(L.stack[func + 1], L.nstack[func + 1]);
                String msg = err instanceof LuaString s ? s.toString() : "error object is not a string";
                state.warning("error in __gc (" + msg + ")");
            }
        } finally {
            L.finalizerDepth = savedFinalizerDepth;
            L.top = savedTop;
        }
    }
}
