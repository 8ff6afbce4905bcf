package org.jlua.vm;

import java.util.Arrays;

/**
 * A Lua thread: a stack of value pairs (see {@link Num}) and a stack of call {@link Frame}s.
 * Lua-to-Lua calls push frames and stay in the dispatch loop ({@link Interpreter}); the Java
 * stack grows only when Java code calls back into Lua (metamethods run from Java, library
 * functions such as pcall or table.sort), and that nesting is limited like C Lua's C stack.
 *
 * Java functions see their arguments as 1-based indexes through the accessors below, push
 * their results and return how many they pushed, as C functions do with the C API.
 */
public final class LuaThread {
    /** Stack slots a thread may use at most (LUAI_MAXSTACK): past it, "stack overflow". */
    static final int MAX_STACK = 1_000_000;
    /** Slots kept free above the limit, so that the overflow error itself can be handled. */
    private static final int ERROR_EXTRA = 200;
    /** Slots checkStack keeps free above what it was asked for (C Lua's EXTRA_STACK). */
    private static final int EXTRA_SLOTS = 5;
    /** Nested Java-level calls allowed (LUAI_MAXCCALLS). */
    static final int MAX_JAVA_CALLS = 200;
    /** Free slots a Java function may push without checking (LUA_MINSTACK). */
    public static final int MIN_STACK = 20;

    public final LuaState state;
    /** The coroutine this thread runs, or the main thread's stand-in. */
    Coroutine coroutine;
    // small at first: a program may create a million coroutines; stacks grow by doubling
    public Object[] stack = new Object[32];
    public long[] nstack = new long[32];
    /** First free slot: end of a variable-length list of values, or of a Java function's stack. */
    public int top;

    Frame[] frames = new Frame[8];
    int depth;

    /** Stack indexes of the pending to-be-closed variables, innermost last. */
    private int[] tbc = new int[8];
    int ntbc;

    /** Java-level nesting of calls into Lua (C Lua's nCcalls). */
    int javaCalls;
    /** debug.sethook's settings: the hook function (boxed), its mask and count. */
    Object hookFunction;
    String hookMask = "";
    long hookCount;
    /**
     * {@link Hooks} bits: zero when no hook is set, the dispatch loop's only test. Volatile,
     * because {@link #interrupt} sets it from another thread: a plain field's load was
     * hoisted by C2 out of a compiled loop without calls ({@code while true do end}), which
     * then never saw the interrupt.
     */
    volatile int hookBits;
    int hookCountdown;
    boolean inHook;
    /** While {@link #inHook}: the depth of the hook function's frame, which getinfo names "hook". */
    int hookDepth;
    /** While a finalizer runs: the depth of its frame, which getinfo names "__gc"; else -1. */
    int finalizerDepth = -1;

    /** Allocations (tables, closures, Java calls) until the next {@link #safePoint} step. */
    int allocCountdown = ALLOC_STEP;
    private static final int ALLOC_STEP = 256, CLEAR_SPAN = 1024;

    /**
     * An allocation, with everything from {@code liveTop} up dead: every {@link #ALLOC_STEP}
     * of them (or when finalizers wait), forgets the dead values just above, as C Lua's
     * collector ignores the stack above the top it sets at allocations, so that the JVM's
     * collector can find them unreachable; then runs the pending __gc metamethods.
     */
    void safePoint(int liveTop) {
        allocCountdown = ALLOC_STEP;
        int end = Math.min(stack.length, liveTop + CLEAR_SPAN);
        if (liveTop < end) Arrays.fill(stack, liveTop, end, null);
        state.finalizers.step(this);
    }

    /** SETLIST: R[a][first + i] := R[a + i] for i = 1..cnt; cnt 0: up to the top. */
    void setList(int a, int cnt, long first) {
        if (cnt == 0) cnt = top - a - 1;
        LuaTable t = (LuaTable) stack[a];
        if (first + cnt < Integer.MAX_VALUE / 2) t.reserveArray((int) (first + cnt));
        for (int j = 1; j <= cnt; j++) t.setInt(first + j, stack[a + j], nstack[a + j]);
    }

    /** TFORPREP: the generic for's closing value, unless it is false or nil, is to be closed. */
    void markClosingValue(int r) {
        if (stack[r] != null && stack[r] != Boolean.FALSE) markToBeClosed(r);
    }

    /** VARARG: R[a], ... := the frame's extra arguments; {@code want} < 0: all of them, top set. */
    void varargs(Frame f, int a, int want) {
        int nva = f.nvarargs, from = f.varargBase;
        if (want < 0) {
            want = nva;
            ensureStack(a + want + MIN_STACK);
            top = a + want;
        }
        Object[] s = stack;
        long[] n = nstack;
        for (int i = 0; i < want; i++) {
            if (i < nva) {
                s[a + i] = s[from + i];
                n[a + i] = n[from + i];
            } else {
                s[a + i] = null;
            }
        }
    }

    /** CLOSURE: R[a] := a closure of {@code np} over cells of frame {@code f} and upvalues of its function. */
    void closure(Frame f, Proto np, int a) {
        if (--allocCountdown < 0 || state.finalizers.pending) {
            safePoint(a + 1); // closures are built in the top register: all above is free
        }
        Cell[] up = f.closure.upvals;
        Cell[] cells = new Cell[np.upvalIndex.length];
        for (int i = 0; i < cells.length; i++) {
            int idx = np.upvalIndex[i];
            cells[i] = np.upvalInRegister[i] ? (Cell) stack[f.base + idx] : up[idx];
        }
        stack[a] = new LuaClosure(np, cells);
    }

    /**
     * Asks this thread to stop with the error "interrupted!" before its next instruction or
     * call of a Java function, as lua.c does on Ctrl-C: a pcall can catch it. Any Java thread
     * may call it (a signal handler, a watchdog). Its hooks are then taken away, as lua.c's
     * interrupting hook replaces them.
     */
    public void interrupt() {
        // hookBits is volatile, so the dispatch loop sees the bit at its next instruction. The
        // read-modify-write is not atomic: a debug.sethook on this thread at the same moment
        // may lose the interrupt, or the interrupt the new hook.
        hookBits |= Hooks.INTERRUPT;
    }

    /** Whether an {@link #interrupt} is waiting for the thread's next instruction or call. */
    public boolean interruptPending() {
        return (hookBits & Hooks.INTERRUPT) != 0;
    }

    /** debug.sethook: a null function turns hooks off. */
    public void setHook(Object function, String mask, long count) {
        hookFunction = function;
        hookMask = function == null ? "" : mask;
        hookCount = function == null ? 0 : count;
        hookBits = function == null ? 0 : Hooks.mask(mask, count);
        hookCountdown = (int) Math.min(Math.max(count, 1), Integer.MAX_VALUE);
        // frames already running are not "called" again; their current instruction is seen
        for (int d = 1; d <= depth; d++) {
            Frame f = frames[d];
            if (f.closure != null) f.hookPc = VarInfo.instructionStart(f.closure.proto, Math.max(f.pc - 1, 0));
        }
    }

