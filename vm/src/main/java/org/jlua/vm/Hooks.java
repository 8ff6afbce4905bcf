package org.jlua.vm;

/**
 * debug.sethook's events. The dispatch loop calls {@link #onInstruction} before each
 * instruction only while a thread has hooks (one field test otherwise); calls and returns
 * report themselves. A hook runs with hooks off, as in C Lua.
 */
final class Hooks {
    static final int CALL = 1, RETURN = 2, LINE = 4, COUNT = 8;
    /** Not an event of sethook's: {@link LuaThread#interrupt} asks for the error "interrupted!". */
    static final int INTERRUPT = 16;

    private Hooks() {}

    /** The mask bits of a sethook mask string ("crl"), plus COUNT when count > 0. */
    static int mask(String mask, long count) {
        int m = 0;
        if (mask.indexOf('c') >= 0) m |= CALL;
        if (mask.indexOf('r') >= 0) m |= RETURN;
        if (mask.indexOf('l') >= 0) m |= LINE;
        if (count > 0) m |= COUNT;
        return m;
    }

    /** Before the instruction at {@code pc} of Lua frame {@code f}: call, count and line events. */
    static void onInstruction(LuaThread L, Frame f, int pc) {
        if ((L.hookBits & INTERRUPT) != 0) interrupted(L);
        if (f.hookSeen) { // an instruction run again after a __close (CONT_CLOSE)
            f.hookSeen = false;
            return;
        }
        if (L.inHook) return;
        int mask = L.hookBits;
        boolean first = f.hookPc < 0;
        int oldPc = f.hookPc;
        f.hookPc = pc;
        f.pc = pc + 1; // so that getinfo sees the line of this instruction
        if (first && (mask & CALL) != 0) {
            // the parameters are the values transferred (getinfo's 'r')
            call(L, f.tailCall ? "tail call" : "call", -1, 1, f.closure.proto.numParams);
            mask = L.hookBits; // the call hook may have set other hooks, which see this instruction
        }
        if ((mask & COUNT) != 0 && --L.hookCountdown <= 0) {
            L.hookCountdown = (int) Math.min(L.hookCount, Integer.MAX_VALUE);
            call(L, "count", -1, 0, 0);
        }
        if ((mask & LINE) != 0) {
            Proto p = f.closure.proto;
            int line = p.lines.length > pc ? p.lines[pc] : -1;
            // without line information (stripped) only entries and backward jumps count, line nil
            boolean newLine = first || pc <= oldPc || (oldPc >= 0 && line >= 0 && p.lines[oldPc] != line);
            if (newLine) call(L, "line", line, 0, 0);
        }
    }

    /** A Java function is being called (frame already pushed). */
    static void onJavaCall(LuaThread L) {
        if ((L.hookBits & INTERRUPT) != 0) interrupted(L);
        if (!L.inHook && (L.hookBits & CALL) != 0) call(L, "call", -1, 1, L.top - L.frames[L.depth].base);
    }

    /**
     * What lua.c's hook for Ctrl-C does: it takes every hook away, and raises the error
     * "interrupted!" (without a position) where the thread is.
     */
    private static void interrupted(LuaThread L) {
        L.setHook(null, "", 0);
        throw new LuaError(LuaString.valueOf("interrupted!"));
    }

    /** The running function is about to return its {@code nres} results, which end at top. */
    static void onReturn(LuaThread L, int nres) {
        if (!L.inHook && (L.hookBits & RETURN) != 0) {
            // as getlocal indexes of the returning frame
            call(L, "return", -1, L.top - nres - L.frames[L.depth].base + 1, nres);
        }
    }

    /**
     * Calls the hook for {@code event} of the frame on top; {@code ftransfer} and
     * {@code ntransfer} are what getinfo's 'r' then shows for that frame.
     */
    private static void call(LuaThread L, String event, int line, int ftransfer, int ntransfer) {
        Object hook = L.hookFunction;
        if (hook == null) return;
        Frame hooked = L.frames[L.depth];
        hooked.ftransfer = ftransfer;
        hooked.ntransfer = ntransfer;
        L.inHook = true;
        int savedTop = L.top;
        // above the frame's registers and whatever lies above them up to top (the values
        // a return is handing back), as luaD_hook protects them
        int func = Math.max(savedTop, L.freeSlot());
        try {
            L.ensureStack(func + 3 + LuaThread.MIN_STACK);
            L.stack[func] = Values.tag(hook);
            L.nstack[func] = Values.bits(hook);
            L.stack[func + 1] = LuaString.valueOf(event);
            L.stack[func + 2] = line >= 0 ? Num.INT : null;
            L.nstack[func + 2] = line;
            L.hookDepth = L.depth + 1;
            L.call(func, 2, 0); // the line is nil for other events
        } finally {
            L.inHook = false;
            L.top = savedTop;
            hooked.ftransfer = 0;
            hooked.ntransfer = 0;
        }
    }
}
