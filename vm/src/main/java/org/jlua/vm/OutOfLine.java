package org.jlua.vm;

/**
 * The instructions the dispatch loop does not run itself: those that run once per loop or
 * per table constructor (FORPREP, TFORPREP, SETLIST), those that allocate or call out anyway
 * (CLOSURE, VARARG, CONCAT), the to-be-closed marks (TBC, CLOSE) and BNOT.
 *
 * Why: C2 inlines into a method only until the method and what it inlined reach 8000 bytes
 * of bytecode. Every byte these cases took in {@link Interpreter#run} was a byte the JIT could
 * not spend on inlining the hot cases' helpers (table lookups, calls).
 */
final class OutOfLine {
    private OutOfLine() {}

    /**
     * Runs the instruction at {@code pc} of frame {@code f}, the frame on top, and leaves
     * {@code f.pc} at the next one to run (it may push a frame, for a metamethod). True when
     * the loop must return: a coroutine is yielding.
     */
    static boolean execute(LuaThread L, Frame f, int pc) {
        byte[] code = f.closure.proto.code;
        int a = f.base + (code[pc + 1] & 0xFF);
        // the pc is saved past the instruction first: an error raised here reads its line from it
        switch (code[pc]) {
            case Op.FORPREP -> {
                f.pc = pc + 6;
                if (!ForLoop.prepare(L, a)) f.pc += Operand.u32(code, pc + 2);
            }
            case Op.TFORPREP -> {
                f.pc = pc + 6;
                L.markClosingValue(a + 3);
                f.pc += Operand.u32(code, pc + 2);
            }
            case Op.SETLIST -> {
                f.pc = pc + 7;
                long first = ((code[pc + 3] & 0xFFL) << 24) | ((code[pc + 4] & 0xFF) << 16)
                        | ((code[pc + 5] & 0xFF) << 8) | (code[pc + 6] & 0xFF);
                L.setList(a, code[pc + 2] & 0xFF, first);
            }
            case Op.CLOSURE -> {
                f.pc = pc + 6;
                L.closure(f, f.closure.proto.protos[Operand.u32(code, pc + 2)], a);
            }
            case Op.VARARG -> {
                f.pc = pc + 3;
                L.varargs(f, a, (code[pc + 2] & 0xFF) - 1);
            }
            case Op.CONCAT -> {
                f.pc = pc + 3;
                Concat.concat(L, a, code[pc + 2] & 0xFF);
            }
            case Op.TBC -> {
                f.pc = pc + 2;
                L.markToBeClosed(a);
            }
            case Op.CLOSE -> {
                f.pc = pc + 2;
                // a __close runs first in a frame above; this CLOSE runs again when it returns
                if (L.closeInLoop(a, pc)) return L.yielding;
            }
            case Op.LOADKX -> {
                f.pc = pc + 6;
                Proto p = f.closure.proto;
                int kx = Operand.u32(code, pc + 2);
                L.stack[a] = p.k[kx];
                L.nstack[a] = p.kn[kx];
            }
            case Op.BNOT -> {
                f.pc = pc + 3;
                int rb = code[pc + 2] & 0xFF;
                Object tb = L.stack[f.base + rb];
                long x = L.nstack[f.base + rb];
                if (!Arith.unaryOnNumber(Arith.BNOT, tb, x, L.stack, L.nstack, a)) {
                    Arith.arith(L, Arith.BNOT, a, tb, x, tb, x, rb, rb);
                }
            }
            default -> throw new IllegalStateException("bad opcode " + code[pc] + " at pc " + pc);
        }
        return false;
    }
}