    public Object hookFunction() {
        return hookFunction;
    }

    public String hookMask() {
        return hookMask;
    }

    public long hookCount() {
        return hookCount;
    }

    /** True while the stack is past {@link #MAX_STACK}, handling the overflow error. */
    private boolean overflowing;

    public LuaThread(LuaState state) {
        this.state = state;
        frames[0] = new Frame(0);
        // frames[0] stands for the Java code that started the thread
        frames[0].base = 0;
    }

    /** The main thread of a state: it has a coroutine object of its own, for coroutine.running. */
    static LuaThread main(LuaState state) {
        LuaThread t = new LuaThread(state);
        t.coroutine = new Coroutine(t);
        return t;
    }

    public Coroutine coroutine() {
        return coroutine;
    }

    // ================================================================ stack

    /** Makes sure slots up to (not including) {@code needed} exist. */
    public void ensureStack(int needed) {
        if (needed <= stack.length) return;
        // handling an overflow, the stack has its extra slots and may not grow past them: as in
        // C Lua, that is an error in the error handling, not another overflow
        if (overflowing) throw new LuaError("error in error handling");
        if (needed > MAX_STACK) {
            overflowing = true;
            growTo(MAX_STACK + ERROR_EXTRA);
            throw runtimeError("stack overflow");
        }
        growTo(Math.min(Math.max(needed, stack.length * 2), MAX_STACK));
    }

    /**
     * Room for {@code n} more values above top (lua_checkstack): false, with no error and the
     * stack left as it is, when that would take it past its limit; the caller then raises an
     * error of its own, as C Lua's library functions do ("too many results to unpack").
     */
    public boolean checkStack(int n) {
        long needed = (long) top + n + EXTRA_SLOTS;
        if (n < 0 || needed > (overflowing ? MAX_STACK + ERROR_EXTRA : MAX_STACK)) return false;
        ensureStack((int) needed);
        return true;
    }

    private void growTo(int size) {
        if (size <= stack.length) return;
        // both copies first: running out of memory between them must leave the stack whole
        Object[] tags = Arrays.copyOf(stack, size);
        long[] bits = Arrays.copyOf(nstack, size);
        stack = tags;
        nstack = bits;
    }

    /**
     * At a full collection: forgets what the stack holds above its live part and gives back
     * the memory of a stack (and frame list) that grew far past what it now uses, as C Lua's
     * collector shrinks stacks (luaD_shrinkstack); a stack overflow otherwise keeps its
     * million slots for the life of the thread.
     */
    public void collectStack() {
        // C Lua's collector marks a thread's stack up to its top only
        Arrays.fill(stack, top, stack.length, null);
        int inUse = top;
        for (int d = 1; d <= depth; d++) {
            Frame f = frames[d];
            inUse = Math.max(inUse, f.closure != null ? f.base + f.closure.proto.maxStack : f.base);
        }
        for (int d = depth + 1; d < frames.length; d++) {
            Frame f = frames[d];
            if (f == null) break; // frames are made on first use, in order
            f.closure = null;
            f.javaFunction = null;
            f.handler = null;
        }
        if (overflowing) return;
        int size = Math.max(64, 2 * (inUse + MIN_STACK));
        if (size < stack.length / 2) {
            Object[] tags = Arrays.copyOf(stack, size);
            long[] bits = Arrays.copyOf(nstack, size);
            stack = tags;
            nstack = bits;
        }
        int frameCount = Math.max(16, 2 * (depth + 1));
        if (frameCount < frames.length / 2) frames = Arrays.copyOf(frames, frameCount);
    }

    private Frame pushFrame() {
        int d = ++depth;
        if (d == frames.length) frames = Arrays.copyOf(frames, d * 2);
        Frame f = frames[d];
        if (f == null) frames[d] = f = new Frame(d); // made once, then reused by every call at this depth
        return f;
    }

    Frame currentFrame() {
        return frames[depth];
    }

    /** Called when an error unwinds past frames: back to {@code savedDepth}, and the stack size allowed again. */
    void unwindTo(int savedDepth) {
        depth = savedDepth;
        if (overflowing && stack.length > MAX_STACK && frames[depth].base < MAX_STACK - 10 * ERROR_EXTRA) {
            overflowing = false;
            // the extra slots were for handling that error only: ensureStack looks at the limit
            // only when the stack must grow, so with them kept the next overflow went past
            // MAX_STACK unseen and was taken for an overflow while handling one (no position)
            stack = Arrays.copyOf(stack, MAX_STACK);
            nstack = Arrays.copyOf(nstack, MAX_STACK);
        }
    }

    public int depth() {
        return depth;
    }

    /** After an error reached the embedding: drops the frames above {@code savedDepth} and any pending to-be-closed marks there. */
    public void unwindForEmbedding(int savedDepth) {
        unwindTo(savedDepth);
        javaCalls = 0;
        int level = frames[savedDepth].base;
        while (ntbc > 0 && tbc[ntbc - 1] >= level) ntbc--;
    }

    // ================================================================ calls

    /**
     * Starts a call of the value at {@code func} with {@code nargs} arguments above it, from
     * the dispatch loop. A Lua function gets a new frame and true is returned: the loop goes
     * on in it. Anything else is called to completion, its results moved to {@code func}.
     */
    boolean precall(int func, int nargs, int nresults) {
        Object fn = stack[func];
        if (fn instanceof LuaClosure cl) {
            pushLuaFrame(cl, func, nargs, nresults);
            return true;
        }
        if (fn instanceof JavaFunction jf) {
            if (jf instanceof ProtectedCall pc) return protectedPrecall(pc, func, nargs, nresults);
            return callJava(jf, func, nargs, nresults, true);
        }
        nargs = insertCallMetamethod(func, nargs);
        return precall(func, nargs, nresults);
    }

    /**
     * pcall/xpcall from the loop: pushes a {@link Frame#PROTECTED} frame for the pcall and
     * calls the function above it, so that errors are caught by the loop and the function
     * may yield (a Java one too, as in {@code pcall(coroutine.yield, x)}). Returns true if
     * the loop goes on in a new frame; false if the call completed with its results in place,
     * or if the Java path must do it (bad arguments: nothing changed then, see the caller).
     */
    private boolean protectedPrecall(ProtectedCall pc, int func, int nargs, int nresults) {
        if (inLoopPossible(pc, func + 1, nargs)) {
            pushProtected(pc, func, nargs, nresults, false);
            return true;
        }
        if (!javaCalleePossible(pc, func + 1, nargs)) return callJava(pc, func, nargs, nresults, true);
        return pushProtected(pc, func, nargs, nresults, true);
    }

    /** Whether a pcall/xpcall's arguments from {@code firstArg} hold a Java function to protect in the loop. */
    private boolean javaCalleePossible(ProtectedCall pc, int firstArg, int nargs) {
        int skip = pc.withHandler ? 2 : 1;
        if (nargs < skip) return false;
        if (pc.withHandler && !(stack[firstArg + 1] instanceof LuaFunction)) return false;
        return stack[firstArg] instanceof JavaFunction;
    }

