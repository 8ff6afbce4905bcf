package org.jlua.compiler;

import static org.jlua.vm.OpCode.*;

import org.jlua.ast.BinOp;
import org.jlua.ast.Expr;
import org.jlua.ast.UnOp;
import org.jlua.vm.OpCode;

/**
 * Expressions in condition context (if, while, repeat, and the left side of and/or):
 * comparisons, {@code not}, {@code and} and {@code or} become conditional jumps, without
 * materialising booleans. A test instruction jumps when its outcome differs from its flag k.
 */
final class CondCompiler {
    private final FunctionState fs;
    private final ExprCompiler exprs;

    CondCompiler(FunctionState fs, ExprCompiler exprs) {
        this.fs = fs;
        this.exprs = exprs;
    }

    /** True for the expressions whose value is a boolean decided by a comparison. */
    static boolean isCondition(Expr e) {
        while (e instanceof Expr.Paren p) e = p.inner();
        if (e instanceof Expr.Unary u) return u.op() == UnOp.NOT && isCondition(u.operand());
        return e instanceof Expr.Binary b && isComparison(b.op());
    }

    private static boolean isComparison(BinOp op) {
        return switch (op) {
            case EQ, NE, LT, LE, GT, GE -> true;
            default -> false;
        };
    }

    /**
     * Emits code that jumps (adding the jumps to {@code list}) when the truth of {@code e}
     * is {@code when}, and falls through otherwise.
     */
    void jumpIf(Expr e, boolean when, JumpList list) {
        jumpIf(e, when, list, -1);
    }

    /**
     * As {@link #jumpIf(Expr, boolean, JumpList)}; the test of the value decided last (not a
     * comparison) goes on line {@code testLine} when it is not -1: an 'if' codes it at its
     * 'then', as Lua does.
     */
    void jumpIf(Expr e, boolean when, JumpList list, int testLine) {
        while (e instanceof Expr.Paren p) e = p.inner();
        Expr k = exprs.constantOf(e);
        if (k != null) {
            if (Literals.isTruthy(k) == when) list.add(fs.emit(JMP, testLine >= 0 ? testLine : e.line(), 0));
        } else if (e instanceof Expr.Unary u && u.op() == UnOp.NOT) {
            jumpIf(u.operand(), !when, list, testLine);
        } else if (e instanceof Expr.Binary b && b.op() == BinOp.AND) {
            if (!when) {
                jumpIf(b.left(), false, list);
                jumpIf(b.right(), false, list, testLine);
            } else {
                JumpList leftFalse = new JumpList();
                jumpIf(b.left(), false, leftFalse);
                jumpIf(b.right(), true, list, testLine);
                leftFalse.patchHere(fs.code, b.line());
            }
        } else if (e instanceof Expr.Binary b && b.op() == BinOp.OR) {
            if (when) {
                jumpIf(b.left(), true, list);
                jumpIf(b.right(), true, list, testLine);
            } else {
                JumpList leftTrue = new JumpList();
                jumpIf(b.left(), true, leftTrue);
                jumpIf(b.right(), false, list, testLine);
                leftTrue.patchHere(fs.code, b.line());
            }
        } else if (e instanceof Expr.Binary b && isComparison(b.op())) {
            compare(b, when, list);
        } else {
            int save = fs.freeReg;
            int r = exprs.any(e);
            list.add(fs.emitConditional(TEST, testLine >= 0 ? testLine : Lines.last(e), r, when ? 0 : 1, 0));
            fs.freeReg = save;
        }
    }

    private int leftOperand(Expr.Binary b) {
        int pc = fs.code.pc();
        int r = exprs.any(b.left());
        exprs.loadedAtOperator(b.left(), pc, b.line(), false);
        return r;
    }

