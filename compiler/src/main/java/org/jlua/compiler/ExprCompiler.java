package org.jlua.compiler;

import static org.jlua.vm.OpCode.*;

import java.util.ArrayList;
import java.util.List;
import org.jlua.ast.BinOp;
import org.jlua.ast.Expr;
import org.jlua.ast.UnOp;
import org.jlua.vm.LuaString;
import org.jlua.vm.OpCode;

/**
 * Expressions in value context, destination-driven: {@link #into} computes an expression
 * into a given register, {@link #any} into whatever register is cheapest (a local's own).
 *
 * The target register of {@link #into} is either scratch ({@link FunctionState#isScratch}:
 * a free temporary at the top, which operands may use on the way) or a live variable's
 * register, which is then written only by the last instruction, after every operand has
 * been read: {@code x = x + 1} computes straight into x, while what must write its target
 * early ({@code and}/{@code or}, calls, concatenations, constructors) goes through a
 * temporary.
 */
final class ExprCompiler {
    private final FunctionState fs;
    final CondCompiler cond;
    final CallCompiler calls;
    private final TableCompiler tables;
    /** Where the instructions of the last constant-key table access began (see {@link #loadedAtOperator}). */
    private int accessStart = -1;

    ExprCompiler(FunctionState fs) {
        this.fs = fs;
        this.cond = new CondCompiler(fs, this);
        this.calls = new CallCompiler(fs, this);
        this.tables = new TableCompiler(fs, this);
    }

    /** Computes the (first) value of {@code e} into register {@code t}. */
    void into(Expr e, int t) {
        while (e instanceof Expr.Paren p) e = p.inner();
        int line = e.line();
        if (Literals.isLiteral(e)) {
            literal(e, t, line);
        } else if (e instanceof Expr.Vararg) {
            fs.emit(VARARG, line, t, 2);
        } else if (e instanceof Expr.Function f) {
            closure(f, t);
        } else if (e instanceof Expr.Table table) {
            tables.into(table, t);
        } else if (e instanceof Expr.Binary b) {
            binary(b, t);
        } else if (e instanceof Expr.Unary u) {
            unary(u, t);
        } else if (e instanceof Expr.Name n) {
            name(n.name(), t, line);
        } else if (e instanceof Expr.Index i) {
            index(i, t);
        } else if (e instanceof Expr.Call || e instanceof Expr.MethodCall) {
            callInto(e, t);
        } else {
            throw new IllegalArgumentException("unknown expression " + e);
        }
    }

    /**
     * The register holding the value of {@code e}: a local's own register, or a new
     * temporary (freed when the caller resets {@link FunctionState#freeReg}).
     */
    int any(Expr e) {
        int r = localRegister(e);
        if (r >= 0) return r;
        r = fs.allocReg(e.line());
        into(e, r);
        return r;
    }

    /** Computes {@code e} in a new temporary, then moves it to {@code t}, which is written last. */
    void viaTemporary(Expr e, int t) {
        int save = fs.freeReg;
        int r = fs.allocReg(e.line());
        into(e, r);
        fs.emit(MOVE, e.line(), t, r);
        fs.freeReg = save;
    }

    /** The register of a local variable that {@code e} names directly, else -1. */
    int localRegister(Expr e) {
        while (e instanceof Expr.Paren p) e = p.inner();
        if (e instanceof Expr.Name n && fs.resolve(n.name(), n.line()) instanceof VarRef.Register r) {
            return r.var().register;
        }
        return -1;
    }

    /**
     * The literal {@code e} stands for (through parentheses and compile-time constants), else
     * null; null too when the function's constants have gone past what an instruction can name
     * and this one is among the later ones, so that the caller loads it into a register.
     */
    Expr constantOf(Expr e) {
        while (e instanceof Expr.Paren p) e = p.inner();
        Expr literal = null;
        if (Literals.isLiteral(e)) {
            literal = e;
        } else if (e instanceof Expr.Name n && fs.resolve(n.name(), n.line()) instanceof VarRef.Constant c) {
            literal = c.value();
        }
        if (literal != null && fs.constants.size() >= ConstantPool.OPERAND_LIMIT
                && constant(literal, e.line()) >= ConstantPool.OPERAND_LIMIT) {
            return null;
        }
        return literal;
    }

    /**
     * The index of a literal that constantOf accepted, as an instruction's operand; -1 when
     * compiling another operand since then took the constants past what an operand can name
     * (the caller then loads the literal into a register).
     */
    int operandConstant(Expr literal, int line) {
        int k = constant(literal, line);
        return k < ConstantPool.OPERAND_LIMIT ? k : -1;
    }