    /**
     * Whether a pcall/xpcall with arguments from {@code firstArg} can run in the loop: its
     * function is a Lua function, or another pcall/xpcall that can (pcall(pcall, f)).
     */
    private boolean inLoopPossible(ProtectedCall pc, int firstArg, int nargs) {
        int skip = pc.withHandler ? 2 : 1;
        if (nargs < skip) return false;
        if (pc.withHandler && !(stack[firstArg + 1] instanceof LuaFunction)) return false;
        Object target = stack[firstArg];
        if (target instanceof LuaClosure) return true;
        return target instanceof ProtectedCall inner && inLoopPossible(inner, firstArg + skip, nargs - skip);
    }

    /**
     * Pushes the pcall frame and starts its function: a Lua function gets a frame (true is
     * returned), a nested pcall the same treatment. With {@code javaCallee}, the innermost
     * function may be a Java one, called at once: if it completes, so do the pcall frames
     * around it, and false is returned with the results in place.
     */
    private boolean pushProtected(ProtectedCall pc, int func, int nargs, int nresults, boolean javaCallee) {
        Object handler = null;
        if (pc.withHandler) {
            handler = stack[func + 2];
            // drop the handler: the function's arguments follow it directly
            System.arraycopy(stack, func + 3, stack, func + 2, nargs - 2);
            System.arraycopy(nstack, func + 3, nstack, func + 2, nargs - 2);
            nargs--;
        }
        Frame pf = pushFrame();
        pf.closure = null;
        pf.javaFunction = pc;
        pf.func = func;
        pf.base = func + 1;
        pf.nresults = nresults;
        pf.flags = Frame.PROTECTED;
        pf.handler = handler;
        pf.tailCall = false;
        // a pcall is a C function in C Lua: nested ones count towards the C stack limit
        pf.metaLevel = frames[depth - 1].metaLevel + 1;
        if (pf.metaLevel + javaCalls > MAX_JAVA_CALLS) {
            depth--;
            throw runtimeError("C stack overflow");
        }
        Object target = stack[func + 1];
        if (target instanceof LuaClosure callee) {
            pushLuaFrame(callee, func + 1, nargs - 1, -1);
            return true;
        }
        boolean running;
        if (target instanceof ProtectedCall inner && inLoopPossible(inner, func + 2, nargs - 1)) {
            running = pushProtected(inner, func + 1, nargs - 1, -1, javaCallee);
        } else if (target instanceof ProtectedCall inner && javaCallee && javaCalleePossible(inner, func + 2, nargs - 1)) {
            running = pushProtected(inner, func + 1, nargs - 1, -1, true);
        } else {
            running = callJava((JavaFunction) target, func + 1, nargs - 1, -1, true);
        }
        if (running) return true;
        if (yielding) return false; // the function was coroutine.yield: the frames wait for resume
        finishProtected(pf);
        return false;
    }

    /**
     * Completes a pcall frame whose function returned: its results are from
     * {@code pf.func + 1} to {@code top}; true goes in front of them.
     */
    void finishProtected(Frame pf) {
        int func = pf.func;
        stack[func] = Boolean.TRUE;
        depth--;
        moveResults(func, func, top - func, pf.nresults);
    }

    /**
     * An error reached the dispatch loop whose entry frame is at {@code entry}: if a pcall
     * frame is pending there or above, complete it with false and the error (after
     * xpcall's handler, and closing to-be-closed variables); the loop goes on in the
     * pcall's caller, or ends if the pcall frame was its entry. Otherwise the error leaves this loop.
     */
    /** Results of {@link #recoverInLoop}. */
    static final int NOT_RECOVERED = 0, RECOVERED = 1, RECOVERED_AT_ENTRY = 2;

    /**
     * The JVM ran out of memory in the loop entered at frame {@code entry}: forgets what the
     * failed call left on the stack above the pcall that will catch the error (its
     * to-be-closed variables aside, which are still to be closed), so that the collector can
     * take back what the call was building, then makes the error, C Lua's memory error
     * "not enough memory", without a position.
     */
    LuaError memoryErrorInLoop(int entry) {
        int d = protectedFrame(entry);
        if (d >= entry) forgetAbove(frames[d].func);
        return new LuaMemoryError();
    }

    /** The depth of the innermost pcall frame at or above {@code entry}, or less than entry if none. */
    private int protectedFrame(int entry) {
        int d = depth;
        while (d >= entry && (frames[d].flags & Frame.PROTECTED) == 0) d--;
        return d;
    }

    /** Clears the stack above a pcall's status and error at {@code func}, up to its to-be-closed variables. */
    private void forgetAbove(int func) {
        int from = Math.max(func + 2, ntbc > 0 ? tbc[ntbc - 1] + 1 : 0);
        if (from < stack.length) Arrays.fill(stack, from, stack.length, null);
    }

    int recoverInLoop(int entry, LuaError err) {
        int d = protectedFrame(entry);
        if (d < entry) return NOT_RECOVERED;
        Frame pf = frames[d];
        if (err instanceof LuaMemoryError) forgetAbove(pf.func);
        else if (pf.handler != null) err = callHandler(pf.handler, err);
        unwindTo(d);
        // (the frame may be closing already: an error in a __close replaces the error)
        pf.error = err;
        pf.flags |= Frame.CLOSING;
        if (closeNextAfterError(pf)) return RECOVERED; // the loop runs a __close first
        // completes the pcall, and enclosing pcalls whose function it was
        do {
            boolean atEntry = depth == entry;
            finishJavaFrame(frames[depth]);
            if (atEntry) return RECOVERED_AT_ENTRY;
        } while (frames[depth].closure == null);
        return RECOVERED;
    }

    /**
     * A pcall frame on top closing its to-be-closed variables after an error: calls the next
     * {@code __close} with the error, as the loop calls functions. True when one runs in a
     * frame above (a Lua function; a coroutine may yield inside): its return comes back here
     * through {@link #returned}. False when all are closed. An error in a {@code __close}
     * becomes the error, through xpcall's handler as in C Lua.
     */
    boolean closeNextAfterError(Frame pf) {
        int d = depth;
        int level = pf.func;
        while (ntbc > 0 && tbc[ntbc - 1] >= level) {
            int slot = tbc[--ntbc];
            Object v = stack[slot];
            long vb = nstack[slot];
            Object tm = Metamethods.of(state, v, Event.CLOSE);
            if (tm == null) continue;
            // above the pcall's own slots and the values still to be closed
            int func = Math.max(level + 2, slot + 1);
            for (int i = 0; i < ntbc; i++) func = Math.max(func, tbc[i] + 1);
            ensureStack(func + 3 + MIN_STACK);
            Object e = pf.error.value();
            stack[func] = Values.tag(tm);
            nstack[func] = Values.bits(tm);
            stack[func + 1] = v;
            nstack[func + 1] = vb;
            stack[func + 2] = Values.tag(e);
            nstack[func + 2] = Values.bits(e);
            top = func + 3;
            int savedJavaCalls = javaCalls;
            try {
                if (precall(func, 2, 0) || yielding) return true; // yielding: __close is coroutine.yield itself
            } catch (LuaError again) {
                javaCalls = savedJavaCalls;
                unwindTo(d);
                pf.error = pf.handler != null ? callHandler(pf.handler, again) : again;
            }
        }
        return false;
    }

