package org.jlua.compiler;

import static org.jlua.vm.OpCode.*;

import java.util.ArrayList;
import java.util.List;
import org.jlua.ast.Attrib;
import org.jlua.ast.Block;
import org.jlua.ast.Expr;
import org.jlua.ast.Stat;

/** Statements and blocks. Between statements no temporary is in use. */
final class StatCompiler {
    private static final String END = NearToken.quoted("end");
    private static final String UNTIL = NearToken.quoted("until");

    private final FunctionState fs;
    private final ExprCompiler exprs;
    private final AssignCompiler assigns;
    private final LoopCompiler loops;

    StatCompiler(FunctionState fs, ExprCompiler exprs) {
        this.fs = fs;
        this.exprs = exprs;
        this.assigns = new AssignCompiler(fs, exprs);
        this.loops = new LoopCompiler(fs, exprs, this);
    }

    /** The first token after the statement being compiled (for messages). */
    private String nextToken = NearToken.EOF;

    /** A block with its own scope, ended by {@code terminator} (a token, for messages). */
    void block(Block b, int line, String terminator) {
        fs.enterBlock(false);
        statements(b.stats(), terminator, -1);
        fs.leaveBlock(line);
    }

    /**
     * The statements of a block, in the current scope. {@code terminator}: the token that
     * ends the block (in a repeat body 'until', before which a label never counts as ending
     * the block). {@code endLine}: the line of the token after the block when known (for
     * error positions), else -1.
     */
    void statements(List<Stat> stats, String terminator, int endLine) {
        boolean beforeUntil = terminator.equals(UNTIL);
        for (int i = 0; i < stats.size(); i++) {
            nextToken = i + 1 < stats.size() ? NearToken.first(stats.get(i + 1)) : terminator;
            if (stats.get(i) instanceof Stat.Label) {
                // Lua handles a run of labels from its last one, then checks each at the run's end.
                int end = i;
                while (end < stats.size() && stats.get(end) instanceof Stat.Label) end++;
                boolean last = end == stats.size() && !beforeUntil;
                // where the lexer was after the run's last label
                int errorLine = ((Stat.Label) stats.get(end - 1)).nextLine();
                for (int j = end - 1; j >= i; j--) {
                    Stat.Label label = (Stat.Label) stats.get(j);
                    fs.labels.checkRepeated(label.name(), errorLine);
                    fs.labels.create(label.name(), label.line(), last, errorLine);
                }
                i = end - 1;
            } else {
                stat(stats.get(i));
            }
            if (fs.freeReg != fs.varLevel()) {
                throw new IllegalStateException("registers leak after line " + stats.get(i).line());
            }
        }
    }

    private void stat(Stat s) {
        fs.currentLine = s.line();
        if (s instanceof Stat.Local l) {
            local(l);
        } else if (s instanceof Stat.Assign a) {
            assigns.assign(a.targets(), a.values(), a.line());
        } else if (s instanceof Stat.CallStat c) {
            int base = fs.freeReg;
            exprs.calls.call(c.call(), 0);
            fs.freeReg = base;
        } else if (s instanceof Stat.Do d) {
            block(d.body(), d.line(), END);
        } else if (s instanceof Stat.While w) {
            whileStat(w);
        } else if (s instanceof Stat.Repeat r) {
            repeatStat(r);
        } else if (s instanceof Stat.If i) {
            ifStat(i);
        } else if (s instanceof Stat.NumericFor f) {
            loops.numeric(f);
        } else if (s instanceof Stat.GenericFor f) {
            loops.generic(f);
        } else if (s instanceof Stat.FunctionStat f) {
            functionStat(f);
        } else if (s instanceof Stat.LocalFunction f) {
            localFunction(f);
        } else if (s instanceof Stat.Return r) {
            returnStat(r);
        } else if (s instanceof Stat.Break b) {
            fs.labels.breakJump(b.line());
        } else if (s instanceof Stat.Goto g) {
            fs.labels.jump(g.label(), g.line());
        } else {
            throw new IllegalArgumentException("unknown statement " + s);
        }
    }

    // local n1 <a1>, n2 <a2> = explist
    private void local(Stat.Local s) {
        int line = s.line();
        int n = s.names().size();
        int closes = 0;
        for (Attrib a : s.attribs()) {
            if (a == Attrib.CLOSE) closes++;
        }
        if (closes > 1) throw fs.error(line, "multiple to-be-closed variables in local list");
        int past = fs.firstLocalPastLimit(n);
        if (past >= 0) {
            throw fs.tooManyLocals(line, s.attribs().get(past) != Attrib.NONE ? NearToken.quoted("<")
                    : past < n - 1 ? NearToken.quoted(",")
                    : !s.values().isEmpty() ? NearToken.quoted("=") : nextToken);
        }
        Expr constant = fs.resolution.constantValue(s);
        int inRegisters = constant != null ? n - 1 : n;
        int base = fs.freeReg;
        if (constant != null) {
            // The constant's own expression is a literal: nothing to evaluate.
            exprs.calls.explist(s.values().subList(0, n - 1), n - 1);
        } else {
            exprs.calls.explist(s.values(), n);
        }
        List<LocalVariable> vars = new ArrayList<>();
        LocalVariable toClose = null;
        for (int i = 0; i < inRegisters; i++) {
            Attrib attrib = s.attribs().get(i);
            boolean captured = fs.resolution.isCaptured(s, i);
            boolean inCell = captured && attrib != Attrib.CLOSE;
            // A captured to-be-closed variable keeps its value for closing; closures get a copy in a cell.
            int cell = !captured ? -1 : inCell ? base + i : fs.allocReg(line);
            LocalVariable v = fs.activate(s.names().get(i), base + i, inCell, cell, attrib != Attrib.NONE, null);
            vars.add(v);
            if (attrib == Attrib.CLOSE) toClose = v;
        }
        if (constant != null) fs.activate(s.names().get(n - 1), -1, false, -1, true, constant);
        for (LocalVariable v : vars) {
            if (v.inCell) {
                fs.emit(NEWCELL, line, v.register);
            } else if (v.cellRegister >= 0) {
                fs.emit(MOVE, line, v.cellRegister, v.register);
                fs.emit(NEWCELL, line, v.cellRegister);
            }
        }
        for (LocalVariable v : vars) fs.startsHere(v);
        if (toClose != null) {
            fs.markToBeClosed(toClose);
            fs.emit(TBC, Lines.lastOf(s.values(), line), toClose.register);
        }
    }

