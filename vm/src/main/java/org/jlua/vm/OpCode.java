package org.jlua.vm;

import static org.jlua.vm.Operand.*;

/**
 * The instruction set. An instruction is one opcode byte followed by its operands, in the
 * order listed, each encoded as its {@link Operand} says (multi-byte operands big-endian).
 * R[x] is register x of the current frame, K[x] a constant, U[x] an upvalue.
 *
 * Limits that follow: 255 registers per function, 131,071 nested functions per function,
 * 65,536 constants that an instruction can name (the rest are loaded with LOADKX), 255
 * upvalues, and conditional jumps of at most 32,767 bytes either way; JMP and the loops'
 * jumps go any distance.
 *
 * Local variables captured by an inner function live in a {@link Cell}: the declaring
 * function creates the cell with NEWCELL when the variable comes into scope (so each loop
 * iteration gets a fresh one) and reads and writes it with GETCELL/SETCELL; closures share it.
 *
 * Conditional jumps carry a flag k: they jump when the test's outcome differs from k, so
 * {@code if a < b then} compiles to LT a b 1 (jump over the block when a < b is false).
 *
 * {@link Op} holds the same opcodes as int constants for the dispatch switch.
 */
public enum OpCode {
    MOVE("R[A] := R[B]", REG, REG),
    LOADK("R[A] := K[Bx]", REG, CONST),
    LOADI("R[A] := integer sBx", REG, INT),
    LOADNIL("R[A], ..., R[A+N-1] := nil", REG, COUNT),
    LOADTRUE("R[A] := true", REG),
    LOADFALSE("R[A] := false", REG),

    NEWCELL("R[A] := a new cell holding R[A]", REG),
    GETCELL("R[A] := the value in cell R[B]", REG, REG),
    SETCELL("the value in cell R[A] := R[B]", REG, REG),
    GETUPVAL("R[A] := U[B]", REG, UPVAL),
    SETUPVAL("U[B] := R[A]", REG, UPVAL),

    GETTABUP("R[A] := U[B][K[C]] (K[C] a string: a global through _ENV)", REG, UPVAL, CONST),
    SETTABUP("U[A][K[B]] := R[C]", UPVAL, CONST, REG),
    GETTABLE("R[A] := R[B][R[C]]", REG, REG, REG),
    SETTABLE("R[A][R[B]] := R[C]", REG, REG, REG),
    GETFIELD("R[A] := R[B][K[C]] (K[C] a string)", REG, REG, CONST),
    SETFIELD("R[A][K[B]] := R[C] (K[B] a string)", REG, CONST, REG),
    SELF("R[A+1] := R[B]; R[A] := R[B][K[C]] (K[C] a string)", REG, REG, CONST),
    // the array size is exact, as in C Lua: a constructor of many items fills a table made
    // for them all, not one that grows at every SETLIST
    NEWTABLE("R[A] := {} with room for B array items and C hash fields", REG, INDEX, COUNT),
    SETLIST("R[A][I+j] := R[A+j] for j = 1..B; B = 0: up to the top", REG, COUNT, INDEX),

    ADD("R[A] := R[B] + R[C]", REG, REG, REG),
    SUB("R[A] := R[B] - R[C]", REG, REG, REG),
    MUL("R[A] := R[B] * R[C]", REG, REG, REG),
    MOD("R[A] := R[B] % R[C]", REG, REG, REG),
    POW("R[A] := R[B] ^ R[C]", REG, REG, REG),
    DIV("R[A] := R[B] / R[C]", REG, REG, REG),
    IDIV("R[A] := R[B] // R[C]", REG, REG, REG),
    BAND("R[A] := R[B] & R[C]", REG, REG, REG),
    BOR("R[A] := R[B] | R[C]", REG, REG, REG),
    BXOR("R[A] := R[B] ~ R[C]", REG, REG, REG),
    SHL("R[A] := R[B] << R[C]", REG, REG, REG),
    SHR("R[A] := R[B] >> R[C]", REG, REG, REG),

    ADDK("R[A] := R[B] + K[C] (K[C] a number)", REG, REG, CONST),
    SUBK("R[A] := R[B] - K[C]", REG, REG, CONST),
    MULK("R[A] := R[B] * K[C]", REG, REG, CONST),
    MODK("R[A] := R[B] % K[C]", REG, REG, CONST),
    POWK("R[A] := R[B] ^ K[C]", REG, REG, CONST),
    DIVK("R[A] := R[B] / K[C]", REG, REG, CONST),
    IDIVK("R[A] := R[B] // K[C]", REG, REG, CONST),
    BANDK("R[A] := R[B] & K[C]", REG, REG, CONST),
    BORK("R[A] := R[B] | K[C]", REG, REG, CONST),
    BXORK("R[A] := R[B] ~ K[C]", REG, REG, CONST),
    SHLK("R[A] := R[B] << K[C]", REG, REG, CONST),
    SHRK("R[A] := R[B] >> K[C]", REG, REG, CONST),

