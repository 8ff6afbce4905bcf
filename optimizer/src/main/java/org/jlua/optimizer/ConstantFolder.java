package org.jlua.optimizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jlua.ast.BinOp;
import org.jlua.ast.Block;
import org.jlua.ast.Expr;
import org.jlua.ast.FuncBody;
import org.jlua.ast.Stat;
import org.jlua.ast.TableField;
import org.jlua.ast.UnOp;
import org.jlua.vm.Arith;
import org.jlua.vm.OpCode;

/**
 * Folds arithmetic and bitwise operations on numeric constants, and unary minus and
 * {@code ~} on them, computing with {@link Arith#fold} so a folded value is exactly what the
 * VM would compute; what would raise an error, or give a NaN or a float zero, is left to
 * run time. Strings are never coerced, and {@code not}, comparisons, concatenation and
 * {@code and}/{@code or} stay as they are.
 *
 * Constant conditions drop dead code: {@code if false then A end} and
 * {@code while false do A end} disappear, {@code if true then A else B end} keeps A as a
 * {@code do} block (A's locals keep their scope). A dead block is kept anyway when dropping
 * it would hide a compile error (see {@link DeadCode}). Every replacement keeps the line of
 * the node it replaces.
 */
public final class ConstantFolder {
    private final DeadCode deadCode;

    private ConstantFolder(Set<String> readonlyNames) {
        this.deadCode = new DeadCode(readonlyNames);
    }

    public static FuncBody fold(FuncBody chunk) {
        return new ConstantFolder(DeadCode.readonlyNames(chunk)).function(chunk);
    }

    private FuncBody function(FuncBody f) {
        return new FuncBody(f.line(), f.endLine(), f.params(), f.isVararg(), block(f.block(), false), f.closeLine());
    }

    private Block block(Block b, boolean inLoop) {
        List<Stat> out = new ArrayList<>();
        for (Stat s : b.stats()) stat(s, inLoop, out);
        return new Block(List.copyOf(out));
    }

    // ---- statements

    private void stat(Stat s, boolean inLoop, List<Stat> out) {
        if (s instanceof Stat.If i) {
            ifStat(i, inLoop, out);
        } else if (s instanceof Stat.While w) {
            Expr cond = expr(w.cond());
            Block body = block(w.body(), true);
            if (!(isConstant(cond) && !isTruthy(cond) && deadCode.isDroppable(body, true))) {
                out.add(new Stat.While(w.line(), cond, body));
            }
        } else if (s instanceof Stat.Local l) {
            out.add(new Stat.Local(l.line(), l.names(), l.attribs(), exprs(l.values())));
        } else if (s instanceof Stat.Assign a) {
            out.add(new Stat.Assign(a.line(), exprs(a.targets()), exprs(a.values())));
        } else if (s instanceof Stat.CallStat c) {
            out.add(new Stat.CallStat(c.line(), expr(c.call())));
        } else if (s instanceof Stat.Do d) {
            out.add(new Stat.Do(d.line(), block(d.body(), inLoop)));
        } else if (s instanceof Stat.Repeat r) {
            out.add(new Stat.Repeat(r.line(), block(r.body(), true), expr(r.cond())));
        } else if (s instanceof Stat.NumericFor f) {
            Expr step = f.step() == null ? null : expr(f.step());
            out.add(new Stat.NumericFor(f.line(), f.var(), expr(f.start()), expr(f.limit()), step,
                    block(f.body(), true)));
        } else if (s instanceof Stat.GenericFor f) {
            out.add(new Stat.GenericFor(f.line(), f.names(), exprs(f.exprs()), block(f.body(), true)));
        } else if (s instanceof Stat.FunctionStat f) {
            out.add(new Stat.FunctionStat(f.line(), f.path(), f.method(), function(f.body())));
        } else if (s instanceof Stat.LocalFunction f) {
            out.add(new Stat.LocalFunction(f.line(), f.name(), function(f.body())));
        } else if (s instanceof Stat.Return r) {
            out.add(new Stat.Return(r.line(), exprs(r.values())));
        } else {
            out.add(s); // break, goto, label
        }
    }

