package org.jlua.vm;

/**
 * Metamethod events. The first eight are the ones whose absence a metatable caches
 * ({@link LuaTable#absentEvents}), because the VM asks for them on hot paths.
 * ADD..BNOT follow the order of the arithmetic opcodes (ADD..SHR, UNM, BNOT).
 */
public enum Event {
    INDEX, NEWINDEX, LEN, EQ, CALL, CLOSE, GC, MODE,
    ADD, SUB, MUL, MOD, POW, DIV, IDIV, BAND, BOR, BXOR, SHL, SHR, UNM, BNOT,
    LT, LE, CONCAT, TOSTRING, NAME, METATABLE, PAIRS;

    /** The metamethod's key, e.g. {@code "__index"}. */
    public final LuaString key = LuaString.valueOf("__" + name().toLowerCase());

    private static final Event[] VALUES = values();

    /** The event of an arithmetic or bitwise operation, by its {@link Arith} operator number. */
    public static Event ofArith(int op) {
        return VALUES[ADD.ordinal() + op];
    }
}