    /** The index of a literal in the constant table. */
    int constant(Expr literal, int line) {
        fs.currentLine = line;
        if (literal instanceof Expr.Int i) return fs.constants.integer(i.value());
        if (literal instanceof Expr.Flt f) return fs.constants.floating(f.value());
        if (literal instanceof Expr.Str s) return fs.constants.string(fs.intern(LuaString.copyOf(s.value(), 0, s.value().length)));
        if (literal instanceof Expr.Nil) return fs.constants.nil();
        if (literal instanceof Expr.True) return fs.constants.bool(true);
        if (literal instanceof Expr.False) return fs.constants.bool(false);
        throw new IllegalArgumentException("not a literal: " + literal);
    }

    int stringConstant(String s, int line) {
        fs.currentLine = line;
        return fs.constants.string(fs.intern(LuaString.valueOf(s)));
    }

    void literal(Expr e, int t, int line) {
        if (e instanceof Expr.Nil) {
            fs.emit(LOADNIL, line, t, 1);
        } else if (e instanceof Expr.True) {
            fs.emit(LOADTRUE, line, t);
        } else if (e instanceof Expr.False) {
            fs.emit(LOADFALSE, line, t);
        } else if (e instanceof Expr.Int i && i.value() >= Short.MIN_VALUE && i.value() <= Short.MAX_VALUE) {
            fs.emit(LOADI, line, t, (int) i.value());
        } else {
            int k = constant(e, line);
            fs.emit(k < ConstantPool.OPERAND_LIMIT ? LOADK : LOADKX, line, t, k);
        }
    }

    // ---- names

    private void name(String name, int t, int line) {
        VarRef ref = fs.resolve(name, line);
        if (ref instanceof VarRef.Register r) {
            if (r.var().register != t) fs.emit(MOVE, line, t, r.var().register);
        } else if (ref instanceof VarRef.InCell c) {
            fs.emit(GETCELL, line, t, c.var().register);
        } else if (ref instanceof VarRef.Upvalue u) {
            fs.emit(GETUPVAL, line, t, u.index());
        } else if (ref instanceof VarRef.Constant c) {
            literal(c.value(), t, line);
        } else {
            global(name, t, line);
        }
    }

    /** A free name reads _ENV.name, wherever _ENV lives. */
    private void global(String name, int t, int line) {
        int key = stringConstant(name, line);
        if (key >= ConstantPool.OPERAND_LIMIT) {
            // a name among the constants no operand can name: _ENV[name] with both in registers
            int save = fs.freeReg;
            name("_ENV", t, line);
            int k = scratchAbove(t, line);
            fs.emit(LOADKX, line, k, key);
            fs.emit(GETTABLE, line, t, t, k);
            fs.freeReg = save;
            return;
        }
        VarRef env = fs.resolve("_ENV", line);
        if (env instanceof VarRef.Upvalue u) {
            fs.emit(GETTABUP, line, t, u.index(), key);
        } else if (env instanceof VarRef.Register r) {
            fs.emit(GETFIELD, line, t, r.var().register, key);
        } else {
            // _ENV in a cell or a constant: t is overwritten right after, so it can hold _ENV.
            name("_ENV", t, line);
            fs.emit(GETFIELD, line, t, t, key);
        }
    }

    /** A register above both the free ones and {@code t}; the caller restores freeReg after. */
    int scratchAbove(int t, int line) {
        if (fs.freeReg <= t) fs.freeReg = t + 1;
        return fs.allocReg(line);
    }

    // ---- indexing

    private void index(Expr.Index e, int t) {
        int line = e.line();
        int save = fs.freeReg;
        Expr key = constantOf(e.key());
        boolean stringKey = key instanceof Expr.Str;
        if (stringKey && upvalueOf(e.object()) >= 0) {
            fs.emit(GETTABUP, line, t, upvalueOf(e.object()), constant(key, line));
            return;
        }
        int object = firstOperand(e.object(), t);
        int kx = stringKey ? operandConstant(key, line) : -1;
        if (kx >= 0) {
            fs.emit(GETFIELD, line, t, object, kx);
        } else {
            int keyPc = fs.code.pc();
            int k = any(e.key());
            fs.emit(GETTABLE, line, t, object, k);
            // A constant key is part of the access (Lua's GETI): it moves with the GETTABLE.
            if (key != null) accessStart = keyPc;
        }
        fs.freeReg = save;
    }

