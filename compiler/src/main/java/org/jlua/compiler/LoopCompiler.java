package org.jlua.compiler;

import static org.jlua.vm.OpCode.*;

import java.util.List;
import org.jlua.ast.Block;
import org.jlua.ast.Expr;
import org.jlua.ast.Stat;

/**
 * The for loops. Both keep their state in hidden locals named "(for state)" below the
 * declared variables; the declared variables live in a block of their own inside the
 * loop's block, so each iteration's captured variables get a fresh cell.
 */
final class LoopCompiler {
    private static final String STATE = "(for state)";
    /** Registers TFORCALL needs above the state to call the iterator (Lua's checkstack(3)). */
    private static final int CALL_ROOM = 3;

    private final FunctionState fs;
    private final ExprCompiler exprs;
    private final StatCompiler stats;

    LoopCompiler(FunctionState fs, ExprCompiler exprs, StatCompiler stats) {
        this.fs = fs;
        this.exprs = exprs;
        this.stats = stats;
    }

    /*
     * Lua stamps FORPREP and TFORPREP with the line of 'do', the loop instructions with the
     * line of 'for' (TFORCALL/TFORLOOP: where the explist starts), and the final CLOSE with
     * the line of 'end'. The tree knows neither 'do' nor 'end': the header's last expression
     * stands for 'do', and the CLOSE takes the loop's last line.
     */

    /** for v = start, limit, step: registers A..A+2 hidden, A+3 the variable. */
    void numeric(Stat.NumericFor s) {
        int line = s.line();
        fs.enterBlock(true);
        if (fs.firstLocalPastLimit(4) >= 0) throw fs.tooManyLocals(line, NearToken.quoted("="));
        int base = fs.freeReg;
        exprs.into(s.start(), fs.allocReg(line));
        exprs.into(s.limit(), fs.allocReg(line));
        Expr step = s.step() != null ? s.step() : new Expr.Int(s.limit().line(), 1);
        exprs.into(step, fs.allocReg(line));
        for (int i = 0; i < 3; i++) fs.activate(STATE, base + i, false, -1, false, null);
        fs.code.needStack(base + 4, line);
        int prep = fs.emit(FORPREP, Lines.last(step), base, 0);
        int bodyStart = fs.code.pc();
        body(s, List.of(s.var()), base + 3, s.body(), line);
        fs.emitJumpTo(bodyStart, FORLOOP, line, base, 0);
        fs.code.patchJump(prep, fs.code.pc(), line);
        fs.leaveBlock(line);
    }

    /** for v1, ..., vn in explist: A..A+3 hidden (iterator, state, control, closing value), vars from A+4. */
    void generic(Stat.GenericFor s) {
        int line = s.line();
        int callLine = s.exprs().get(0).line();
        int nvars = s.names().size();
        fs.enterBlock(true);
        int past = fs.firstLocalPastLimit(4 + nvars);
        if (past >= 0) throw fs.tooManyLocals(line, NearToken.quoted(Math.max(past - 4, 0) < nvars - 1 ? "," : "in"));
        int base = fs.freeReg;
        exprs.calls.explist(s.exprs(), 4);
        LocalVariable closing = null;
        for (int i = 0; i < 4; i++) closing = fs.activate(STATE, base + i, false, -1, false, null);
        fs.markToBeClosed(closing);
        fs.code.needStack(base + 4 + Math.max(nvars, CALL_ROOM), line);
        int prep = fs.emit(TFORPREP, Lines.lastOf(s.exprs(), line), base, 0);
        int bodyStart = fs.code.pc();
        body(s, s.names(), base + 4, s.body(), line);
        fs.code.patchJump(prep, fs.code.pc(), line);
        fs.emit(TFORCALL, callLine, base, nvars);
        fs.emitJumpTo(bodyStart, TFORLOOP, callLine, base, 0);
        fs.leaveBlock(line);
    }

    /** The declared variables (fresh cells for captured ones) and the body, in their own block. */
    private void body(Stat loop, List<String> names, int first, Block body, int line) {
        fs.enterBlock(false);
        fs.reserve(names.size(), line);
        LocalVariable[] vars = new LocalVariable[names.size()];
        for (int i = 0; i < names.size(); i++) {
            boolean captured = fs.resolution.isCaptured(loop, i);
            vars[i] = fs.activate(names.get(i), first + i, captured, captured ? first + i : -1, false, null);
            if (captured) fs.emit(NEWCELL, line, first + i);
        }
        for (LocalVariable v : vars) fs.startsHere(v);
        stats.block(body, line, NearToken.quoted("end"));
        fs.leaveBlock(line);
    }
}
