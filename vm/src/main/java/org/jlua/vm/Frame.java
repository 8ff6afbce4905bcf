package org.jlua.vm;

/**
 * One activation on a thread's call stack. Frames are reused from call to call, so a call
 * allocates nothing. A Lua frame's registers start at {@code base}; its results go to
 * {@code func}, the slot that held the function.
 */
final class Frame {
    /** Set on the frame that a Java-side call entered the dispatch loop with: returning from it leaves the loop. */
    static final int FRESH = 1;
    /**
     * Set on the Java frame of a pcall/xpcall made from Lua code: the loop runs the called
     * function in a frame above it, and on return or error completes the pcall itself
     * (see {@link LuaThread#finishProtected}), so no Java recursion is involved and a
     * coroutine may yield inside.
     */
    static final int PROTECTED = 2;
    /**
     * Set on the frame of a Java function called where the loop can run a Lua call for it:
     * {@link LuaThread#callReturning} may then leave the call to the loop.
     */
    static final int CONTINUABLE = 4;
    /**
     * Set on a Java function's frame whose results are those of the Lua function running in
     * the frame above it (lua_callk with a continuation that just returns them): on return,
     * {@link LuaThread#finishReturning} moves them down. The call's slot is in {@code contResult}.
     */
    static final int RETURNS_CALL = 8;
    /**
     * Set on a pcall frame (PROTECTED) whose function raised {@code error}: it is closing the
     * to-be-closed variables above it, each {@code __close} running in a frame above it
     * ({@link LuaThread#closeNextAfterError}), and then completes with false and the error.
     */
    static final int CLOSING = 16;

    /**
     * The frame's depth on its thread's stack: fixed, as each depth has its own Frame. The
     * dispatch loop compares it with the thread's depth to tell that a slow path pushed a frame.
     */
    final int level;

    Frame(int level) {
        this.level = level;
    }

    LuaClosure closure;       // the running Lua function, or null
    JavaFunction javaFunction; // the running Java function, or null
    int func;
    int base;
    /** Lua frames: the pc after the current instruction while the frame is not the running one. */
    int pc;
    /** Results wanted by the caller, or -1 for all. */
    int nresults;
    /** Vararg functions: where the extra arguments start, and how many there are. */
    int varargBase;
    int nvarargs;
    int flags;
    /** Set when the call was a tail call (for tracebacks). */
    boolean tailCall;
    /**
     * A Lua metamethod called by this frame's current instruction runs in a frame above; when
     * it returns, {@link LuaThread#finishOp} completes the instruction as this says.
     */
    int contKind;
    /** Where the metamethod's result lands, and where the instruction wants it (or the concat's last slot). */
    int contResult, contDest;
    /** CONCAT: the first register of the run being concatenated. */
    int contFirst;
    /** TEST: the metamethod's truth is negated (a <= b done as not (b < a)). */
    boolean contNegate;

    /**
     * CONT_CLOSE: a {@code __close} called by CLOSE or RETURN; the instruction (starting at
     * {@code contFirst}) runs again, with top back at {@code contDest}, to close the next
     * variables and go on.
     */
    static final int CONT_STORE = 1, CONT_DISCARD = 2, CONT_TEST = 3, CONT_CONCAT = 4, CONT_CLOSE = 5;
    /** The instruction about to run again after a {@code __close} was seen by the hooks already. */
    boolean hookSeen;

    /**
     * Lua metamethods running below and in this frame: C Lua calls them on its C stack, so
     * with Java-level calls they count towards the "C stack overflow" limit.
     */
    int metaLevel;

    /** While a call or return hook runs for this frame: the values transferred (getinfo's 'r'). */
    int ftransfer, ntransfer;
    /** The last instruction a line hook saw in this frame, or -1 before the first. */
    int hookPc = -1;
    /** The message handler of an xpcall frame, boxed; null for pcall. */
    Object handler;
    /** A {@link #CLOSING} pcall frame's error, as its handler made it. */
    LuaError error;
}