    /** Completes a pcall frame that has closed its variables after an error: false and the error. */
    private void finishProtectedError(Frame pf) {
        int func = pf.func;
        Object e = pf.error.value();
        pf.error = null;
        pf.flags &= ~Frame.CLOSING;
        stack[func] = Boolean.FALSE;
        stack[func + 1] = Values.tag(e);
        nstack[func + 1] = Values.bits(e);
        depth--;
        moveResults(func, func, 2, pf.nresults);
    }

    /**
     * After a resume has handed the values to the pending yield: completes what waited on
     * it (an instruction's {@code __close}, a pcall closing after an error) and runs on.
     */
    void continueAfterYield() {
        boolean goOn;
        try {
            goOn = returned();
        } catch (LuaError e) {
            int entry = depth;
            while ((frames[entry].flags & Frame.FRESH) == 0) entry--;
            int r = recoverInLoop(entry, e);
            if (r == NOT_RECOVERED) throw e;
            goOn = r == RECOVERED;
        }
        if (goOn && !yielding) Interpreter.execute(this);
    }

    /** Closes the to-be-closed variables from {@code level} up after an error; returns the final error. */
    private LuaError closeAfterError(int level, LuaError err) {
        // keep pending to-be-closed values below the scratch area used to close them
        int highest = level + 2;
        for (int i = 0; i < ntbc; i++) highest = Math.max(highest, tbc[i] + 1);
        top = highest;
        while (true) {
            try {
                return closeToBeClosed(level, err);
            } catch (LuaError again) {
                err = again;
            }
        }
    }

    /** Puts the {@code __call} metamethod of the value at {@code func} in its place, the value becoming the first argument. */
    int insertCallMetamethod(int func, int nargs) {
        Object fn = stack[func];
        Object tm = Metamethods.of(state, fn, Event.CALL);
        if (tm == null) throw callError(func);
        ensureStack(func + nargs + 2 + MIN_STACK);
        System.arraycopy(stack, func, stack, func + 1, nargs + 1);
        System.arraycopy(nstack, func, nstack, func + 1, nargs + 1);
        stack[func] = Values.tag(tm);
        nstack[func] = Values.bits(tm);
        return nargs + 1;
    }

    private LuaError callError(int func) {
        Frame f = frames[depth];
        if (f.closure != null) {
            Proto p = f.closure.proto;
            int at = VarInfo.instructionStart(p, f.pc - 1);
            if (at < p.code.length && p.code[at] == Op.TFORCALL) {
                return runtimeError("attempt to call a " + objTypeName(stack[func]) + " value (for iterator 'for iterator')");
            }
            // a call above the frame's registers is a metamethod that the instruction called
            String event = at < p.code.length && func >= f.base + p.maxStack
                    ? Traceback.metamethodEvent(OpCode.of(p.code[at])) : null;
            if (event != null) {
                return runtimeError("attempt to call a " + objTypeName(stack[func]) + " value (metamethod '" + event + "')");
            }
        }
        int reg = f.closure != null ? func - f.base : -1;
        return typeError(stack[func], reg, "call");
    }

    // Interpreter.run's CALL does the same, inline, for a fixed-parameter function: keep them in step.
    Frame pushLuaFrame(LuaClosure cl, int func, int nargs, int nresults) {
        Proto p = cl.proto;
        int np = p.numParams;
        int base;
        Frame f;
        if (p.isVararg) {
            base = func + 1 + Math.max(nargs, np);
            ensureStack(base + p.maxStack + MIN_STACK);
            Object[] s = stack;
            long[] n = nstack;
            for (int i = 0; i < np; i++) {
                if (i < nargs) {
                    s[base + i] = s[func + 1 + i];
                    n[base + i] = n[func + 1 + i];
                } else {
                    s[base + i] = null;
                }
            }
            f = pushFrame();
            f.varargBase = func + 1 + np;
            f.nvarargs = Math.max(nargs - np, 0);
        } else {
            base = func + 1;
            ensureStack(base + p.maxStack + MIN_STACK);
            Object[] s = stack;
            for (int i = nargs; i < np; i++) s[base + i] = null;
            f = pushFrame();
            f.nvarargs = 0;
        }
        f.closure = cl;
        f.javaFunction = null;
        f.func = func;
        f.base = base;
        f.pc = 0;
        f.nresults = nresults;
        f.flags = 0;
        f.tailCall = false;
        f.hookPc = -1;
        f.contKind = 0;
        f.hookSeen = false;
        f.metaLevel = frames[depth - 1].metaLevel;
        return f;
    }

    /**
     * Reuses the running Lua frame {@code f} for a tail call of the closure at {@code func}:
     * the function and its arguments move down to the frame's function slot.
     */
    Frame tailCallLua(Frame f, LuaClosure cl, int func, int nargs) {
        int dest = f.func;
        System.arraycopy(stack, func, stack, dest, nargs + 1);
        System.arraycopy(nstack, func, nstack, dest, nargs + 1);
        int nresults = f.nresults;
        int flags = f.flags;
        depth--;
        Frame nf = pushLuaFrame(cl, dest, nargs, nresults);
        nf.flags = flags;
        nf.tailCall = true;
        return nf;
    }

    /**
     * Calls a Java function with its arguments above {@code func}; its results end at {@code func}.
     * True when the function left a Lua call to the loop ({@link #callReturning}), possible
     * only if {@code continuable}: the loop must then run the frame on top.
     */
    boolean callJava(JavaFunction jf, int func, int nargs, int nresults, boolean continuable) {
        if (--allocCountdown < 0 || state.finalizers.pending) {
            top = Math.max(top, func + 1 + nargs);
            safePoint(top);
        }
        ensureStack(func + 1 + nargs + MIN_STACK);
        Frame f = pushFrame();
        f.closure = null;
        f.javaFunction = jf;
        f.func = func;
        f.base = func + 1;
        f.nresults = nresults;
        f.flags = continuable ? Frame.CONTINUABLE : 0;
        f.tailCall = false;
        f.metaLevel = frames[depth - 1].metaLevel;
        top = func + 1 + nargs;
        if (hookBits != 0) Hooks.onJavaCall(this);
        int n = jf.call(this);
        if (n == CALL_CONTINUES) return true;
        if (n == YIELD) return false; // the yield frame stays until the coroutine is resumed
        if (hookBits != 0) {
            int results = top - n;
            Hooks.onReturn(this, n);
            n = top - results;
        }
        depth--;
        moveResults(top - n, func, n, nresults);
        return false;
    }