    /** The upvalue index when {@code e} names an upvalue directly, else -1. */
    int upvalueOf(Expr e) {
        while (e instanceof Expr.Paren p) e = p.inner();
        if (e instanceof Expr.Name n && fs.resolve(n.name(), n.line()) instanceof VarRef.Upvalue u) return u.index();
        return -1;
    }

    /**
     * The register of an instruction's first operand: a local's own register, the target
     * itself when it is scratch, or a new temporary.
     */
    private int firstOperand(Expr e, int t) {
        int r = localRegister(e);
        if (r >= 0) return r;
        if (fs.isScratch(t)) {
            into(e, t);
            return t;
        }
        return any(e);
    }

    // ---- operators

    private void binary(Expr.Binary b, int t) {
        switch (b.op()) {
            case AND, OR -> andOr(b, t);
            case CONCAT -> concat(b, t);
            case EQ, NE, LT, LE, GT, GE -> boolValue(b, t);
            default -> arith(b, t);
        }
    }

    private void arith(Expr.Binary b, int t) {
        int line = b.line();
        int save = fs.freeReg;
        int pc = fs.code.pc();
        // (constantOf resolves names, which makes upvalues: the left operand's come first)
        Expr leftK = b.op() == BinOp.ADD || b.op() == BinOp.MUL ? numeralOf(b.left()) : null;
        if (leftK != null && numeralOf(b.right()) == null) {
            // 2 * x: x in a register and 2 as a constant, in one instruction
            int right = firstOperand(b.right(), t);
            int kx = operandConstant(leftK, line);
            if (kx >= 0) {
                fs.emit(b.op() == BinOp.ADD ? KADD : KMUL, line, t, right, kx);
            } else {
                int left = scratchAbove(t, line);
                literal(leftK, left, line);
                fs.emit(withRegisters(b.op()), line, t, left, right);
            }
            fs.freeReg = save;
            return;
        }
        int left = firstOperand(b.left(), t);
        loadedAtOperator(b.left(), pc, line, false);
        Expr k = numeralOf(b.right());
        if (k != null) {
            fs.emit(withConstant(b.op()), line, t, left, constant(k, line));
        } else {
            fs.emit(withRegisters(b.op()), line, t, left, any(b.right()));
        }
        fs.freeReg = save;
    }

    /** The numeral {@code e} stands for (after folding, through compile-time constants), else null. */
    Expr numeralOf(Expr e) {
        Expr k = constantOf(e);
        return k != null && Literals.isNumber(k) ? k : null;
    }

    private static OpCode withRegisters(BinOp op) {
        return switch (op) {
            case ADD -> ADD;
            case SUB -> SUB;
            case MUL -> MUL;
            case DIV -> DIV;
            case MOD -> MOD;
            case POW -> POW;
            case IDIV -> IDIV;
            case BAND -> BAND;
            case BOR -> BOR;
            case BXOR -> BXOR;
            case SHL -> SHL;
            case SHR -> SHR;
            default -> throw new IllegalArgumentException("not arithmetic: " + op);
        };
    }

    private static OpCode withConstant(BinOp op) {
        return switch (op) {
            case ADD -> ADDK;
            case SUB -> SUBK;
            case MUL -> MULK;
            case DIV -> DIVK;
            case MOD -> MODK;
            case POW -> POWK;
            case IDIV -> IDIVK;
            case BAND -> BANDK;
            case BOR -> BORK;
            case BXOR -> BXORK;
            case SHL -> SHLK;
            case SHR -> SHRK;
            default -> throw new IllegalArgumentException("not arithmetic: " + op);
        };
    }

    private void unary(Expr.Unary u, int t) {
        if (u.op() == UnOp.NOT && CondCompiler.isCondition(u.operand())) {
            boolValue(u, t);
            return;
        }
        int save = fs.freeReg;
        int operand = firstOperand(u.operand(), t);
        OpCode op = switch (u.op()) {
            case NEG -> UNM;
            case NOT -> NOT;
            case LEN -> LEN;
            case BNOT -> BNOT;
        };
        fs.emit(op, u.line(), t, operand);
        fs.freeReg = save;
    }

