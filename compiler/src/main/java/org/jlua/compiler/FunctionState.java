package org.jlua.compiler;

import java.util.ArrayList;
import java.util.List;
import org.jlua.ast.Expr;
import org.jlua.vm.LuaError;
import org.jlua.vm.LuaString;
import org.jlua.vm.OpCode;
import org.jlua.vm.Proto;

/**
 * The compile-time state of one function: its code, constants, nested prototypes and
 * upvalues, the active local variables with their registers, the free-register mark and
 * the block nesting. Registers: locals from 0 in declaration order, temporaries above
 * ({@link #freeReg}); between statements {@code freeReg == varLevel()}.
 */
final class FunctionState implements ConstantPool.LimitReporter {
    /** Lua's MAXVARS: active locals per function. */
    static final int MAX_LOCALS = 200;
    /** Upvalue indices are u8; Lua's MAXUPVAL. */
    static final int MAX_UPVALUES = 255;
    /** Nested functions a function may have, as in C Lua (the largest index its CLOSURE takes). */
    static final int MAX_PROTOS = (1 << 17) - 1;

    private record Upvalue(String name, boolean inRegister, int index, boolean readonly) {}

    private static final class DebugLocal {
        final String name;
        final int register;
        int startPc;
        int endPc;

        DebugLocal(String name, int register, int startPc) {
            this.name = name;
            this.register = register;
            this.startPc = startPc;
        }
    }

    final FunctionState parent;
    final String source;
    final Resolution resolution;
    /** The line of {@code function}, 0 for the main chunk. */
    final int lineDefined;
    final CodeBuffer code;
    final ConstantPool constants;
    final Labels labels = new Labels(this);
    private final List<Proto> protos = new ArrayList<>();
    private final List<Upvalue> upvalues = new ArrayList<>();
    private final List<LocalVariable> actives = new ArrayList<>();
    private final List<DebugLocal> debugLocals = new ArrayList<>();
    private BlockScope block;
    /** The first register not in use. */
    int freeReg;
    /** The line errors without a better position are reported at. */
    int currentLine;
    /** Where the lexer was when the function closed: Lua reports gotos without a label there. */
    int closeLine;
    /**
     * One string object per distinct literal in the whole chunk, as C Lua's lexer anchors
     * them: equal constants are the same object (string.format("%p") can tell).
     */
    private final java.util.Map<LuaString, LuaString> chunkStrings;

    FunctionState(FunctionState parent, String source, Resolution resolution, int lineDefined) {
        this.parent = parent;
        this.source = source;
        this.resolution = resolution;
        this.lineDefined = lineDefined;
        this.code = new CodeBuffer(source);
        this.constants = new ConstantPool(this);
        this.chunkStrings = parent == null ? new java.util.HashMap<>() : parent.chunkStrings;
    }

    /** The chunk's one object for this string's contents. */
    LuaString intern(LuaString s) {
        LuaString first = chunkStrings.putIfAbsent(s, s);
        return first != null ? first : s;
    }

    LuaError error(int line, String message) {
        return CompileErrors.at(source, line, message);
    }

    /** The constant pool's limit, at the line being compiled. */
    @Override
    public RuntimeException tooMany(int limit, String what) {
        return limitError(currentLine, limit, what);
    }

    LuaError limitError(int line, int limit, String what) {
        return CompileErrors.limit(source, line, lineDefined, limit, what);
    }

    int emit(OpCode op, int line, int... operands) {
        return code.emit(op, line, operands);
    }

    /**
     * Set when this function is compiled again because a conditional jump could not reach
     * its target (JumpTooFar): each conditional jump then goes through a JMP, which reaches
     * any distance.
     */
    boolean farConditions;