    /** What {@link #callReturning} returns when the loop goes on with the call. */
    public static final int CALL_CONTINUES = -1;
    /**
     * What coroutine.yield returns: the loop, and resume's call below it, return at once
     * (see {@link #yielding}); the yield's frame and values wait on this thread's stack.
     */
    public static final int YIELD = -2;
    /** Set while a yield unwinds to resume; no Java exception is involved. */
    boolean yielding;

    /**
     * Calls the value at {@code func} with the {@code nargs} values above it and makes its
     * results ({@code nresults} of them, or all when -1) those of the running Java function,
     * which must return what this returns. When that function was called from the loop and
     * the callee is a Lua function, the call runs in the loop above the Java frame, so a
     * coroutine may yield inside (as with lua_callk in C Lua, the continuation here being
     * "return the results"); otherwise it is a plain {@link #call}.
     */
    public int callReturning(int func, int nargs, int nresults) {
        Frame jf = frames[depth];
        if ((jf.flags & Frame.CONTINUABLE) != 0 && stack[func] instanceof LuaClosure cl) {
            jf.flags |= Frame.RETURNS_CALL;
            jf.contResult = func;
            pushLuaFrame(cl, func, nargs, nresults);
            return CALL_CONTINUES;
        }
        call(func, nargs, nresults);
        return top - func;
    }

    /** Completes a Java frame whose results are those of the call that has just returned into it. */
    void finishReturning(Frame jf) {
        int from = jf.contResult;
        if (hookBits != 0) Hooks.onReturn(this, top - from);
        depth--;
        moveResults(from, jf.func, top - from, jf.nresults);
    }

    /** Completes a Java frame waiting in the loop: a pcall or a {@link #callReturning}. */
    private void finishJavaFrame(Frame f) {
        if ((f.flags & Frame.CLOSING) != 0) finishProtectedError(f);
        else if ((f.flags & Frame.RETURNS_CALL) != 0) finishReturning(f);
        else finishProtected(f);
    }

    /** Moves {@code n} results from {@code from} to {@code dest}, adjusted to {@code wanted} (-1: all, setting top). */
    void moveResults(int from, int dest, int n, int wanted) {
        Object[] s = stack;
        long[] nn = nstack;
        if (wanted < 0) {
            if (from != dest) {
                System.arraycopy(s, from, s, dest, n);
                System.arraycopy(nn, from, nn, dest, n);
            }
            top = dest + n;
            return;
        }
        int i = 0;
        for (; i < wanted && i < n; i++) {
            s[dest + i] = s[from + i];
            nn[dest + i] = nn[from + i];
        }
        for (; i < wanted; i++) s[dest + i] = null;
        top = dest + wanted;
    }

    /**
     * Calls the value at {@code func} with the {@code nargs} values above it, from Java:
     * its results are left from {@code func} on ({@code nresults} of them, or all when -1,
     * with {@code top} just past the last).
     */
    public void call(int func, int nargs, int nresults) {
        if (++javaCalls > MAX_JAVA_CALLS) {
            javaCalls--;
            throw runtimeError(javaCalls > MAX_JAVA_CALLS + 10 ? "error in error handling" : "C stack overflow");
        }
        try {
            Object fn = stack[func];
            while (!(fn instanceof LuaFunction)) {
                nargs = insertCallMetamethod(func, nargs);
                fn = stack[func];
            }
            if (fn instanceof LuaClosure cl) {
                Frame f = pushLuaFrame(cl, func, nargs, nresults);
                f.flags = Frame.FRESH;
                Interpreter.execute(this);
            } else if (fn instanceof ProtectedCall pc && inLoopPossible(pc, func + 1, nargs)) {
                // the pcall frame is where this loop ends, so a coroutine may yield inside
                int pcallDepth = depth + 1;
                pushProtected(pc, func, nargs, nresults, false);
                frames[pcallDepth].flags |= Frame.FRESH;
                Interpreter.execute(this);
            } else {
                int javaDepth = depth + 1;
                if (callJava((JavaFunction) fn, func, nargs, nresults, true)) {
                    // the Java frame is where this loop ends
                    frames[javaDepth].flags |= Frame.FRESH;
                    Interpreter.execute(this);
                }
            }
        } finally {
            javaCalls--;
        }
    }

    /**
     * The first free slot where Java code may put a call: above the running Lua frame's
     * registers, or at the top of a Java function's stack.
     */
    int freeSlot() {
        Frame f = frames[depth];
        if (f.closure != null) return f.base + f.closure.proto.maxStack;
        return Math.max(top, f.base);
    }

    /** Calls a metamethod with two arguments; its first result is stored at stack slot {@code dest}. */
    void callMetamethod(Object tm, Object ta, long a, Object tb, long b, int dest) {
        int savedTop = top;
        int func = freeSlot();
        placeCall(func, 3, tm, ta, a, tb, b);
        call(func, 2, 1);
        stack[dest] = stack[func];
        nstack[dest] = nstack[func];
        top = savedTop;
    }

    // ================================================================ metamethods from the loop

    /**
     * True when the caller is the dispatch loop running an instruction of the top frame and
     * the metamethod is a Lua function: it then runs in a frame of its own above, with no
     * Java recursion, so it may yield; the instruction completes when it returns.
     */
    private boolean canContinueInLoop(Object tm) {
        return tm instanceof LuaClosure && frames[depth].closure != null && !inHook;
    }

    /** Pushes a Lua metamethod's frame with its arguments, recording how to finish the instruction. */
    private void pushMetamethod(LuaClosure mm, int kind, int dest, Object ta, long a, Object tb, long b,
                                Object tc, long c, int nargs) {
        Frame f = frames[depth];
        int func = f.base + f.closure.proto.maxStack;
        ensureStack(func + 4 + MIN_STACK);
        stack[func] = mm;
        stack[func + 1] = ta;
        nstack[func + 1] = a;
        stack[func + 2] = tb;
        nstack[func + 2] = b;
        stack[func + 3] = tc;
        nstack[func + 3] = c;
        if (f.metaLevel + javaCalls >= MAX_JAVA_CALLS) throw runtimeError("C stack overflow");
        f.contKind = kind;
        f.contResult = func;
        f.contDest = dest;
        f.contNegate = false;
        Frame mf = pushLuaFrame(mm, func, nargs, kind == Frame.CONT_DISCARD ? 0 : 1);
        mf.metaLevel++;
    }

    /** A metamethod whose first result goes to stack slot {@code dest} (arithmetic, __index, __len). */
    void metamethodResult(Object tm, Object ta, long a, Object tb, long b, int dest) {
        if (canContinueInLoop(tm)) pushMetamethod((LuaClosure) tm, Frame.CONT_STORE, dest, ta, a, tb, b, null, 0, 2);
        else callMetamethod(tm, ta, a, tb, b, dest);
    }