    UNM("R[A] := -R[B]", REG, REG),
    BNOT("R[A] := ~R[B]", REG, REG),
    NOT("R[A] := not R[B]", REG, REG),
    LEN("R[A] := #R[B]", REG, REG),
    CONCAT("R[A] := R[A] .. ... .. R[A+N-1] (N >= 2)", REG, COUNT),

    JMP("pc += sJ", FARJUMP),
    EQ("if ((R[A] == R[B]) ~= k) then pc += sJ", REG, REG, FLAG, JUMP),
    LT("if ((R[A] <  R[B]) ~= k) then pc += sJ", REG, REG, FLAG, JUMP),
    LE("if ((R[A] <= R[B]) ~= k) then pc += sJ", REG, REG, FLAG, JUMP),
    EQK("if ((R[A] == K[B]) ~= k) then pc += sJ", REG, CONST, FLAG, JUMP),
    TEST("if (truthy(R[A]) ~= k) then pc += sJ", REG, FLAG, JUMP),

    CALL("R[A], ..., R[A+C-2] := R[A](R[A+1], ..., R[A+B-1]); B = 0: args up to the top; C = 0: all results, top set",
            REG, COUNT, COUNT),
    TAILCALL("return R[A](R[A+1], ..., R[A+B-1]); B = 0: args up to the top", REG, COUNT),
    RETURN("return R[A], ..., R[A+B-2]; B = 0: up to the top", REG, COUNT),
    RETURN0("return", new Operand[0]),
    RETURN1("return R[A]", REG),
    VARARG("R[A], ..., R[A+C-2] := ...; C = 0: all of them, top set", REG, COUNT),
    CLOSURE("R[A] := closure(KPROTO[Bx])", REG, PROTO),

    FORPREP("prepare the numeric loop R[A] (init), R[A+1] (limit), R[A+2] (step); R[A+3] := init; "
            + "if the loop runs zero times, pc += sJ", REG, FARJUMP),
    FORLOOP("step the numeric loop R[A..A+2]; if it goes on, R[A+3] := next value, pc += sJ (backwards)",
            REG, FARJUMP),
    TFORPREP("mark R[A+3] (the closing value) to be closed; pc += sJ (to the TFORCALL)", REG, FARJUMP),
    TFORCALL("R[A+4], ..., R[A+3+C] := R[A](R[A+1], R[A+2])", REG, COUNT),
    TFORLOOP("if R[A+4] ~= nil then { R[A+2] := R[A+4]; pc += sJ (backwards) }", REG, FARJUMP),

    TBC("mark R[A] as a to-be-closed variable", REG),
    CLOSE("close the to-be-closed variables in R[A] and above", REG),

    // comparisons with a numeric constant, as C Lua's LTI/LEI/GTI/GEI: one instruction, not
    // a LOADK and a compare; GT and GE keep the constant on the left for metamethods and errors
    LTK("if ((R[A] <  K[B]) ~= k) then pc += sJ", REG, CONST, FLAG, JUMP),
    LEK("if ((R[A] <= K[B]) ~= k) then pc += sJ", REG, CONST, FLAG, JUMP),
    GTK("if ((K[B] <  R[A]) ~= k) then pc += sJ", REG, CONST, FLAG, JUMP),
    GEK("if ((K[B] <= R[A]) ~= k) then pc += sJ", REG, CONST, FLAG, JUMP),

    // a numeral on the left of + or *, as in 2 * x: run as ADDK and MULK, but a metamethod
    // or an error sees the operands in source order (C Lua swaps them and flips MMBINK)
    KADD("R[A] := K[C] + R[B]", REG, REG, CONST),
    KMUL("R[A] := K[C] * R[B]", REG, REG, CONST),

    // stores of a constant value (t[i] = true, t.n = 0) without loading it first, as C Lua's
    // SETTABLE and SETFIELD take an RK operand
    SETTABLEK("R[A][R[B]] := K[C]", REG, REG, CONST),
    SETFIELDK("R[A][K[B]] := K[C]", REG, CONST, CONST),

    // a function with more constants than a 16-bit operand addresses (a long table of data):
    // the compiler loads those past the first 65,536 into a register, as C Lua's LOADKX does
    LOADKX("R[A] := K[Ax]", REG, WIDECONST);

    public final String meaning;
    public final Operand[] operands;
    /** Size in bytes of the whole instruction, opcode included. */
    public final int size;

    OpCode(String meaning, Operand... operands) {
        this.meaning = meaning;
        this.operands = operands;
        int n = 1;
        for (Operand o : operands) n += o.size;
        this.size = n;
    }

    private static final OpCode[] VALUES = values();

    public static OpCode of(int opcodeByte) {
        return VALUES[opcodeByte & 0xFF];
    }
}