    /**
     * Emits a conditional jump (its flag k second to last, its jump last and yet unknown) and
     * returns the pc whose jump is to be set: the instruction's own or, with farConditions, a
     * JMP after it, which the test (with k flipped) jumps over when the original falls through.
     */
    int emitConditional(OpCode op, int line, int... operands) {
        if (!farConditions) return code.emit(op, line, operands);
        int[] flipped = operands.clone();
        flipped[flipped.length - 2] ^= 1;
        int test = code.emit(op, line, flipped);
        int jmp = code.emit(OpCode.JMP, line, 0);
        code.patchJump(test, jmp + OpCode.JMP.size, line);
        return jmp;
    }

    /** Emits a jump-carrying instruction whose target is already known (a backward jump). */
    void emitJumpTo(int target, OpCode op, int line, int... operands) {
        int pc = code.emit(op, line, operands);
        code.patchJump(pc, target, line);
    }

    // ---- registers

    int allocReg(int line) {
        code.needStack(freeReg + 1, line);
        return freeReg++;
    }

    void reserve(int n, int line) {
        code.needStack(freeReg + n, line);
        freeReg += n;
    }

    /** The first register above the active variables. */
    int varLevel() {
        return regLevel(actives.size());
    }

    /** The first register above the first {@code nvar} active variables. */
    int regLevel(int nvar) {
        return nvar == 0 ? 0 : actives.get(nvar - 1).levelAfter;
    }

    /** True if {@code t} is a free temporary at the top: an expression may use it as scratch. */
    boolean isScratch(int t) {
        return t == freeReg - 1 && t >= varLevel();
    }

    // ---- local variables

    int nactvar() {
        return actives.size();
    }

    String activeName(int index) {
        return actives.get(index).name;
    }

    /**
     * Lua's limit of 200 locals, checked as each of {@code pending} more variables is
     * declared: the index of the first one past it, or -1 if all fit. The caller names the
     * token after that one's name in {@link #tooManyLocals}.
     */
    int firstLocalPastLimit(int pending) {
        return actives.size() + pending <= MAX_LOCALS ? -1 : MAX_LOCALS - actives.size();
    }

    /** The "too many local variables" error, with the token Lua was reading then. */
    LuaError tooManyLocals(int line, String near) {
        LuaError e = limitError(line, MAX_LOCALS, "local variables");
        return new LuaError(e.getMessage() + " near " + near);
    }

    /** Brings a variable into scope, recording it in the debug information from the current pc. */
    LocalVariable activate(String name, int register, boolean inCell, int cellRegister, boolean readonly,
                           Expr constant) {
        LocalVariable v = new LocalVariable(name, register, inCell, cellRegister, readonly, constant);
        v.levelAfter = Math.max(varLevel(), v.registerEnd());
        actives.add(v);
        if (constant == null) {
            v.debugIndex = debugLocals.size();
            debugLocals.add(new DebugLocal(name, register, code.pc()));
        }
        return v;
    }

    /** Moves the start of a variable's debug range to the current pc (after its initialisation). */
    void startsHere(LocalVariable v) {
        if (v.debugIndex >= 0) debugLocals.get(v.debugIndex).startPc = code.pc();
    }

    private void removeVars(int toLevel) {
        while (actives.size() > toLevel) {
            LocalVariable v = actives.remove(actives.size() - 1);
            if (v.debugIndex >= 0) debugLocals.get(v.debugIndex).endPc = code.pc();
        }
    }

    /** Marks an active variable to be closed when its block is left. */
    void markToBeClosed(LocalVariable v) {
        v.toBeClosed = true;
        block.hasToBeClosed = true;
    }

    /** True if a to-be-closed variable in register {@code level} or above is active. */
    boolean hasToBeClosedFrom(int level) {
        for (LocalVariable v : actives) {
            if (v.toBeClosed && v.register >= level) return true;
        }
        return false;
    }

    /** True inside the scope of a to-be-closed variable, where a return cannot be a tail call. */
    boolean insideToBeClosed() {
        return hasToBeClosedFrom(0);
    }

    // ---- blocks