    /** __newindex called as a function: no result. */
    void metamethodNewIndex(Object tm, Object ta, long a, Object tb, long b, Object tc, long c) {
        if (canContinueInLoop(tm)) pushMetamethod((LuaClosure) tm, Frame.CONT_DISCARD, 0, ta, a, tb, b, tc, c, 3);
        else callMetamethod3(tm, ta, a, tb, b, tc, c);
    }

    /**
     * A comparison metamethod (__eq, __lt, __le): its truth, negated if asked; when it runs
     * in the loop instead, the result is meaningless and the comparison's jump is done when it returns.
     */
    boolean metamethodTest(Object tm, Object ta, long a, Object tb, long b, boolean negate) {
        if (canContinueInLoop(tm)) {
            pushMetamethod((LuaClosure) tm, Frame.CONT_TEST, 0, ta, a, tb, b, null, 0, 2);
            frames[depth - 1].contNegate = negate;
            return false;
        }
        return Values.isFalse(callMetamethodForValue(tm, ta, a, tb, b)) == negate;
    }

    /** __concat for the pair ending at {@code last} of a run starting at {@code first}; true if it runs in the loop. */
    boolean metamethodConcat(Object tm, Object ta, long a, Object tb, long b, int first, int last) {
        if (canContinueInLoop(tm)) {
            pushMetamethod((LuaClosure) tm, Frame.CONT_CONCAT, last - 1, ta, a, tb, b, null, 0, 2);
            frames[depth - 1].contFirst = first;
            return true;
        }
        callMetamethod(tm, ta, a, tb, b, last - 1);
        return false;
    }

    /**
     * After a return into the frame now on top: completes pending pcalls and the instruction
     * that called a metamethod. False when the loop must stop (its entry pcall completed).
     */
    boolean returned() {
        for (;;) {
            Frame f = frames[depth];
            if (f.closure == null) { // a pcall or callReturning waiting for its function
                if ((f.flags & Frame.CLOSING) != 0 && closeNextAfterError(f)) return true;
                boolean entry = (f.flags & Frame.FRESH) != 0;
                finishJavaFrame(f);
                if (entry) return false;
                continue;
            }
            if (f.contKind != 0) finishOp(f);
            return true;
        }
    }

    /** Completes the instruction of frame {@code f} whose metamethod has returned. */
    void finishOp(Frame f) {
        int kind = f.contKind;
        f.contKind = 0;
        int result = f.contResult;
        switch (kind) {
            case Frame.CONT_STORE -> {
                stack[f.contDest] = stack[result];
                nstack[f.contDest] = nstack[result];
            }
            case Frame.CONT_TEST -> {
                // a comparison ends in k (1 byte) and sJ (2 bytes); f.pc is just past it
                byte[] code = f.closure.proto.code;
                int end = f.pc;
                boolean r = Values.isFalse(stack[result]) == f.contNegate;
                boolean want = code[end - 3] != 0;
                int j = (code[end - 2] << 8) | (code[end - 1] & 0xFF);
                if (r != want) f.pc += j;
            }
            case Frame.CONT_CLOSE -> {
                top = f.contDest;
                f.pc = f.contFirst;
                f.hookSeen = hookBits != 0;
            }
            case Frame.CONT_CONCAT -> {
                int dest = f.contDest;
                stack[dest] = stack[result];
                nstack[dest] = nstack[result];
                if (dest > f.contFirst) Concat.concat(this, f.contFirst, dest - f.contFirst + 1);
            }
            default -> { }
        }
    }

    /** Calls a metamethod with two arguments and returns its first result, boxed. */
    Object callMetamethodForValue(Object tm, Object ta, long a, Object tb, long b) {
        int func = freeSlot();
        callMetamethod(tm, ta, a, tb, b, func);
        return Values.box(stack[func], nstack[func]);
    }

    /**
     * Puts a function and its first two arguments at {@code func}, with room for
     * {@code slots} values there (function included) plus the minimum free stack.
     */
    private void placeCall(int func, int slots, Object fn, Object ta, long a, Object tb, long b) {
        ensureStack(func + slots + MIN_STACK);
        stack[func] = Values.tag(fn);
        nstack[func] = Values.bits(fn);
        stack[func + 1] = ta;
        nstack[func + 1] = a;
        stack[func + 2] = tb;
        nstack[func + 2] = b;
    }

    /** Calls a metamethod with three arguments and no results ({@code __newindex}). */
    void callMetamethod3(Object tm, Object ta, long a, Object tb, long b, Object tc, long c) {
        int savedTop = top;
        int func = freeSlot();
        placeCall(func, 4, tm, ta, a, tb, b);
        stack[func + 3] = tc;
        nstack[func + 3] = c;
        call(func, 3, 0);
        top = savedTop;
    }

    /** Calls a function value with boxed arguments, from Java; returns all its results, boxed. */
    public Object[] callBoxed(Object fn, Object... args) {
        int func = freeSlot();
        ensureStack(func + args.length + 1 + MIN_STACK);
        stack[func] = Values.tag(fn);
        nstack[func] = Values.bits(fn);
        for (int i = 0; i < args.length; i++) {
            stack[func + 1 + i] = Values.tag(args[i]);
            nstack[func + 1 + i] = Values.bits(args[i]);
        }
        try {
            call(func, args.length, -1);
        } catch (OutOfMemoryError e) {
            forgetAbove(func);
            throw new LuaMemoryError();
        } catch (LuaMemoryError e) {
            forgetAbove(func);
            throw e;
        }
        Object[] results = new Object[top - func];
        for (int i = 0; i < results.length; i++) results[i] = Values.box(stack[func + i], nstack[func + i]);
        top = func;
        return results;
    }

    // ================================================================ protected calls

    /**
     * Calls the value at {@code func} with {@code nargs} arguments in protected mode, as
     * pcall/xpcall do. On success the results are left from {@code func + 1} on, with true at
     * {@code func}. On error, {@code handler} (if not null) is called with the error value
     * before the stack unwinds (so it can see where the error happened), pending
     * to-be-closed variables are closed, and false plus the error value are left at
     * {@code func}. Returns the number of values left, with {@code top} just past them.
     */
    public int protectedCall(int func, int nargs, Object handler) {
        int savedDepth = depth;
        int savedJavaCalls = javaCalls;
        // move the call up one slot, so that its results land after the status
        ensureStack(func + nargs + 2 + MIN_STACK);
        System.arraycopy(stack, func, stack, func + 1, nargs + 1);
        System.arraycopy(nstack, func, nstack, func + 1, nargs + 1);
        top = func + nargs + 2;
        try {
            call(func + 1, nargs, -1);
            stack[func] = Boolean.TRUE;
            return top - func;
        } catch (LuaError e) {
            return recover(savedDepth, savedJavaCalls, func, e, handler);
        } catch (StackOverflowError e) {
            return recover(savedDepth, savedJavaCalls, func, runtimeErrorAt(savedDepth, "stack overflow"), handler);
        } catch (OutOfMemoryError e) {
            forgetAbove(func);
            return recover(savedDepth, savedJavaCalls, func, new LuaMemoryError(), handler);
        }
    }

