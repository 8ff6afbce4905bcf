package org.jlua.vm;

/**
 * The dispatch loop. It runs the thread's top frame, a Lua function, until the frame
 * that entered the loop ({@link Frame#FRESH}) returns. Lua-to-Lua calls and returns switch
 * frames inside the loop, so deep Lua recursion does not grow the Java stack.
 *
 * Each case decodes its operands (see {@link OpCode}) and handles the common types
 * inline; everything rarer goes to a static method elsewhere, and the rare instructions to
 * {@link OutOfLine}, so that the loop stays small: C2 compiles no method over 8000 bytes of
 * bytecode, and inlines into one only until it reaches them (DispatchLoopSizeTest). Before
 * any call that may raise an error or re-enter Lua, the frame's pc is saved: errors read
 * their line from it.
 */
final class Interpreter {
    private Interpreter() {}

    /**
     * Reads the eight code bytes at pc as one big-endian word, whose top byte is the opcode
     * and the rest its operands (and whatever follows). One load and one bounds check per
     * instruction, instead of one per operand byte, and the operands come from one register
     * instead of from addresses pc + 1, pc + 2, ... that C2 kept on stack slots.
     */
    private static final java.lang.invoke.VarHandle INSTRUCTION =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.BIG_ENDIAN);

    private static double num(Object tag, long bits) {
        return tag == Num.INT ? (double) bits : Double.longBitsToDouble(bits);
    }

    private static boolean isNum(Object tag) {
        return tag == Num.INT || tag == Num.FLT;
    }

    /**
     * Runs until the nearest {@link Frame#FRESH} frame returns. Errors are caught here only
     * to complete a pending in-loop pcall above that frame; others propagate to the Java caller.
     */
    static void execute(LuaThread L) {
        int entry = L.depth;
        while ((L.frames[entry].flags & Frame.FRESH) == 0) entry--;
        for (;;) {
            try {
                run(L);
                return;
            } catch (LuaError e) {
                int r = L.recoverInLoop(entry, e);
                if (r == LuaThread.NOT_RECOVERED) throw e;
                if (r == LuaThread.RECOVERED_AT_ENTRY || L.yielding) return;
            } catch (StackOverflowError e) {
                LuaError overflow = L.runtimeError("stack overflow");
                int r = L.recoverInLoop(entry, overflow);
                if (r == LuaThread.NOT_RECOVERED) throw overflow;
                if (r == LuaThread.RECOVERED_AT_ENTRY) return;
            } catch (OutOfMemoryError e) {
                // C Lua's memory error: no position, and pcall catches it
                LuaError memory = L.memoryErrorInLoop(entry);
                int r = L.recoverInLoop(entry, memory);
                if (r == LuaThread.NOT_RECOVERED) throw memory;
                if (r == LuaThread.RECOVERED_AT_ENTRY) return;
            }
        }
    }

    private static void run(LuaThread L) {
        // Every local here is live across the whole loop, and C2 has about 13 registers for
        // them and for whatever it computes before the dispatch jump: the rest goes to stack
        // slots, reloaded on every instruction. So anything only a rare case needs is fetched
        // there (the frame's depth is f.level).
        //
        // Each case decodes its operands from `ins`, the instruction word XORed with the case's
        // (first) opcode in the top byte, which changes no operand bits. Decoded from `w` itself,
        // the same operand (`base + A`, say) in thirty cases is one expression to C2, which
        // computes it once before the jump and keeps it in a stack slot; from `ins`, each case
        // has its own and computes only what it uses (benchmarks/README.md, "One word per
        // instruction").
        Frame f;
        byte[] code;
        Object[] k;
        long[] kn;
        Cell[] up;
        Object[] s;
        long[] n;
        int base;
        int pc;

        frames:
        for (;;) {
        // (re)enter the frame on top: after a call, a return, or a metamethod pushed by a slow path
        f = L.frames[L.depth];
        LuaClosure cl = f.closure;
        Proto p = cl.proto;
        code = p.paddedCode;
        k = p.k;
        kn = p.kn;
        up = cl.upvals;
        s = L.stack;
        n = L.nstack;
        base = f.base;
        pc = f.pc;

        for (;;) {
            if (L.hookBits != 0) {
                Hooks.onInstruction(L, f, pc);
                s = L.stack;
                n = L.nstack;
            }
            long w = (long) INSTRUCTION.get(code, pc);
            switch ((byte) (w >>> 56)) {
                case Op.MOVE: {
                    long ins = w ^ ((long) Op.MOVE << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF), b = base + ((int) (ins >>> 40) & 0xFF);
                    pc += 3;
                    s[a] = s[b];
                    n[a] = n[b];
                    continue;
                }
                case Op.LOADK: {
                    long ins = w ^ ((long) Op.LOADK << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF), kx = ((int) (ins >>> 32) & 0xFFFF);
                    pc += 4;
                    s[a] = k[kx];
                    n[a] = kn[kx];
                    continue;
                }
                case Op.LOADI: {
                    long ins = w ^ ((long) Op.LOADI << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF);
                    s[a] = Num.INT;
                    n[a] = (short) (ins >>> 32);
                    pc += 4;
                    continue;
                }
                case Op.LOADNIL: {
                    long ins = w ^ ((long) Op.LOADNIL << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF);
                    java.util.Arrays.fill(s, a, a + ((int) (ins >>> 40) & 0xFF), null);
                    pc += 3;
                    continue;
                }
                case Op.LOADTRUE: {
                    long ins = w ^ ((long) Op.LOADTRUE << 56);
                    s[base + ((int) (ins >>> 48) & 0xFF)] = Boolean.TRUE;
                    pc += 2;
                    continue;
                }
                case Op.LOADFALSE: {
                    long ins = w ^ ((long) Op.LOADFALSE << 56);
                    s[base + ((int) (ins >>> 48) & 0xFF)] = Boolean.FALSE;
                    pc += 2;
                    continue;
                }
                case Op.NEWCELL: {
                    long ins = w ^ ((long) Op.NEWCELL << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF);
                    pc += 2;
                    s[a] = new Cell(s[a], n[a]);
                    continue;
                }
                case Op.GETCELL: {
                    long ins = w ^ ((long) Op.GETCELL << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF);
                    Cell c = (Cell) s[base + ((int) (ins >>> 40) & 0xFF)];
                    pc += 3;
                    s[a] = c.o;
                    n[a] = c.n;
                    continue;
                }
                case Op.SETCELL: {
                    long ins = w ^ ((long) Op.SETCELL << 56);
                    Cell c = (Cell) s[base + ((int) (ins >>> 48) & 0xFF)];
                    int b = base + ((int) (ins >>> 40) & 0xFF);
                    pc += 3;
                    c.o = s[b];
                    c.n = n[b];
                    continue;
                }
                case Op.GETUPVAL: {
                    long ins = w ^ ((long) Op.GETUPVAL << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF);
                    Cell c = up[(int) (ins >>> 40) & 0xFF];
                    pc += 3;
                    s[a] = c.o;
                    n[a] = c.n;
                    continue;
                }
                case Op.SETUPVAL: {
                    long ins = w ^ ((long) Op.SETUPVAL << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF);
                    Cell c = up[(int) (ins >>> 40) & 0xFF];
                    pc += 3;
                    c.o = s[a];
                    c.n = n[a];
                    continue;
                }
                case Op.GETTABUP: {
                    long ins = w ^ ((long) Op.GETTABUP << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF), u = (int) (ins >>> 40) & 0xFF;
                    LuaString key = (LuaString) k[((int) (ins >>> 24) & 0xFFFF)];
                    pc += 5;
                    Cell c = up[u];
                    Object t = c.o;
                    if (!(t instanceof LuaTable tab) || (!tab.getStr(key, s, n, a) && tab.metatable != null)) {
                        f.pc = pc;
                        TableAccess.index(L, t, c.n, key, 0, a, -1, u);
                        if (L.depth != f.level) continue frames; // a Lua metamethod is running
                        s = L.stack;
                        n = L.nstack;
                    }
                    continue;
                }
                case Op.SETTABUP: {
                    long ins = w ^ ((long) Op.SETTABUP << 56);
                    int u = (int) (ins >>> 48) & 0xFF;
                    LuaString key = (LuaString) k[((int) (ins >>> 32) & 0xFFFF)];
                    int c = base + ((int) (ins >>> 24) & 0xFF);
                    pc += 5;
                    Cell cell = up[u];
                    Object t = cell.o;
                    if (t instanceof LuaTable tab && tab.metatable == null) {
                        tab.setStr(key, s[c], n[c]);
                    } else {
                        f.pc = pc;
                        TableAccess.newIndex(L, t, cell.n, key, 0, s[c], n[c], -1, u);
                        if (L.depth != f.level) continue frames; // a Lua metamethod is running
                        s = L.stack;
                        n = L.nstack;
                    }
                    continue;
                }
                case Op.GETTABLE: {
                    long ins = w ^ ((long) Op.GETTABLE << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF), rb = (int) (ins >>> 40) & 0xFF, c = base + ((int) (ins >>> 32) & 0xFF);
                    pc += 4;
                    Object t = s[base + rb];
                    long tb = n[base + rb];
                    Object kt = s[c];
                    long kb = n[c];
                    if (!(t instanceof LuaTable tab) || (!tab.get(kt, kb, s, n, a) && tab.metatable != null)) {
                        f.pc = pc;
                        TableAccess.index(L, t, tb, kt, kb, a, rb, -1);
                        if (L.depth != f.level) continue frames; // a Lua metamethod is running
                        s = L.stack;
                        n = L.nstack;
                    }
                    continue;
                }
                case Op.SETTABLE: case Op.SETTABLEK: {
                    long ins = w ^ ((long) Op.SETTABLE << 56);
                    int ra = (int) (ins >>> 48) & 0xFF, b = base + ((int) (ins >>> 40) & 0xFF);
                    Object vt;
                    long vb;
                    if ((byte) (w >>> 56) == Op.SETTABLE) {
                        int c = base + ((int) (ins >>> 32) & 0xFF);
                        vt = s[c];
                        vb = n[c];
                        pc += 4;
                    } else {
                        int kx = ((int) (ins >>> 24) & 0xFFFF);
                        vt = k[kx];
                        vb = kn[kx];
                        pc += 5;
                    }
                    Object t = s[base + ra];
                    Object kt = s[b];
                    if (t instanceof LuaTable tab && tab.metatable == null && kt == Num.INT) {
                        tab.setInt(n[b], vt, vb);
                    } else if (t instanceof LuaTable tab && tab.metatable == null) {
                        f.pc = pc;
                        TableAccess.rawSet(L, tab, kt, n[b], vt, vb);
                    } else {
                        f.pc = pc;
                        TableAccess.newIndex(L, t, n[base + ra], kt, n[b], vt, vb, ra, -1);
                        if (L.depth != f.level) continue frames; // a Lua metamethod is running
                        s = L.stack;
                        n = L.nstack;
                    }
                    continue;
                }
                case Op.GETFIELD: {
                    long ins = w ^ ((long) Op.GETFIELD << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF), rb = (int) (ins >>> 40) & 0xFF;
                    LuaString key = (LuaString) k[((int) (ins >>> 24) & 0xFFFF)];
                    pc += 5;
                    Object t = s[base + rb];
                    if (!(t instanceof LuaTable tab) || (!tab.getStr(key, s, n, a) && tab.metatable != null)) {
                        f.pc = pc;
                        TableAccess.index(L, t, n[base + rb], key, 0, a, rb, -1);
                        if (L.depth != f.level) continue frames; // a Lua metamethod is running
                        s = L.stack;
                        n = L.nstack;
                    }
                    continue;
                }
                case Op.SETFIELD: case Op.SETFIELDK: {
                    long ins = w ^ ((long) Op.SETFIELD << 56);
                    int ra = (int) (ins >>> 48) & 0xFF;
                    LuaString key = (LuaString) k[((int) (ins >>> 32) & 0xFFFF)];
                    Object vt;
                    long vb;
                    if ((byte) (w >>> 56) == Op.SETFIELD) {
                        int c = base + ((int) (ins >>> 24) & 0xFF);
                        vt = s[c];
                        vb = n[c];
                        pc += 5;
                    } else {
                        int kx = ((int) (ins >>> 16) & 0xFFFF);
                        vt = k[kx];
                        vb = kn[kx];
                        pc += 6;
                    }
                    Object t = s[base + ra];
                    if (t instanceof LuaTable tab && tab.metatable == null) {
                        tab.setStr(key, vt, vb);
                    } else {
                        f.pc = pc;
                        TableAccess.newIndex(L, t, n[base + ra], key, 0, vt, vb, ra, -1);
                        if (L.depth != f.level) continue frames; // a Lua metamethod is running
                        s = L.stack;
                        n = L.nstack;
                    }
                    continue;
                }
                case Op.SELF: {
                    long ins = w ^ ((long) Op.SELF << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF), rb = (int) (ins >>> 40) & 0xFF;
                    LuaString key = (LuaString) k[((int) (ins >>> 24) & 0xFFFF)];
                    pc += 5;
                    Object t = s[base + rb];
                    long tb = n[base + rb];
                    s[a + 1] = t;
                    n[a + 1] = tb;
                    if (!(t instanceof LuaTable tab) || (!tab.getStr(key, s, n, a) && tab.metatable != null)) {
                        f.pc = pc;
                        TableAccess.index(L, t, tb, key, 0, a, rb, -1);
                        if (L.depth != f.level) continue frames; // a Lua metamethod is running
                        s = L.stack;
                        n = L.nstack;
                    }
                    continue;
                }
                case Op.NEWTABLE: {
                    long ins = w ^ ((long) Op.NEWTABLE << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF);
                    if (--L.allocCountdown < 0 || L.state.finalizers.pending) {
                        f.pc = pc + 7;
                        L.safePoint(a + 1); // tables are built in the top register: all above is free
                        s = L.stack;
                        n = L.nstack;
                    }
                    s[a] = new LuaTable((int) (ins >>> 16), (int) (ins >>> 8) & 0xFF);
                    pc += 7;
                    continue;
                }

                case Op.ADD: {
                    long ins = w ^ ((long) Op.ADD << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF), rb = (int) (ins >>> 40) & 0xFF, rc = (int) (ins >>> 32) & 0xFF;
                    pc += 4;
                    Object tb = s[base + rb], tc = s[base + rc];
                    long x = n[base + rb], y = n[base + rc];
                    if (tb == Num.INT && tc == Num.INT) {
                        if (s[a] != Num.INT) s[a] = Num.INT; // a tag store costs a GC barrier: skip it when unchanged
                        n[a] = x + y;
                    } else if (tb == Num.FLT && tc == Num.FLT) {
                        if (s[a] != Num.FLT) s[a] = Num.FLT;
                        n[a] = Double.doubleToRawLongBits(Double.longBitsToDouble(x) + Double.longBitsToDouble(y));
                    } else if (!mixedArith(Arith.ADD, tb, x, tc, y, s, n, a)) {
                        f.pc = pc;
                        Arith.arith(L, Arith.ADD, a, tb, x, tc, y, rb, rc);
                        if (L.depth != f.level) continue frames; // a Lua metamethod is running
                        s = L.stack;
                        n = L.nstack;
                    }
                    continue;
                }
                case Op.ADDK: case Op.KADD: {
                    long ins = w ^ ((long) Op.ADDK << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF), rb = (int) (ins >>> 40) & 0xFF;
                    int kx = ((int) (ins >>> 24) & 0xFFFF);
                    pc += 5;
                    Object tb = s[base + rb], tc = k[kx];
                    long x = n[base + rb], y = kn[kx];
                    if (tb == Num.INT && tc == Num.INT) {
                        if (s[a] != Num.INT) s[a] = Num.INT; // a tag store costs a GC barrier: skip it when unchanged
                        n[a] = x + y;
                    } else if (tb == Num.FLT && tc == Num.FLT) {
                        if (s[a] != Num.FLT) s[a] = Num.FLT;
                        n[a] = Double.doubleToRawLongBits(Double.longBitsToDouble(x) + Double.longBitsToDouble(y));
                    } else if (!mixedArith(Arith.ADD, tb, x, tc, y, s, n, a)) {
                        f.pc = pc;
                        if ((byte) (w >>> 56) == Op.ADDK) Arith.arith(L, Arith.ADD, a, tb, x, tc, y, rb, -1);
                        else Arith.arith(L, Arith.ADD, a, tc, y, tb, x, -1, rb); // the constant came first
                        if (L.depth != f.level) continue frames; // a Lua metamethod is running
                        s = L.stack;
                        n = L.nstack;
                    }
                    continue;
                }
                case Op.SUB: {
                    long ins = w ^ ((long) Op.SUB << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF), rb = (int) (ins >>> 40) & 0xFF, rc = (int) (ins >>> 32) & 0xFF;
                    pc += 4;
                    Object tb = s[base + rb], tc = s[base + rc];
                    long x = n[base + rb], y = n[base + rc];
                    if (tb == Num.INT && tc == Num.INT) {
                        if (s[a] != Num.INT) s[a] = Num.INT; // a tag store costs a GC barrier: skip it when unchanged
                        n[a] = x - y;
                    } else if (tb == Num.FLT && tc == Num.FLT) {
                        if (s[a] != Num.FLT) s[a] = Num.FLT;
                        n[a] = Double.doubleToRawLongBits(Double.longBitsToDouble(x) - Double.longBitsToDouble(y));
                    } else if (!mixedArith(Arith.SUB, tb, x, tc, y, s, n, a)) {
                        f.pc = pc;
                        Arith.arith(L, Arith.SUB, a, tb, x, tc, y, rb, rc);
                        if (L.depth != f.level) continue frames; // a Lua metamethod is running
                        s = L.stack;
                        n = L.nstack;
                    }
                    continue;
                }
                case Op.SUBK: {
                    long ins = w ^ ((long) Op.SUBK << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF), rb = (int) (ins >>> 40) & 0xFF;
                    int kx = ((int) (ins >>> 24) & 0xFFFF);
                    pc += 5;
                    Object tb = s[base + rb], tc = k[kx];
                    long x = n[base + rb], y = kn[kx];
                    if (tb == Num.INT && tc == Num.INT) {
                        if (s[a] != Num.INT) s[a] = Num.INT; // a tag store costs a GC barrier: skip it when unchanged
                        n[a] = x - y;
                    } else if (tb == Num.FLT && tc == Num.FLT) {
                        if (s[a] != Num.FLT) s[a] = Num.FLT;
                        n[a] = Double.doubleToRawLongBits(Double.longBitsToDouble(x) - Double.longBitsToDouble(y));
                    } else if (!mixedArith(Arith.SUB, tb, x, tc, y, s, n, a)) {
                        f.pc = pc;
                        Arith.arith(L, Arith.SUB, a, tb, x, tc, y, rb, -1);
                        if (L.depth != f.level) continue frames; // a Lua metamethod is running
                        s = L.stack;
                        n = L.nstack;
                    }
                    continue;
                }
                case Op.MUL: {
                    long ins = w ^ ((long) Op.MUL << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF), rb = (int) (ins >>> 40) & 0xFF, rc = (int) (ins >>> 32) & 0xFF;
                    pc += 4;
                    Object tb = s[base + rb], tc = s[base + rc];
                    long x = n[base + rb], y = n[base + rc];
                    if (tb == Num.INT && tc == Num.INT) {
                        if (s[a] != Num.INT) s[a] = Num.INT; // a tag store costs a GC barrier: skip it when unchanged
                        n[a] = x * y;
                    } else if (tb == Num.FLT && tc == Num.FLT) {
                        if (s[a] != Num.FLT) s[a] = Num.FLT;
                        n[a] = Double.doubleToRawLongBits(Double.longBitsToDouble(x) * Double.longBitsToDouble(y));
                    } else if (!mixedArith(Arith.MUL, tb, x, tc, y, s, n, a)) {
                        f.pc = pc;
                        Arith.arith(L, Arith.MUL, a, tb, x, tc, y, rb, rc);
                        if (L.depth != f.level) continue frames; // a Lua metamethod is running
                        s = L.stack;
                        n = L.nstack;
                    }
                    continue;
                }
                case Op.MULK: case Op.KMUL: {
                    long ins = w ^ ((long) Op.MULK << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF), rb = (int) (ins >>> 40) & 0xFF;
                    int kx = ((int) (ins >>> 24) & 0xFFFF);
                    pc += 5;
                    Object tb = s[base + rb], tc = k[kx];
                    long x = n[base + rb], y = kn[kx];
                    if (tb == Num.INT && tc == Num.INT) {
                        if (s[a] != Num.INT) s[a] = Num.INT; // a tag store costs a GC barrier: skip it when unchanged
                        n[a] = x * y;
                    } else if (tb == Num.FLT && tc == Num.FLT) {
                        if (s[a] != Num.FLT) s[a] = Num.FLT;
                        n[a] = Double.doubleToRawLongBits(Double.longBitsToDouble(x) * Double.longBitsToDouble(y));
                    } else if (!mixedArith(Arith.MUL, tb, x, tc, y, s, n, a)) {
                        f.pc = pc;
                        if ((byte) (w >>> 56) == Op.MULK) Arith.arith(L, Arith.MUL, a, tb, x, tc, y, rb, -1);
                        else Arith.arith(L, Arith.MUL, a, tc, y, tb, x, -1, rb); // the constant came first
                        if (L.depth != f.level) continue frames; // a Lua metamethod is running
                        s = L.stack;
                        n = L.nstack;
                    }
                    continue;
                }
                case Op.MOD: case Op.POW: case Op.DIV: case Op.IDIV:
                case Op.BAND: case Op.BOR: case Op.BXOR: case Op.SHL: case Op.SHR: {
                    long ins = w ^ ((long) Op.MOD << 56);
                    int op = (byte) (w >>> 56) - Op.ADD;
                    int a = base + ((int) (ins >>> 48) & 0xFF), rb = (int) (ins >>> 40) & 0xFF, rc = (int) (ins >>> 32) & 0xFF;
                    pc += 4;
                    Object tb = s[base + rb], tc = s[base + rc];
                    long x = n[base + rb], y = n[base + rc];
                    if (!arithFast(op, tb, x, tc, y, s, n, a)) {
                        f.pc = pc;
                        Arith.arith(L, op, a, tb, x, tc, y, rb, rc);
                        if (L.depth != f.level) continue frames; // a Lua metamethod is running
                        s = L.stack;
                        n = L.nstack;
                    }
                    continue;
                }
                case Op.MODK: case Op.POWK: case Op.DIVK: case Op.IDIVK:
                case Op.BANDK: case Op.BORK: case Op.BXORK: case Op.SHLK: case Op.SHRK: {
                    long ins = w ^ ((long) Op.MODK << 56);
                    int op = (byte) (w >>> 56) - Op.ADDK;
                    int a = base + ((int) (ins >>> 48) & 0xFF), rb = (int) (ins >>> 40) & 0xFF;
                    int kx = ((int) (ins >>> 24) & 0xFFFF);
                    pc += 5;
                    Object tb = s[base + rb], tc = k[kx];
                    long x = n[base + rb], y = kn[kx];
                    if (!arithFast(op, tb, x, tc, y, s, n, a)) {
                        f.pc = pc;
                        Arith.arith(L, op, a, tb, x, tc, y, rb, -1);
                        if (L.depth != f.level) continue frames; // a Lua metamethod is running
                        s = L.stack;
                        n = L.nstack;
                    }
                    continue;
                }
                case Op.UNM: {
                    long ins = w ^ ((long) Op.UNM << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF), rb = (int) (ins >>> 40) & 0xFF;
                    pc += 3;
                    Object tb = s[base + rb];
                    long x = n[base + rb];
                    if (tb == Num.INT) {
                        s[a] = Num.INT;
                        n[a] = -x;
                    } else if (tb == Num.FLT) {
                        s[a] = Num.FLT;
                        n[a] = Double.doubleToRawLongBits(-Double.longBitsToDouble(x));
                    } else {
                        f.pc = pc;
                        Arith.arith(L, Arith.UNM, a, tb, x, tb, x, rb, rb);
                        if (L.depth != f.level) continue frames; // a Lua metamethod is running
                        s = L.stack;
                        n = L.nstack;
                    }
                    continue;
                }
                case Op.NOT: {
                    long ins = w ^ ((long) Op.NOT << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF);
                    Object v = s[base + ((int) (ins >>> 40) & 0xFF)];
                    pc += 3;
                    s[a] = v == null || v == Boolean.FALSE ? Boolean.TRUE : Boolean.FALSE;
                    continue;
                }
                case Op.LEN: {
                    long ins = w ^ ((long) Op.LEN << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF), rb = (int) (ins >>> 40) & 0xFF;
                    pc += 3;
                    Object t = s[base + rb];
                    if (t instanceof LuaTable tab && tab.metatable == null) {
                        s[a] = Num.INT;
                        n[a] = tab.length();
                    } else {
                        f.pc = pc;
                        TableAccess.length(L, t, n[base + rb], a, rb);
                        if (L.depth != f.level) continue frames; // a Lua metamethod is running
                        s = L.stack;
                        n = L.nstack;
                    }
                    continue;
                }

                case Op.JMP: {
                    long ins = w ^ ((long) Op.JMP << 56);
                    pc += 5 + (int) (ins >>> 24);
                    continue;
                }
                case Op.EQ: {
                    long ins = w ^ ((long) Op.EQ << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF), b = base + ((int) (ins >>> 40) & 0xFF);
                    boolean want = (byte) (ins >>> 32) != 0;
                    int j = (short) (ins >>> 16);
                    pc += 6;
                    Object ta = s[a], tb = s[b];
                    boolean r;
                    if (ta == tb && ta == Num.INT) r = n[a] == n[b];
                    else if (ta == tb && ta != Num.FLT) r = true;
                    else if (ta instanceof LuaTable || ta instanceof Userdata) {
                        f.pc = pc;
                        r = Compare.equals(L, ta, n[a], tb, n[b]);
                        if (L.depth != f.level) continue frames; // a Lua metamethod is running
                        s = L.stack;
                        n = L.nstack;
                    } else r = Values.rawEquals(ta, n[a], tb, n[b]);
                    if (r != want) pc += j;
                    continue;
                }
                case Op.LT: {
                    long ins = w ^ ((long) Op.LT << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF), b = base + ((int) (ins >>> 40) & 0xFF);
                    boolean want = (byte) (ins >>> 32) != 0;
                    int j = (short) (ins >>> 16);
                    pc += 6;
                    Object ta = s[a], tb = s[b];
                    boolean r;
                    if (ta == Num.INT && tb == Num.INT) r = n[a] < n[b];
                    else if (ta == Num.FLT && tb == Num.FLT) r = Double.longBitsToDouble(n[a]) < Double.longBitsToDouble(n[b]);
                    else {
                        f.pc = pc;
                        r = Compare.lessThan(L, ta, n[a], tb, n[b]);
                        if (L.depth != f.level) continue frames; // a Lua metamethod is running
                        s = L.stack;
                        n = L.nstack;
                    }
                    if (r != want) pc += j;
                    continue;
                }
                case Op.LE: {
                    long ins = w ^ ((long) Op.LE << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF), b = base + ((int) (ins >>> 40) & 0xFF);
                    boolean want = (byte) (ins >>> 32) != 0;
                    int j = (short) (ins >>> 16);
                    pc += 6;
                    Object ta = s[a], tb = s[b];
                    boolean r;
                    if (ta == Num.INT && tb == Num.INT) r = n[a] <= n[b];
                    else if (ta == Num.FLT && tb == Num.FLT) r = Double.longBitsToDouble(n[a]) <= Double.longBitsToDouble(n[b]);
                    else {
                        f.pc = pc;
                        r = Compare.lessEqual(L, ta, n[a], tb, n[b]);
                        if (L.depth != f.level) continue frames; // a Lua metamethod is running
                        s = L.stack;
                        n = L.nstack;
                    }
                    if (r != want) pc += j;
                    continue;
                }
                case Op.EQK: {
                    long ins = w ^ ((long) Op.EQK << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF), kx = ((int) (ins >>> 32) & 0xFFFF);
                    boolean want = (byte) (ins >>> 24) != 0;
                    int j = (short) (ins >>> 8);
                    pc += 7;
                    if (Values.rawEquals(s[a], n[a], k[kx], kn[kx]) != want) pc += j;
                    continue;
                }
                case Op.LTK: case Op.LEK: case Op.GTK: case Op.GEK: {
                    long ins = w ^ ((long) Op.LTK << 56);
                    int op = (byte) (w >>> 56), a = base + ((int) (ins >>> 48) & 0xFF);
                    int kx = ((int) (ins >>> 32) & 0xFFFF);
                    pc += 7;
                    int r = Compare.numbersWithConstant(op, s[a], n[a], k[kx], kn[kx]);
                    if (r < 0) {
                        f.pc = pc;
                        r = Compare.withConstant(L, op, s[a], n[a], k[kx], kn[kx]) ? 1 : 0;
                        if (L.depth != f.level) continue frames; // a Lua metamethod is running
                        s = L.stack;
                        n = L.nstack;
                    }
                    if ((r != 0) != ((byte) (ins >>> 24) != 0)) pc += (short) (ins >>> 8);
                    continue;
                }
                case Op.TEST: {
                    long ins = w ^ ((long) Op.TEST << 56);
                    Object v = s[base + ((int) (ins >>> 48) & 0xFF)];
                    boolean want = (byte) (ins >>> 40) != 0;
                    int j = (short) (ins >>> 24);
                    pc += 5;
                    if ((v != null && v != Boolean.FALSE) != want) pc += j;
                    continue;
                }

                case Op.CALL: {
                    long ins = w ^ ((long) Op.CALL << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF), b = (int) (ins >>> 40) & 0xFF, c = (int) (ins >>> 32) & 0xFF;
                    pc += 4;
                    f.pc = pc;
                    int nargs = b != 0 ? b - 1 : L.top - a - 1;
                    if (s[a] instanceof LuaClosure ncl) {
                        // a Lua function with fixed parameters, and room for its frame: what
                        // LuaThread.pushLuaFrame does, here, so that the commonest call costs no
                        // Java call (C2's inlining room in this method is small, and not ours to give)
                        Proto np = ncl.proto;
                        int level = f.level + 1;
                        Frame[] frames = L.frames;
                        if (!np.isVararg && a + 1 + np.maxStack + LuaThread.MIN_STACK <= s.length
                                && level < frames.length && frames[level] != null) {
                            for (int i = nargs; i < np.numParams; i++) s[a + 1 + i] = null;
                            Frame g = frames[level];
                            g.closure = ncl;
                            g.javaFunction = null;
                            g.func = a;
                            g.base = a + 1;
                            g.pc = 0;
                            g.nresults = c - 1;
                            g.nvarargs = 0;
                            g.flags = 0;
                            g.tailCall = false;
                            g.hookPc = -1;
                            g.contKind = 0;
                            g.hookSeen = false;
                            g.metaLevel = f.metaLevel;
                            L.depth = level;
                            // enter the callee here rather than through `continue frames`, which
                            // would load again what is at hand (frame, closure, proto)
                            f = g;
                            code = np.paddedCode;
                            k = np.k;
                            kn = np.kn;
                            up = ncl.upvals;
                            base = a + 1;
                            pc = 0;
                            continue;
                        }
                    }
                    if (L.precall(a, nargs, c - 1)) {
                        continue frames;
                    }
                    if (L.yielding) return; // coroutine.yield: back to resume
                    s = L.stack;
                    n = L.nstack;
                    continue;
                }
                case Op.TAILCALL: {
                    long ins = w ^ ((long) Op.TAILCALL << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF), b = (int) (ins >>> 40) & 0xFF;
                    pc += 3;
                    f.pc = pc;
                    int nargs = b != 0 ? b - 1 : L.top - a - 1;
                    while (!(s[a] instanceof LuaFunction)) {
                        nargs = L.insertCallMetamethod(a, nargs);
                        s = L.stack;
                        n = L.nstack;
                    }
                    if (s[a] instanceof LuaClosure ncl) {
                        L.tailCallLua(f, ncl, a, nargs);
                        continue frames;
                    }
                    // not a Lua function: an ordinary call, whose results the RETURN that
                    // follows every TAILCALL hands back (also after a yield inside it)
                    if (L.precall(a, nargs, -1)) {
                        continue frames;
                    }
                    if (L.yielding) return; // coroutine.yield: back to resume
                    s = L.stack;
                    n = L.nstack;
                    continue;
                }
                case Op.RETURN: case Op.RETURN0: case Op.RETURN1: {
                    long ins = w ^ ((long) Op.RETURN << 56);
                    int a, nres;
                    switch ((byte) (w >>> 56)) {
                        case Op.RETURN0 -> {
                            a = base;
                            nres = 0;
                        }
                        case Op.RETURN1 -> {
                            a = base + ((int) (ins >>> 48) & 0xFF);
                            nres = 1;
                        }
                        default -> {
                            a = base + ((int) (ins >>> 48) & 0xFF);
                            int b = (int) (ins >>> 40) & 0xFF;
                            nres = b != 0 ? b - 1 : L.top - a;
                        }
                    }
                    // to-be-closed variables close before the return hook, as in C Lua
                    if (L.ntbc > 0 && L.hasToBeClosed(base)) {
                        f.pc = pc + OpCode.of((byte) (w >>> 56)).size;
                        L.top = a + nres;
                        if (L.closeInLoop(base, pc)) { // a __close runs first
                            if (L.yielding) return;
                            continue frames;
                        }
                        s = L.stack;
                        n = L.nstack;
                    }
                    if (L.hookBits != 0) {
                        f.pc = pc + 1;
                        L.top = a + nres;
                        Hooks.onReturn(L, nres);
                        s = L.stack;
                        n = L.nstack;
                    }
                    int dest = f.func, wanted = f.nresults;
                    if (wanted == 1) {
                        // the common case: one result
                        if (nres > 0) {
                            s[dest] = s[a];
                            n[dest] = n[a];
                        } else {
                            s[dest] = null;
                        }
                        L.top = dest + 1;
                    } else {
                        L.moveResults(a, dest, nres, wanted);
                    }
                    boolean fresh = (f.flags & Frame.FRESH) != 0;
                    L.depth--;
                    if (fresh) return;
                    Frame caller = L.frames[L.depth];
                    // back into a Lua function with nothing to finish, or else returned() sees to it
                    if ((caller.closure == null || caller.contKind != 0) && (!L.returned() || L.yielding)) return;
                    continue frames;
                }

                case Op.FORLOOP: {
                    long ins = w ^ ((long) Op.FORLOOP << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF);
                    int j = (int) (ins >>> 16);
                    pc += 6;
                    if (s[a + 2] == Num.INT) {
                        long count = n[a + 1];
                        if (count != 0) {
                            n[a + 1] = count - 1;
                            long idx = n[a] + n[a + 2];
                            n[a] = idx;
                            if (s[a + 3] != Num.INT) s[a + 3] = Num.INT;
                            n[a + 3] = idx;
                            pc += j;
                        }
                    } else {
                        double step = Double.longBitsToDouble(n[a + 2]), limit = Double.longBitsToDouble(n[a + 1]);
                        double idx = Double.longBitsToDouble(n[a]) + step;
                        if (step > 0 ? idx <= limit : limit <= idx) {
                            n[a] = Double.doubleToRawLongBits(idx);
                            if (s[a + 3] != Num.FLT) s[a + 3] = Num.FLT;
                            n[a + 3] = Double.doubleToRawLongBits(idx);
                            pc += j;
                        }
                    }
                    continue;
                }
                case Op.TFORCALL: {
                    long ins = w ^ ((long) Op.TFORCALL << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF), cnt = (int) (ins >>> 40) & 0xFF;
                    pc += 3;
                    for (int i = 0; i < 3; i++) {
                        s[a + 4 + i] = s[a + i];
                        n[a + 4 + i] = n[a + i];
                    }
                    L.top = a + 7;
                    f.pc = pc;
                    if (L.precall(a + 4, 2, cnt)) {
                        continue frames;
                    }
                    if (L.yielding) return; // coroutine.yield: back to resume
                    s = L.stack;
                    n = L.nstack;
                    continue;
                }
                case Op.TFORLOOP: {
                    long ins = w ^ ((long) Op.TFORLOOP << 56);
                    int a = base + ((int) (ins >>> 48) & 0xFF);
                    int j = (int) (ins >>> 16);
                    pc += 6;
                    if (s[a + 4] != null) {
                        s[a + 2] = s[a + 4];
                        n[a + 2] = n[a + 4];
                        pc += j;
                    }
                    continue;
                }
                default:
                    // FORPREP, TFORPREP, SETLIST, CLOSURE, VARARG, CONCAT, TBC, CLOSE, BNOT, LOADKX
                    if (OutOfLine.execute(L, f, pc)) return; // a coroutine yields
                    continue frames;
            }
        }
        }
    }

    /**
     * Arithmetic on two numbers, inline; false sends the caller to {@link Arith#arith}. Kept
     * small, so that the JIT inlines it into the loop (mixed integer and float operands, as
     * in {@code i * 0.5}, come here on every iteration); the integer cases are out of line.
     */
    private static boolean arithFast(int op, Object tb, long x, Object tc, long y, Object[] s, long[] n, int a) {
        if (tb == Num.INT && tc == Num.INT) return intArith(op, x, y, s, n, a);
        if (op >= Arith.BAND || !isNum(tb) || !isNum(tc)) return false;
        s[a] = Num.FLT;
        n[a] = Double.doubleToRawLongBits(floatArith(op, num(tb, x), num(tc, y)));
        return true;
    }

    /**
     * ADD, SUB and MUL once their cases have handled two integers and two floats: an integer
     * and a float, as in {@code i * 0.5}, or false. Without the integer operators of
     * {@link #arithFast}, it takes little of C2's inlining budget for this method.
     */
    private static boolean mixedArith(int op, Object tb, long x, Object tc, long y, Object[] s, long[] n, int a) {
        if (!isNum(tb) || !isNum(tc)) return false;
        s[a] = Num.FLT;
        n[a] = Double.doubleToRawLongBits(floatArith(op, num(tb, x), num(tc, y)));
        return true;
    }

    private static double floatArith(int op, double u, double v) {
        switch (op) {
            case Arith.ADD: return u + v;
            case Arith.SUB: return u - v;
            case Arith.MUL: return u * v;
            case Arith.DIV: return u / v;
            default: return Arith.floatArith(op, u, v);
        }
    }

    private static boolean intArith(int op, long x, long y, Object[] s, long[] n, int a) {
        switch (op) {
            case Arith.ADD: s[a] = Num.INT; n[a] = x + y; return true;
            case Arith.SUB: s[a] = Num.INT; n[a] = x - y; return true;
            case Arith.MUL: s[a] = Num.INT; n[a] = x * y; return true;
            case Arith.MOD:
                if (y == 0) return false;
                s[a] = Num.INT; n[a] = Arith.imod(x, y); return true;
            case Arith.IDIV:
                if (y == 0) return false;
                s[a] = Num.INT; n[a] = Arith.idiv(x, y); return true;
            case Arith.DIV: s[a] = Num.FLT; n[a] = Double.doubleToRawLongBits((double) x / (double) y); return true;
            case Arith.POW: s[a] = Num.FLT; n[a] = Double.doubleToRawLongBits(Arith.pow(x, y)); return true;
            case Arith.BAND: s[a] = Num.INT; n[a] = x & y; return true;
            case Arith.BOR: s[a] = Num.INT; n[a] = x | y; return true;
            case Arith.BXOR: s[a] = Num.INT; n[a] = x ^ y; return true;
            case Arith.SHL: s[a] = Num.INT; n[a] = Arith.shiftLeft(x, y); return true;
            default: s[a] = Num.INT; n[a] = Arith.shiftLeft(x, -y); return true;
        }
    }
}