    /**
     * The blocks of branches with a constant false condition are dropped, but the condition
     * stays (with an empty block): Lua codes its jump, which line hooks see. The first branch
     * with a constant true condition becomes the else part and ends the chain.
     */
    private void ifStat(Stat.If s, boolean inLoop, List<Stat> out) {
        List<Expr> allConds = exprs(s.conds());
        List<Block> allBlocks = new ArrayList<>();
        for (Block b : s.blocks()) allBlocks.add(block(b, inLoop));
        Block allElse = s.orElse() == null ? null : block(s.orElse(), inLoop);

        List<Expr> conds = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        List<Integer> thenLines = new ArrayList<>();
        List<Block> dropped = new ArrayList<>();
        Block orElse = allElse;
        boolean decided = false;
        for (int i = 0; i < allConds.size(); i++) {
            Expr cond = allConds.get(i);
            Block body = allBlocks.get(i);
            if (decided) {
                dropped.add(body);
            } else if (!isConstant(cond)) {
                conds.add(cond);
                blocks.add(body);
                thenLines.add(s.thenLines().get(i));
            } else if (isTruthy(cond)) {
                if (orElse != null) dropped.add(orElse);
                orElse = body;
                decided = true;
            } else {
                dropped.add(body);
                conds.add(cond);
                blocks.add(new Block(List.of()));
                thenLines.add(s.thenLines().get(i));
            }
        }
        boolean droppable = true;
        for (Block b : dropped) droppable &= deadCode.isDroppable(b, inLoop);
        if (!droppable) {
            out.add(new Stat.If(s.line(), allConds, allBlocks, allElse, s.thenLines()));
        } else if (!conds.isEmpty()) {
            out.add(new Stat.If(s.line(), conds, blocks, orElse, thenLines));
        } else if (orElse != null) {
            out.add(new Stat.Do(s.line(), orElse));
        }
    }

    // ---- expressions

    private List<Expr> exprs(List<Expr> es) {
        List<Expr> out = new ArrayList<>(es.size());
        for (Expr e : es) out.add(expr(e));
        return out;
    }

    private Expr expr(Expr e) {
        if (e instanceof Expr.Binary b) {
            Expr left = expr(b.left());
            Expr right = expr(b.right());
            OpCode op = opcode(b.op());
            if (op != null) {
                Object folded = fold(op, number(left), number(right));
                if (folded != null) return literal(b.line(), folded);
            }
            return new Expr.Binary(b.line(), b.op(), left, right);
        }
        if (e instanceof Expr.Unary u) {
            Expr operand = expr(u.operand());
            OpCode op = u.op() == UnOp.NEG ? OpCode.UNM : u.op() == UnOp.BNOT ? OpCode.BNOT : null;
            Object a = number(operand);
            if (op != null && a != null) {
                Object folded = Arith.foldUnary(op, a);
                if (folded != null) return literal(u.line(), folded);
            }
            return new Expr.Unary(u.line(), u.op(), operand);
        }
        if (e instanceof Expr.Paren p) {
            Expr inner = expr(p.inner());
            // A parenthesised number is that number; parentheses only matter for multiple values.
            return number(inner) != null ? inner : new Expr.Paren(p.line(), inner);
        }
        if (e instanceof Expr.Index i) return new Expr.Index(i.line(), expr(i.object()), expr(i.key()));
        if (e instanceof Expr.Call c) return new Expr.Call(c.line(), expr(c.function()), exprs(c.args()));
        if (e instanceof Expr.MethodCall m) {
            return new Expr.MethodCall(m.line(), expr(m.object()), m.method(), exprs(m.args()));
        }
        if (e instanceof Expr.Function f) return new Expr.Function(f.line(), function(f.body()));
        if (e instanceof Expr.Table t) {
            List<TableField> fields = new ArrayList<>();
            for (TableField field : t.fields()) {
                if (field instanceof TableField.Keyed k) {
                    fields.add(new TableField.Keyed(expr(k.key()), expr(k.value())));
                } else {
                    fields.add(new TableField.Positional(expr(((TableField.Positional) field).value())));
                }
            }
            return new Expr.Table(t.line(), fields);
        }
        return e;
    }

    private static Object fold(OpCode op, Object a, Object b) {
        return a == null || b == null ? null : Arith.fold(op, a, b);
    }

    private static OpCode opcode(BinOp op) {
        return switch (op) {
            case ADD -> OpCode.ADD;
            case SUB -> OpCode.SUB;
            case MUL -> OpCode.MUL;
            case DIV -> OpCode.DIV;
            case MOD -> OpCode.MOD;
            case POW -> OpCode.POW;
            case IDIV -> OpCode.IDIV;
            case BAND -> OpCode.BAND;
            case BOR -> OpCode.BOR;
            case BXOR -> OpCode.BXOR;
            case SHL -> OpCode.SHL;
            case SHR -> OpCode.SHR;
            default -> null;
        };
    }

    /** A numeric constant boxed as Arith takes it, or null. */
    private static Object number(Expr e) {
        if (e instanceof Expr.Int i) return i.value();
        if (e instanceof Expr.Flt f) return f.value();
        return null;
    }

    private static Expr literal(int line, Object value) {
        return value instanceof Long l ? new Expr.Int(line, l) : new Expr.Flt(line, (Double) value);
    }

    private static boolean isConstant(Expr e) {
        return e instanceof Expr.Nil || e instanceof Expr.True || e instanceof Expr.False
                || e instanceof Expr.Int || e instanceof Expr.Flt || e instanceof Expr.Str;
    }

    private static boolean isTruthy(Expr constant) {
        return !(constant instanceof Expr.Nil || constant instanceof Expr.False);
    }
}
