package org.jlua.vm;

/**
 * A compiled function prototype: what the compiler produces and the VM runs.
 * The encoding of {@link #code} is described in {@link OpCode}.
 *
 * Constants are stored as value pairs ({@link Num}): {@code k[i]} is the object slot
 * ({@link Num#INT}/{@link Num#FLT} for numbers, otherwise a {@link LuaString},
 * {@code Boolean} or null), {@code kn[i]} the numeric bits.
 */
public final class Proto {
    public final byte[] code;
    /** {@link #code} followed by seven zero bytes, so that the loop can read any instruction as one 8-byte word. */
    final byte[] paddedCode;
    public final Object[] k;
    public final long[] kn;
    public final Proto[] protos;
    /** Per upvalue: true if it captures the enclosing function's register (which holds a {@link Cell}). */
    public final boolean[] upvalInRegister;
    /** Per upvalue: that register, or the index of the enclosing function's upvalue. */
    public final int[] upvalIndex;
    public final String[] upvalNames;
    public final int numParams;
    public final boolean isVararg;
    /** Registers the function needs (at most 255). */
    public final int maxStack;
    /** Source line of each code byte (the line of the instruction that byte belongs to). */
    public final int[] lines;
    /** Local variables for debug information and error messages. */
    public final LocalVar[] locals;
    /** Lua's source name: "@file.lua", "=stdin" or the source text of a string chunk. */
    public final String source;
    public final int lineDefined;
    public final int lastLineDefined;

    public Proto(byte[] code, Object[] k, long[] kn, Proto[] protos, boolean[] upvalInRegister,
                 int[] upvalIndex, String[] upvalNames, int numParams, boolean isVararg, int maxStack,
                 int[] lines, LocalVar[] locals, String source, int lineDefined, int lastLineDefined) {
        this.code = code;
        this.paddedCode = java.util.Arrays.copyOf(code, code.length + 7);
        this.k = k;
        this.kn = kn;
        this.protos = protos;
        this.upvalInRegister = upvalInRegister;
        this.upvalIndex = upvalIndex;
        this.upvalNames = upvalNames;
        this.numParams = numParams;
        this.isVararg = isVararg;
        this.maxStack = maxStack;
        this.lines = lines;
        this.locals = locals;
        this.source = source;
        this.lineDefined = lineDefined;
        this.lastLineDefined = lastLineDefined;
    }

    /** A local variable's name, the register it lives in, and the code range [startPc, endPc) where it is active. */
    public record LocalVar(String name, int register, int startPc, int endPc) {}

    /** The line of the instruction that ends just before {@code pc}, or -1 if unknown. */
    public int lineBefore(int pc) {
        int i = pc - 1;
        return i >= 0 && i < lines.length ? lines[i] : -1;
    }

    /** The name of the local variable in {@code register} at {@code pc}, or null. */
    public String localName(int register, int pc) {
        String found = null;
        for (LocalVar v : locals) {
            if (v.register() == register && v.startPc() <= pc && pc < v.endPc()) found = v.name();
        }
        return found;
    }
}
