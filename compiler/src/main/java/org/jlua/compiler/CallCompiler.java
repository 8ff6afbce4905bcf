package org.jlua.compiler;

import static org.jlua.vm.OpCode.*;

import java.util.List;
import org.jlua.ast.Expr;

/**
 * Where several values meet consecutive registers: calls (the function, then its
 * arguments, from the first free register), varargs, and expression lists adjusted to a
 * number of values or left open up to the VM's top.
 */
final class CallCompiler {
    private final FunctionState fs;
    private final ExprCompiler exprs;

    CallCompiler(FunctionState fs, ExprCompiler exprs) {
        this.fs = fs;
        this.exprs = exprs;
    }

    /**
     * A call with its function at {@link FunctionState#freeReg}, keeping {@code nresults}
     * results there (-1: all of them, up to the VM's top).
     */
    void call(Expr call, int nresults) {
        int base = fs.freeReg;
        int b = prepareCall(call);
        if (nresults > 0) fs.code.needStack(base + nresults, call.line());
        fs.emit(CALL, call.line(), base, b, nresults + 1);
        fs.freeReg = base;
        if (nresults > 0) fs.reserve(nresults, call.line());
    }

    /** {@code return f(args)}. */
    void tailCall(Expr call) {
        int base = fs.freeReg;
        int b = prepareCall(call);
        fs.emit(TAILCALL, call.line(), base, b);
        // A tail call of a Java function that yields resumes here, with its results from
        // R[base] to the top: return them, as Lua's OP_RETURN after OP_TAILCALL does.
        fs.emit(RETURN, call.line(), base, 0);
        fs.freeReg = base;
    }

    /** Puts the function and its arguments in place from freeReg; returns CALL's B operand. */
    private int prepareCall(Expr call) {
        int base = fs.freeReg;
        int line = call.line();
        List<Expr> args;
        if (call instanceof Expr.Call c) {
            exprs.into(c.function(), fs.allocReg(line));
            args = c.args();
        } else {
            Expr.MethodCall m = (Expr.MethodCall) call;
            int object = exprs.localRegister(m.object());
            if (object < 0) {
                object = fs.allocReg(line);
                exprs.into(m.object(), object);
                fs.freeReg = base;
            }
            fs.reserve(2, line);
            int key = exprs.stringConstant(m.method(), line);
            if (key < ConstantPool.OPERAND_LIMIT) {
                fs.emit(SELF, line, base, object, key);
            } else {
                // a method name among the constants no operand can name: SELF's work in three
                fs.emit(MOVE, line, base + 1, object);
                fs.emit(LOADKX, line, base, key);
                fs.emit(GETTABLE, line, base, base + 1, base);
            }
            args = m.args();
        }
        boolean open = explist(args, -1);
        return open ? 0 : fs.freeReg - base;
    }

    /**
     * Evaluates a list of expressions into consecutive new registers from freeReg, adjusted
     * to {@code want} values (extra ones evaluated and dropped, missing ones nil); with
     * {@code want} -1 a multi-valued last expression keeps all its values and the result is
     * true ("open": the values run up to the VM's top).
     */
    boolean explist(List<Expr> list, int want) {
        int base = fs.freeReg;
        int n = list.size();
        for (int i = 0; i < n; i++) {
            Expr e = list.get(i);
            if (i == n - 1 && Expr.isMultiValued(e)) {
                multi(e, want < 0 ? -1 : Math.max(want - i, 0));
                if (want < 0) return true;
            } else {
                exprs.into(e, fs.allocReg(e.line()));
            }
        }
        if (want < 0) return false;
        int have = fs.freeReg - base;
        if (have < want) {
            int line = n > 0 ? list.get(n - 1).line() : fs.currentLine;
            int first = fs.freeReg;
            fs.reserve(want - have, line);
            fs.emit(LOADNIL, line, first, want - have);
        } else {
            fs.freeReg = base + want;
        }
        return false;
    }

    /** A call or vararg with {@code nresults} values (-1: all) from freeReg. */
    void multi(Expr e, int nresults) {
        if (e instanceof Expr.Vararg) {
            if (nresults == 0) return;
            int base = fs.freeReg;
            fs.code.needStack(base + Math.max(nresults, 1), e.line());
            fs.emit(VARARG, e.line(), base, nresults + 1);
            if (nresults > 0) fs.reserve(nresults, e.line());
        } else {
            call(e, nresults);
            if (nresults < 0) fs.code.needStack(fs.freeReg + 1, e.line());
        }
    }
}
