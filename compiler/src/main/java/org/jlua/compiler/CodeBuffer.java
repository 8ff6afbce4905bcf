package org.jlua.compiler;

import java.util.Arrays;
import org.jlua.vm.OpCode;
import org.jlua.vm.Operand;

/**
 * The code of one function as it is built: instruction bytes, the source line of every
 * byte, and the number of registers the function needs. Every instruction goes through
 * {@link #emit}, which checks it against its {@link OpCode} format; every jump offset is
 * written by {@link #patchJump}.
 */
final class CodeBuffer {
    /** Lua's MAXREGS: a function may use registers 0..253, so its stack stays below 255. */
    static final int MAX_STACK = 255;

    private final String source;
    private byte[] code = new byte[64];
    private int[] lines = new int[64];
    private int size;
    private int lastPc = -1;
    private int maxStack;

    CodeBuffer(String source) {
        this.source = source;
    }

    /** The offset where the next instruction will start. */
    int pc() {
        return size;
    }

    int maxStack() {
        return maxStack;
    }

    /** Makes registers [0, top) available, raising Lua's error past the limit. */
    void needStack(int top, int line) {
        if (top <= maxStack) return;
        if (top >= MAX_STACK) {
            throw CompileErrors.at(source, line, "function or expression needs too many registers");
        }
        maxStack = top;
    }

    /** Appends one instruction, every byte of it attributed to {@code line}; returns its pc. */
    int emit(OpCode op, int line, int... operands) {
        Operand[] format = op.operands;
        if (operands.length != format.length) {
            throw new IllegalArgumentException(op + " takes " + format.length + " operands");
        }
        for (int i = 0; i < format.length; i++) checkRange(op, format[i], operands[i]);
        if (RegisterSpan.top(op, operands) > maxStack) {
            throw new IllegalStateException(op + " uses a register beyond the reserved stack " + maxStack);
        }
        int at = size;
        lastPc = at;
        ensureRoom(op.size);
        code[size++] = (byte) op.ordinal();
        for (int i = 0; i < format.length; i++) write(format[i], operands[i]);
        Arrays.fill(lines, at, size, line);
        return at;
    }

    /** Points the jump of the instruction at {@code at} to {@code target}. */
    void patchJump(int at, int target, int line) {
        OpCode op = OpCode.of(code[at]);
        int position = at + 1;
        for (Operand o : op.operands) {
            if (o == Operand.JUMP || o == Operand.FARJUMP) {
                int offset = target - (at + op.size);
                if (o == Operand.JUMP && (offset < Short.MIN_VALUE || offset > Short.MAX_VALUE)) {
                    throw new JumpTooFar(line);
                }
                for (int i = o.size - 1; i >= 0; i--) code[position++] = (byte) (offset >> (8 * i));
                return;
            }
            position += o.size;
        }
        throw new IllegalArgumentException(op + " has no jump operand");
    }

    /**
     * The line of the last instruction emitted, or {@code otherwise} for none: for the jumps
     * and closes that end a block, which Lua stamps with the line of the block's last token.
     */
    int lastLine(int otherwise) {
        return size == 0 ? otherwise : lines[size - 1];
    }

    /** The pc of the last instruction emitted, or -1. */
    int lastPc() {
        return lastPc;
    }

    /** Moves the instructions from {@code pc} to the end to another line. */
    void restampFrom(int pc, int line) {
        Arrays.fill(lines, pc, size, line);
    }

    OpCode opAt(int pc) {
        return OpCode.of(code[pc]);
    }

    byte[] code() {
        return Arrays.copyOf(code, size);
    }

    int[] lines() {
        return Arrays.copyOf(lines, size);
    }

    private static void checkRange(OpCode op, Operand kind, int value) {
        long max = switch (kind) {
            case REG, UPVAL, COUNT -> 255;
            case FLAG -> 1;
            case CONST -> 65535;
            case PROTO -> FunctionState.MAX_PROTOS - 1;
            case INT, JUMP -> Short.MAX_VALUE;
            case INDEX, WIDECONST, FARJUMP -> Integer.MAX_VALUE;
        };
        long min = switch (kind) {
            case INT, JUMP -> Short.MIN_VALUE;
            case FARJUMP -> Integer.MIN_VALUE;
            default -> 0;
        };
        if (value < min || value > max) {
            throw new IllegalArgumentException(op + ": " + kind + " operand out of range: " + value);
        }
    }

    private void write(Operand kind, int value) {
        switch (kind.size) {
            case 1 -> code[size++] = (byte) value;
            case 2 -> {
                code[size++] = (byte) (value >> 8);
                code[size++] = (byte) value;
            }
            case 4 -> {
                code[size++] = (byte) (value >> 24);
                code[size++] = (byte) (value >> 16);
                code[size++] = (byte) (value >> 8);
                code[size++] = (byte) value;
            }
            default -> throw new IllegalStateException("operand size " + kind.size);
        }
    }

    private void ensureRoom(int n) {
        if (size + n > code.length) {
            int capacity = Math.max(code.length * 2, size + n);
            code = Arrays.copyOf(code, capacity);
            lines = Arrays.copyOf(lines, capacity);
        }
    }
}