    BlockScope block() {
        return block;
    }

    void enterBlock(boolean isLoop) {
        block = new BlockScope(block, actives.size(), isLoop, labels.labelCount(), labels.gotoCount());
    }

    /**
     * Leaves the current block: its variables go out of scope, closing them if needed.
     * {@code line}: where errors found now are reported (the end of a function).
     */
    void leaveBlock(int line) {
        BlockScope b = block;
        int level = regLevel(b.nactvar);
        removeVars(b.nactvar);
        int endLine = code.lastLine(line);
        boolean closed = b.isLoop && labels.create(Labels.BREAK, endLine, false, line);
        if (!closed && b.previous != null && b.hasToBeClosed) emit(OpCode.CLOSE, endLine, level);
        freeReg = level;
        labels.dropLabels(b.firstLabel);
        block = b.previous;
        if (b.previous != null) {
            labels.moveOut(b, level);
        } else {
            labels.checkAllSolved(closeLine > 0 ? closeLine : line);
        }
    }

    // ---- names

    VarRef resolve(String name, int line) {
        for (int i = actives.size() - 1; i >= 0; i--) {
            LocalVariable v = actives.get(i);
            if (v.name.equals(name)) {
                if (v.constant != null) return new VarRef.Constant(v.constant, name);
                return v.inCell ? new VarRef.InCell(v) : new VarRef.Register(v);
            }
        }
        for (int i = 0; i < upvalues.size(); i++) {
            Upvalue u = upvalues.get(i);
            if (u.name().equals(name)) return new VarRef.Upvalue(i, name, u.readonly());
        }
        if (parent == null) return new VarRef.Global(name);
        VarRef outer = parent.resolve(name, line);
        if (outer instanceof VarRef.Register r) return capture(name, true, cellOf(r.var()), r.var().readonly, line);
        if (outer instanceof VarRef.InCell c) return capture(name, true, c.var().register, c.var().readonly, line);
        if (outer instanceof VarRef.Upvalue u) return capture(name, false, u.index(), u.readonly(), line);
        return outer;
    }

    private static int cellOf(LocalVariable v) {
        if (v.cellRegister < 0) throw new IllegalStateException("local '" + v.name + "' captured but not in a cell");
        return v.cellRegister;
    }

    private VarRef capture(String name, boolean inRegister, int index, boolean readonly, int line) {
        if (upvalues.size() + 1 > MAX_UPVALUES) throw limitError(line, MAX_UPVALUES, "upvalues");
        upvalues.add(new Upvalue(name, inRegister, index, readonly));
        return new VarRef.Upvalue(upvalues.size() - 1, name, readonly);
    }

    /** The main chunk's only upvalue, the globals table. */
    void addEnvUpvalue() {
        upvalues.add(new Upvalue("_ENV", false, 0, false));
    }

    int addProto(Proto p, int line) {
        if (protos.size() >= MAX_PROTOS) throw limitError(line, MAX_PROTOS, "functions");
        protos.add(p);
        return protos.size() - 1;
    }

    Proto toProto(int numParams, boolean isVararg, int lastLineDefined) {
        int n = upvalues.size();
        boolean[] inRegister = new boolean[n];
        int[] index = new int[n];
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            Upvalue u = upvalues.get(i);
            inRegister[i] = u.inRegister();
            index[i] = u.index();
            names[i] = u.name();
        }
        Proto.LocalVar[] locals = new Proto.LocalVar[debugLocals.size()];
        for (int i = 0; i < locals.length; i++) {
            DebugLocal d = debugLocals.get(i);
            locals[i] = new Proto.LocalVar(d.name, d.register, d.startPc, d.endPc);
        }
        return new Proto(code.code(), constants.objects(), constants.numbers(), protos.toArray(new Proto[0]),
                inRegister, index, names, numParams, isVararg, code.maxStack(), code.lines(), locals, source,
                lineDefined, lastLineDefined);
    }
}