    private LuaError runtimeErrorAt(int frameDepth, String message) {
        int saved = depth;
        depth = Math.min(depth, frameDepth + 1);
        try {
            return runtimeError(message);
        } finally {
            depth = saved;
        }
    }

    private int recover(int savedDepth, int savedJavaCalls, int func, LuaError err, Object handler) {
        javaCalls = savedJavaCalls;
        if (err instanceof LuaMemoryError) forgetAbove(func);
        else if (handler != null) err = callHandler(handler, err);
        unwindTo(savedDepth);
        err = closeAfterError(func, err);
        stack[func] = Boolean.FALSE;
        stack[func + 1] = Values.tag(err.value());
        nstack[func + 1] = Values.bits(err.value());
        top = func + 2;
        return 2;
    }

    /** Runs xpcall's message handler on an error; an error inside it becomes the handler's own error. */
    private LuaError callHandler(Object handler, LuaError err) {
        for (int attempts = 0; ; attempts++) {
            if (attempts > 10) return new LuaError(LuaString.valueOf("error in error handling"));
            int mark = depth;
            try {
                Object[] r = callBoxed(handler, err.value());
                return new LuaError(r.length > 0 ? r[0] : null);
            } catch (LuaError e) {
                depth = mark;
                err = e;
            } catch (StackOverflowError e) {
                depth = mark;
                return new LuaError(LuaString.valueOf("error in error handling"));
            }
        }
    }

    // ================================================================ to-be-closed variables

    void markToBeClosed(int slot) {
        Object v = stack[slot];
        if (Values.isFalse(v)) return;
        if (Metamethods.of(state, v, Event.CLOSE) == null) {
            Frame f = frames[depth];
            String name = f.closure != null ? f.closure.proto.localName(slot - f.base, f.pc - 1) : null;
            throw runtimeError("variable '" + (name == null ? "?" : name) + "' got a non-closable value");
        }
        if (ntbc == tbc.length) tbc = Arrays.copyOf(tbc, ntbc * 2);
        tbc[ntbc++] = slot;
    }

    /** True if a to-be-closed variable is pending at stack slot {@code level} or above. */
    boolean hasToBeClosed(int level) {
        return ntbc > 0 && tbc[ntbc - 1] >= level;
    }

    /**
     * Closes the pending to-be-closed variables at {@code level} and above, innermost first,
     * calling each {@code __close(value, err)}. With an error in flight ({@code err} not
     * null), an error in a closing method replaces it; the final error is returned.
     */
    LuaError closeToBeClosed(int level, LuaError err) {
        while (ntbc > 0 && tbc[ntbc - 1] >= level) {
            int slot = tbc[--ntbc];
            Object v = stack[slot];
            long vb = nstack[slot];
            Object tm = Metamethods.of(state, v, Event.CLOSE);
            Object errTag = err == null ? null : Values.tag(err.value());
            long errBits = err == null ? 0 : Values.bits(err.value());
            if (err == null) {
                if (tm == null) throw runtimeError("metamethod 'close' is not callable");
                callClose(tm, v, vb, null, 0);
            } else {
                int savedDepth = depth, savedJavaCalls = javaCalls, savedTop = top;
                try {
                    if (tm != null) callClose(tm, v, vb, errTag, errBits);
                } catch (LuaError e) {
                    // the next closing method runs where this one was called
                    unwindTo(savedDepth);
                    javaCalls = savedJavaCalls;
                    top = savedTop;
                    err = e;
                }
            }
        }
        return err;
    }

    /**
     * CLOSE and RETURN from the loop: closes the to-be-closed variables from {@code level} up.
     * Each {@code __close} is called as the loop calls functions, in a frame above this one, so
     * a coroutine may yield inside; true means one was pushed, and when it returns the
     * instruction at {@code instructionStart} runs again (see {@link Frame#CONT_CLOSE}).
     */
    boolean closeInLoop(int level, int instructionStart) {
        while (ntbc > 0 && tbc[ntbc - 1] >= level) {
            int slot = tbc[--ntbc];
            Object v = stack[slot];
            long vb = nstack[slot];
            Object tm = Metamethods.of(state, v, Event.CLOSE);
            if (tm == null) throw runtimeError("metamethod 'close' is not callable");
            if (inHook) {
                callClose(tm, v, vb, null, 0);
                continue;
            }
            Frame f = frames[depth];
            int savedTop = top;
            int func = Math.max(top, freeSlot());
            ensureStack(func + 3 + MIN_STACK);
            stack[func] = Values.tag(tm);
            nstack[func] = Values.bits(tm);
            stack[func + 1] = v;
            nstack[func + 1] = vb;
            stack[func + 2] = null;
            f.contKind = Frame.CONT_CLOSE;
            f.contDest = savedTop;
            f.contFirst = instructionStart;
            top = func + 3;
            if (precall(func, 2, 0) || yielding) return true; // yielding: __close is coroutine.yield itself
            // a Java function that has returned: nothing to wait for
            f.contKind = 0;
            top = savedTop;
        }
        return false;
    }

    /**
     * Calls a {@code __close} metamethod above everything in use, including values up to
     * {@code top} past the frame's registers (the results of a RETURN being closed).
     */
    private void callClose(Object tm, Object v, long vb, Object errTag, long errBits) {
        int savedTop = top;
        int func = Math.max(top, freeSlot());
        placeCall(func, 3, tm, v, vb, errTag, errBits);
        call(func, 2, 0);
        top = savedTop;
    }

    int toBeClosedCount() {
        return ntbc;
    }

    /**
     * Closes every pending to-be-closed variable of this thread, as lua_close does for the
     * main thread: an error in one {@code __close} goes on to the next as the error in
     * flight, and the last is dropped, since there is no one left to report it to.
     */
    public void closeAllToBeClosed() {
        try {
            closeToBeClosed(0, null);
        } catch (LuaError e) {
            closeToBeClosed(0, e);
        }
    }

    // ================================================================ errors

    /** The "chunk:line:" prefix for the function {@code level} frames below the running one, or "". */
    public String where(int level) {
        int d = depth - level;
        if (d < 1) return "";
        Frame f = frames[d];
        if (f.closure == null) return "";
        Proto p = f.closure.proto;
        int line = p.lineBefore(f.pc);
        // without line information (a stripped chunk) the VM's own errors say "?:-1:", while
        // luaL_where, used for levels above the running function, adds nothing
        if (line < 0 && level > 0) return "";
        return ChunkId.of(p.source) + ":" + line + ": ";
    }

    /** An error raised by the VM itself: positioned at the running Lua function's current line. */
    public LuaError runtimeError(String message) {
        return new LuaError(where(0) + message);
    }

    /** An error raised by a Java function (luaL_error): positioned at its caller's current line. */
    public LuaError error(String message) {
        return new LuaError(where(1) + message);
    }