    // local function name body
    private void localFunction(Stat.LocalFunction s) {
        int line = s.line();
        if (fs.firstLocalPastLimit(1) >= 0) throw fs.tooManyLocals(line, NearToken.quoted("("));
        boolean captured = fs.resolution.isCaptured(s, 0);
        int r = fs.allocReg(line);
        LocalVariable v = fs.activate(s.name(), r, captured, captured ? r : -1, false, null);
        Expr.Function f = new Expr.Function(line, s.body());
        if (captured) {
            // The cell must exist before the closure captures it (the function may call itself).
            fs.emit(NEWCELL, line, r);
            int t = fs.allocReg(line);
            exprs.into(f, t);
            fs.emit(SETCELL, s.body().endLine(), r, t);
            fs.freeReg = r + 1;
        } else {
            exprs.into(f, r);
        }
        fs.startsHere(v);
    }

    // function a.b.c:m body
    private void functionStat(Stat.FunctionStat s) {
        int line = s.line();
        Expr target = new Expr.Name(line, s.path().get(0));
        for (int i = 1; i < s.path().size(); i++) target = field(target, s.path().get(i), line);
        if (s.method() != null) target = field(target, s.method(), line);
        assigns.single(target, new Expr.Function(line, s.body()), line);
    }

    private static Expr field(Expr object, String name, int line) {
        return new Expr.Index(line, object, new Expr.Str(line, name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
    }

    private void whileStat(Stat.While s) {
        int line = s.line();
        int start = fs.code.pc();
        JumpList exit = new JumpList();
        exprs.cond.jumpIf(s.cond(), false, exit);
        fs.enterBlock(true);
        block(s.body(), line, END);
        fs.emitJumpTo(start, JMP, fs.code.lastLine(line), 0);
        fs.leaveBlock(line);
        exit.patchHere(fs.code, line);
    }

    private void repeatStat(Stat.Repeat s) {
        int line = s.line();
        int start = fs.code.pc();
        fs.enterBlock(true);
        fs.enterBlock(false);
        statements(s.body().stats(), UNTIL, s.cond().line());
        JumpList again = new JumpList();
        exprs.cond.jumpIf(s.cond(), false, again);
        boolean closes = fs.block().hasToBeClosed;
        fs.leaveBlock(line);
        if (closes) {
            // Leaving the body closes its variables on both ways out.
            int exit = fs.emit(JMP, line, 0);
            again.patchHere(fs.code, line);
            fs.emit(CLOSE, line, fs.varLevel());
            fs.emitJumpTo(start, JMP, line, 0);
            fs.code.patchJump(exit, fs.code.pc(), line);
        } else {
            again.patchTo(fs.code, start, line);
        }
        fs.leaveBlock(line);
    }

    private void ifStat(Stat.If s) {
        int line = s.line();
        JumpList done = new JumpList();
        int n = s.conds().size();
        for (int i = 0; i < n; i++) {
            JumpList next = new JumpList();
            exprs.cond.jumpIf(s.conds().get(i), false, next, s.thenLines().get(i));
            String terminator = i < n - 1 ? "elseif" : s.orElse() != null ? "else" : "end";
            block(s.blocks().get(i), line, NearToken.quoted(terminator));
            if (i < n - 1 || s.orElse() != null) done.add(fs.emit(JMP, fs.code.lastLine(line), 0));
            next.patchHere(fs.code, line);
        }
        if (s.orElse() != null) block(s.orElse(), line, END);
        done.patchHere(fs.code, line);
    }

    private void returnStat(Stat.Return s) {
        int line = s.line();
        List<Expr> values = s.values();
        int base = fs.freeReg;
        if (values.isEmpty()) {
            fs.emit(RETURN0, line);
        } else if (values.size() == 1) {
            Expr e = values.get(0);
            if ((e instanceof Expr.Call || e instanceof Expr.MethodCall) && !fs.insideToBeClosed()) {
                exprs.calls.tailCall(e);
            } else if (Expr.isMultiValued(e)) {
                exprs.calls.multi(e, -1);
                fs.emit(RETURN, line, base, 0);
            } else {
                fs.emit(RETURN1, line, exprs.any(e));
            }
        } else {
            boolean open = exprs.calls.explist(values, -1);
            fs.emit(RETURN, line, base, open ? 0 : values.size() + 1);
        }
        fs.freeReg = base;
    }
}
