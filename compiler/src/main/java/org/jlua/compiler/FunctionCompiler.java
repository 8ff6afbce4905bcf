package org.jlua.compiler;

import static org.jlua.vm.OpCode.*;

import org.jlua.ast.FuncBody;
import org.jlua.vm.Proto;

/** Compiles one function body (the main chunk or a nested function) into a prototype. */
final class FunctionCompiler {
    private FunctionCompiler() {
    }

    static Proto compileMain(FuncBody chunk, String source, Resolution resolution) {
        try {
            return compileMain(chunk, source, resolution, false);
        } catch (JumpTooFar e) {
            return farOrError(() -> compileMain(chunk, source, resolution, true), source);
        }
    }

    private static Proto compileMain(FuncBody chunk, String source, Resolution resolution, boolean far) {
        FunctionState fs = new FunctionState(null, source, resolution, 0);
        fs.farConditions = far;
        fs.addEnvUpvalue();
        return compile(fs, chunk, 0, true, 0);
    }

    // A second compilation repeats the first one's effects on the enclosing functions: the
    // upvalues it made there are found again by name, in the same order.
    static Proto compileNested(FuncBody body, FunctionState parent) {
        try {
            return compileNested(body, parent, false);
        } catch (JumpTooFar e) {
            return farOrError(() -> compileNested(body, parent, true), parent.source);
        }
    }

    private static Proto compileNested(FuncBody body, FunctionState parent, boolean far) {
        FunctionState fs = new FunctionState(parent, parent.source, parent.resolution, body.line());
        fs.farConditions = far;
        return compile(fs, body, body.params().size(), body.isVararg(), body.endLine());
    }

    /** The second compilation, in which no jump should fall short; if one does, the old error. */
    private static Proto farOrError(java.util.function.Supplier<Proto> compilation, String source) {
        try {
            return compilation.get();
        } catch (JumpTooFar e) {
            throw CompileErrors.at(source, e.line, "control structure too long");
        }
    }

    private static Proto compile(FunctionState fs, FuncBody body, int numParams, boolean isVararg,
                                 int lastLineDefined) {
        ExprCompiler exprs = new ExprCompiler(fs);
        StatCompiler stats = new StatCompiler(fs, exprs);
        fs.currentLine = body.line();
        fs.enterBlock(false);
        int past = fs.firstLocalPastLimit(numParams);
        if (past >= 0) {
            throw fs.tooManyLocals(body.line(), NearToken.quoted(past < numParams - 1 || body.isVararg() ? "," : ")"));
        }
        for (int i = 0; i < numParams; i++) {
            int r = fs.allocReg(body.line());
            boolean captured = fs.resolution.isCaptured(body, i);
            LocalVariable v = fs.activate(body.params().get(i), r, captured, captured ? r : -1, false, null);
            if (captured) fs.emit(NEWCELL, body.line(), r);
            fs.startsHere(v);
        }
        String end = fs.parent == null ? NearToken.EOF : NearToken.quoted("end");
        stats.statements(body.block().stats(), end, body.endLine());
        fs.emit(RETURN0, body.endLine());
        fs.closeLine = body.closeLine();
        fs.leaveBlock(body.endLine());
        return fs.toProto(numParams, isVararg, lastLineDefined);
    }
}