    /** "attempt to {op} a {type} value (local 'x')": {@code reg} is the culprit's register, or -1. */
    public LuaError typeError(Object tag, int reg, String op) {
        String info = reg >= 0 ? VarInfo.describe(this, reg) : "";
        return runtimeError("attempt to " + op + " a " + objTypeName(tag) + " value" + info);
    }

    /** As {@link #typeError}, for an upvalue. */
    LuaError upvalueTypeError(Object tag, int upval, String op) {
        return runtimeError("attempt to " + op + " a " + objTypeName(tag) + " value" + VarInfo.upvalue(this, upval));
    }

    /** The type name, or the metatable's {@code __name} when it is a string (luaT_objtypename). */
    public String objTypeName(Object tag) {
        LuaTable mt = tag instanceof LuaTable t ? t.metatable : tag instanceof Userdata u ? u.metatable : null;
        if (mt != null) {
            Object name = mt.rawGetStr(Event.NAME.key);
            if (name instanceof LuaString s) return s.toString();
        }
        return Values.typeName(tag);
    }

    // ================================================================ Java function arguments

    private int argBase() {
        return frames[depth].base;
    }

    /** Number of arguments of the running Java function. */
    public int nargs() {
        return top - argBase();
    }

    /** Stack index of argument {@code i} (1-based). */
    public int argIndex(int i) {
        return argBase() + i - 1;
    }

    public Object tag(int i) {
        int idx = argBase() + i - 1;
        return idx < top ? stack[idx] : null;
    }

    public long bits(int i) {
        return nstack[argBase() + i - 1];
    }

    /** Argument {@code i}, boxed (Long/Double for numbers); nil when absent. */
    public Object arg(int i) {
        int idx = argBase() + i - 1;
        return idx < top ? Values.box(stack[idx], nstack[idx]) : null;
    }

    public boolean isNoneOrNil(int i) {
        return tag(i) == null;
    }

    public boolean isNone(int i) {
        return argBase() + i - 1 >= top;
    }

    /**
     * The running Java function's name for messages: as the calling code named it (a global,
     * field or method name), else its qualified library name ("math.max"), as luaL_argerror does.
     */
    public String functionName() {
        String[] called = Traceback.calledName(this, depth);
        if (called != null) return called[1];
        JavaFunction jf = frames[depth].javaFunction;
        return jf == null ? "?" : jf.name;
    }

    /** "bad argument #i to 'f' (msg)"; for a method call, self is not counted, as in luaL_argerror. */
    public LuaError argError(int i, String message) {
        String[] called = Traceback.calledName(this, depth);
        if (called != null && called[0].equals("method")) {
            i--;
            if (i == 0) return error("calling '" + called[1] + "' on bad self (" + message + ")");
        }
        return error("bad argument #" + i + " to '" + functionName() + "' (" + message + ")");
    }

    /** "bad argument #i to 'f' (number expected, got nil)". */
    public LuaError typeArgError(int i, String expected) {
        Object t = tag(i);
        // values of no Lua type of their own (upvalue ids) are C Lua's light userdata
        boolean light = !(t instanceof Userdata) && Values.typeName(t).equals("userdata");
        String got = isNone(i) ? "no value" : light ? "light userdata" : objTypeName(t);
        return argError(i, expected + " expected, got " + got);
    }

    public void checkAny(int i) {
        if (isNone(i)) throw argError(i, "value expected");
    }

    public long checkInteger(int i) {
        Object t = tag(i);
        if (t == Num.INT) return bits(i);
        if (t == Num.FLT) {
            Long l = Arith.floatToInteger(Double.longBitsToDouble(bits(i)));
            if (l == null) throw argError(i, "number has no integer representation");
            return l;
        }
        if (t instanceof LuaString s) {
            Object v = Numerals.parse(s);
            if (v instanceof Long l) return l;
            if (v instanceof Double d) {
                Long l = Arith.floatToInteger(d);
                if (l == null) throw argError(i, "number has no integer representation");
                return l;
            }
        }
        throw typeArgError(i, "number");
    }

    public long optInteger(int i, long def) {
        return isNoneOrNil(i) ? def : checkInteger(i);
    }

    public double checkNumber(int i) {
        Object t = tag(i);
        if (t == Num.FLT) return Double.longBitsToDouble(bits(i));
        if (t == Num.INT) return bits(i);
        if (t instanceof LuaString s) {
            Object v = Numerals.parse(s);
            if (v instanceof Number num) return num.doubleValue();
        }
        throw typeArgError(i, "number");
    }

    public double optNumber(int i, double def) {
        return isNoneOrNil(i) ? def : checkNumber(i);
    }

    /** A string argument; numbers are converted, as in C Lua. */
    public LuaString checkString(int i) {
        Object t = tag(i);
        LuaString s = Values.toLuaString(t, t == null ? 0 : bits(i));
        if (s == null) throw typeArgError(i, "string");
        if (!(t instanceof LuaString)) {
            // like lua_tolstring, convert the argument in place
            int idx = argIndex(i);
            stack[idx] = s;
        }
        return s;
    }

    public LuaString optString(int i, LuaString def) {
        return isNoneOrNil(i) ? def : checkString(i);
    }

    public LuaTable checkTable(int i) {
        if (tag(i) instanceof LuaTable t) return t;
        throw typeArgError(i, "table");
    }

    public void checkType(int i, String typeName) {
        if (isNone(i) || !Values.typeName(tag(i)).equals(typeName)) throw typeArgError(i, typeName);
    }

    // ================================================================ Java function results

    private void grow1() {
        if (top >= stack.length) ensureStack(top + 1 + MIN_STACK);
    }

    public int pushNil() {
        grow1();
        stack[top++] = null;
        return 1;
    }

    public int pushBoolean(boolean b) {
        grow1();
        stack[top++] = b ? Boolean.TRUE : Boolean.FALSE;
        return 1;
    }

    public int pushInteger(long v) {
        grow1();
        stack[top] = Num.INT;
        nstack[top++] = v;
        return 1;
    }

    public int pushNumber(double v) {
        grow1();
        stack[top] = Num.FLT;
        nstack[top++] = Double.doubleToRawLongBits(v);
        return 1;
    }

    public int pushString(LuaString s) {
        grow1();
        stack[top++] = s;
        return 1;
    }

    public int pushString(String s) {
        return pushString(LuaString.valueOf(s));
    }

    public int pushValue(Object tag, long bits) {
        grow1();
        stack[top] = tag;
        nstack[top++] = bits;
        return 1;
    }

    /** Pushes a boxed value. */
    public int push(Object boxed) {
        return pushValue(Values.tag(boxed), Values.bits(boxed));
    }

    /** Pushes a copy of argument {@code i}. */
    public int pushArg(int i) {
        int idx = argIndex(i);
        return idx < top ? pushValue(stack[idx], nstack[idx]) : pushNil();
    }
}
