package org.jlua.ast;

import java.util.List;

/** A statement. {@link #line()} is the line of its first token unless noted. */
public sealed interface Stat {
    int line();

    /** {@code local n1 <a1>, n2 <a2> = e1, e2} ({@code values} may be empty). */
    record Local(int line, List<String> names, List<Attrib> attribs, List<Expr> values) implements Stat {}

    /** {@code t1, t2 = e1, e2}; each target is a {@link Expr.Name} or {@link Expr.Index}. */
    record Assign(int line, List<Expr> targets, List<Expr> values) implements Stat {}

    /** A function call used as a statement: a {@link Expr.Call} or {@link Expr.MethodCall}. */
    record CallStat(int line, Expr call) implements Stat {}

    /** {@code do block end} */
    record Do(int line, Block body) implements Stat {}

    /** {@code while cond do block end} */
    record While(int line, Expr cond, Block body) implements Stat {}

    /** {@code repeat block until cond}: cond sees the block's locals. */
    record Repeat(int line, Block body, Expr cond) implements Stat {}

    /**
     * {@code if c1 then b1 elseif c2 then b2 ... else orElse end}; orElse is null when absent.
     * {@code thenLines} holds the line of each condition's {@code then}, where Lua codes the
     * test of a condition that is not a comparison (line hooks see it there).
     */
    record If(int line, List<Expr> conds, List<Block> blocks, Block orElse, List<Integer> thenLines)
            implements Stat {
        /** Each {@code then} on its condition's line. */
        public If(int line, List<Expr> conds, List<Block> blocks, Block orElse) {
            this(line, conds, blocks, orElse, conds.stream().map(Expr::line).toList());
        }
    }

    /** {@code for var = start, limit, step do body end}; step is null when absent. */
    record NumericFor(int line, String var, Expr start, Expr limit, Expr step, Block body) implements Stat {}

    /** {@code for n1, n2 in e1, e2 do body end} */
    record GenericFor(int line, List<String> names, List<Expr> exprs, Block body) implements Stat {}

    /**
     * {@code function a.b.c:m() end}: path is {@code [a, b, c]}, method is {@code m} or null.
     * For a method, {@code body.params()} already begins with {@code self}.
     */
    record FunctionStat(int line, List<String> path, String method, FuncBody body) implements Stat {}

    /** {@code local function name() end}: name is in scope inside its own body. */
    record LocalFunction(int line, String name, FuncBody body) implements Stat {}

    /** {@code return e1, e2} */
    record Return(int line, List<Expr> values) implements Stat {}

    record Break(int line) implements Stat {}

    record Goto(int line, String label) implements Stat {}

    /**
     * {@code ::name::}; {@code nextLine} is the line of the token after it, where Lua
     * reports a label defined twice.
     */
    record Label(int line, String name, int nextLine) implements Stat {
        public Label(int line, String name) {
            this(line, name, line);
        }
    }
}