    /** LT or LE of two registers, operands swapped for > and >= (a > b is b < a). */
    private int compareRegisters(boolean less, boolean flipped, int ra, int rb, int jumpWhenFalse, int line) {
        OpCode op = less ? LT : LE;
        return flipped ? fs.emitConditional(op, line, rb, ra, jumpWhenFalse, 0) : fs.emitConditional(op, line, ra, rb, jumpWhenFalse, 0);
    }

    /**
     * EQ/LT/LE jump when the comparison's outcome differs from k, so jumping when it is
     * {@code when} takes k = not when. {@code a > b} is {@code b < a} and {@code a ~= b} an
     * inverted EQ; operands are evaluated in source order (a metamethod sees them as Lua's
     * would: {@code b < a} for {@code a > b}).
     */
    private void compare(Expr.Binary b, boolean when, JumpList list) {
        // Lua stamps a comparison with the line where its right operand ends, not the operator's.
        int line = Lines.last(b.right());
        int save = fs.freeReg;
        int jumpWhenFalse = when ? 0 : 1;
        int pc;
        switch (b.op()) {
            case EQ, NE -> {
                int k = b.op() == BinOp.EQ ? jumpWhenFalse : 1 - jumpWhenFalse;
                // left first: resolving a name can make it an upvalue, and upvalues are
                // numbered in the order Lua reads their names
                Expr left = exprs.constantOf(b.left());
                Expr right = exprs.constantOf(b.right());
                if (right != null) left = null;
                if (right != null) {
                    int ra = leftOperand(b);
                    int kx = exprs.operandConstant(right, line);
                    pc = kx >= 0 ? fs.emitConditional(EQK, line, ra, kx, k, 0) : fs.emitConditional(EQ, line, ra, exprs.any(b.right()), k, 0);
                } else if (left != null) {
                    int rb = exprs.any(b.right());
                    int kx = exprs.operandConstant(left, line);
                    pc = kx >= 0 ? fs.emitConditional(EQK, line, rb, kx, k, 0) : fs.emitConditional(EQ, line, exprs.any(b.left()), rb, k, 0);
                } else {
                    int ra = leftOperand(b);
                    int rb = exprs.any(b.right());
                    pc = fs.emitConditional(EQ, line, ra, rb, k, 0);
                }
            }
            default -> {
                boolean less = b.op() == BinOp.LT || b.op() == BinOp.GT;
                Expr left = exprs.numeralOf(b.left()); // left first, as above
                Expr right = exprs.numeralOf(b.right());
                if (right != null) left = null;
                boolean flipped = b.op() == BinOp.GT || b.op() == BinOp.GE; // a > b is b < a
                // (a numeral that no operand can name, in a function with that many
                // constants, is loaded into a register, and the registers are compared)
                if (right != null) {
                    // a < 5 is LTK a 5; a > 5 is 5 < a, GTK a 5
                    int ra = leftOperand(b);
                    int kx = exprs.operandConstant(right, line);
                    OpCode op = flipped ? (less ? GTK : GEK) : (less ? LTK : LEK);
                    pc = kx >= 0 ? fs.emitConditional(op, line, ra, kx, jumpWhenFalse, 0)
                            : compareRegisters(less, flipped, ra, exprs.any(b.right()), jumpWhenFalse, line);
                } else if (left != null) {
                    // 5 < b is GTK b 5; 5 > b is b < 5, LTK b 5
                    int rb = exprs.any(b.right());
                    int kx = exprs.operandConstant(left, line);
                    OpCode op = flipped ? (less ? LTK : LEK) : (less ? GTK : GEK);
                    pc = kx >= 0 ? fs.emitConditional(op, line, rb, kx, jumpWhenFalse, 0)
                            : compareRegisters(less, flipped, exprs.any(b.left()), rb, jumpWhenFalse, line);
                } else {
                    int ra = leftOperand(b);
                    int rb = exprs.any(b.right());
                    pc = compareRegisters(less, flipped, ra, rb, jumpWhenFalse, line);
                }
            }
        }
        list.add(pc);
        fs.freeReg = save;
    }
}