    /**
     * Lua loads a name, field or constant that is a binary operator's left operand only when
     * it reads the operator, so that load carries the operator's line (which error messages
     * show). Numerals stay constants for arithmetic and comparisons, so they are not loaded
     * there.
     */
    void loadedAtOperator(Expr operand, int pcBefore, int line, boolean numeralsToo) {
        while (operand instanceof Expr.Paren p) operand = p.inner();
        boolean lazy = operand instanceof Expr.Index || operand instanceof Expr.Name
                || Literals.isLiteral(operand) && (numeralsToo || !Literals.isNumber(operand));
        int last = fs.code.lastPc();
        if (!lazy || last < pcBefore) return;
        int from = operand instanceof Expr.Index && accessStart >= pcBefore && fs.code.opAt(last) == GETTABLE
                ? accessStart : last;
        fs.code.restampFrom(from, line);
    }

    /** A comparison (or the negation of one) as a value: true or false by jumps. */
    private void boolValue(Expr e, int t) {
        int line = e.line();
        JumpList whenFalse = new JumpList();
        cond.jumpIf(e, false, whenFalse);
        fs.emit(LOADTRUE, line, t);
        int skip = fs.emit(JMP, line, 0);
        whenFalse.patchHere(fs.code, line);
        fs.emit(LOADFALSE, line, t);
        fs.code.patchJump(skip, fs.code.pc(), line);
    }

    /**
     * {@code a and b} / {@code a or b}: a goes into the target, and a TEST jumps over b when
     * a decides the result. A comparison on the left decides by its own jump, its value then
     * being false (for and) or true (for or).
     */
    private void andOr(Expr.Binary b, int t) {
        int line = b.line();
        if (!fs.isScratch(t)) {
            viaTemporary(b, t);
            return;
        }
        boolean isAnd = b.op() == BinOp.AND;
        if (CondCompiler.isCondition(b.left())) {
            JumpList decided = new JumpList();
            cond.jumpIf(b.left(), !isAnd, decided);
            into(b.right(), t);
            int skip = fs.emit(JMP, line, 0);
            decided.patchHere(fs.code, line);
            fs.emit(isAnd ? LOADFALSE : LOADTRUE, line, t);
            fs.code.patchJump(skip, fs.code.pc(), line);
        } else {
            int pc = fs.code.pc();
            into(b.left(), t);
            loadedAtOperator(b.left(), pc, line, true);
            int test = fs.emitConditional(TEST, line, t, isAnd ? 1 : 0, 0);
            into(b.right(), t);
            fs.code.patchJump(test, fs.code.pc(), line);
        }
    }

    /** {@code a .. b .. c}: the operands in consecutive registers and one CONCAT. */
    private void concat(Expr.Binary b, int t) {
        List<Expr> parts = new ArrayList<>();
        List<Integer> operatorLines = new ArrayList<>();
        Expr.Binary last = b;
        Expr e = b;
        while (e instanceof Expr.Binary c && c.op() == BinOp.CONCAT) {
            parts.add(c.left());
            operatorLines.add(c.line());
            last = c;
            e = c.right();
            while (e instanceof Expr.Paren p && p.inner() instanceof Expr.Binary inner && inner.op() == BinOp.CONCAT) {
                e = inner;
            }
        }
        parts.add(e);
        int line = last.line();
        int save = fs.freeReg;
        int base;
        int first;
        if (fs.isScratch(t)) {
            base = t;
            first = 1;
        } else {
            base = fs.freeReg;
            first = 0;
        }
        for (int i = 0; i < parts.size(); i++) {
            int pc = fs.code.pc();
            into(parts.get(i), i < first ? t : fs.allocReg(parts.get(i).line()));
            if (i < operatorLines.size()) loadedAtOperator(parts.get(i), pc, operatorLines.get(i), true);
        }
        fs.emit(CONCAT, line, base, parts.size());
        if (base != t) fs.emit(MOVE, line, t, base);
        fs.freeReg = save;
    }

    // ---- functions and calls

    private void closure(Expr.Function f, int t) {
        if (t != fs.freeReg - 1) {
            // Built in the top register, as tables are: the VM's allocation step then treats
            // every register above it as dead, so that garbage left there can be collected.
            viaTemporary(f, t);
            return;
        }
        int index = fs.addProto(FunctionCompiler.compileNested(f.body(), fs), f.line());
        fs.emit(CLOSURE, f.body().endLine(), t, index);
    }

    private void callInto(Expr call, int t) {
        if (fs.isScratch(t)) {
            fs.freeReg = t;
            calls.call(call, 1);
        } else {
            int base = fs.freeReg;
            calls.call(call, 1);
            fs.emit(MOVE, call.line(), t, base);
            fs.freeReg = base;
        }
    }
}
