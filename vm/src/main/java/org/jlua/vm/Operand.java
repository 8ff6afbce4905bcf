package org.jlua.vm;

/** The kinds of instruction operand, with their sizes in the code bytes. */
public enum Operand {
    /** u8: a register of the current frame (R[x] in the meanings). */
    REG(1),
    /** u16: an index into the prototype's constants (K[x]). */
    CONST(2),
    /** u8: an index into the closure's upvalues. */
    UPVAL(1),
    /** u8: a count (of registers, arguments + 1, results + 1, ...). */
    COUNT(1),
    /** s16: an integer immediate. */
    INT(2),
    /** s16: a jump offset, relative to the start of the next instruction. */
    JUMP(2),
    /**
     * s32: JMP's offset, relative to the start of the next instruction. The jumps out of an
     * if's branches, out of loops (break) and back to their start, and gotos span code of any
     * size, as in C Lua (a long elseif chain, a loop around a big table constructor).
     */
    FARJUMP(4),
    /** u8: 0 or 1, the expected truth of a test. */
    FLAG(1),
    /** u32: an index into the prototype's nested prototypes (C Lua allows 131,071). */
    PROTO(4),
    /** u32: a table index (SETLIST). */
    INDEX(4),
    /** u32: an index into the prototype's constants, for one past the first 65,536 (LOADKX). */
    WIDECONST(4);

    public final int size;

    Operand(int size) {
        this.size = size;
    }

    /** The 32-bit operand at {@code at} (big-endian, as all operands): an offset or an index. */
    static int u32(byte[] code, int at) {
        return (code[at] << 24) | ((code[at + 1] & 0xFF) << 16) | ((code[at + 2] & 0xFF) << 8) | (code[at + 3] & 0xFF);
    }
}
