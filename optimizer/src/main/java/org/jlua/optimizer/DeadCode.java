package org.jlua.optimizer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jlua.ast.Attrib;
import org.jlua.ast.Block;
import org.jlua.ast.Expr;
import org.jlua.ast.FuncBody;
import org.jlua.ast.Stat;
import org.jlua.ast.TableField;

/**
 * Whether a block that never runs may be removed. Lua compiles dead code too, so it still
 * reports the compile errors in it: a {@code break} outside a loop, a goto without a visible
 * label, a label defined twice, an assignment to a {@code <const>} variable, several
 * to-be-closed variables in one list. A dead block that might hold one of them is kept, so
 * folding never changes whether a chunk compiles.
 */
final class DeadCode {
    /** Names declared {@code <const>} or {@code <close>} anywhere in the chunk. */
    private final Set<String> readonlyNames;

    DeadCode(Set<String> readonlyNames) {
        this.readonlyNames = readonlyNames;
    }

    static Set<String> readonlyNames(FuncBody chunk) {
        Set<String> names = new HashSet<>();
        new Object() {
            void block(Block b) {
                for (Stat s : b.stats()) stat(s);
            }

            void stat(Stat s) {
                if (s instanceof Stat.Local l) {
                    for (int i = 0; i < l.names().size(); i++) {
                        if (l.attribs().get(i) != Attrib.NONE) names.add(l.names().get(i));
                    }
                }
                Walk.children(s, this::block, this::block);
            }
        }.block(chunk.block());
        return names;
    }

    /** {@code inLoop}: the block is inside a loop of the same function, so break is valid there. */
    boolean isDroppable(Block b, boolean inLoop) {
        for (Stat s : b.stats()) {
            if (!isDroppable(s, inLoop)) return false;
        }
        return true;
    }

    private boolean isDroppable(Stat s, boolean inLoop) {
        if (s instanceof Stat.Break) return inLoop;
        if (s instanceof Stat.Goto || s instanceof Stat.Label) return false;
        if (s instanceof Stat.Local l && l.attribs().stream().filter(a -> a == Attrib.CLOSE).count() > 1) return false;
        if (s instanceof Stat.Assign a) {
            for (Expr t : a.targets()) {
                if (t instanceof Expr.Name n && readonlyNames.contains(n.name())) return false;
            }
        }
        if (s instanceof Stat.FunctionStat f && f.path().size() == 1 && f.method() == null
                && readonlyNames.contains(f.path().get(0))) {
            return false;
        }
        boolean loop = s instanceof Stat.While || s instanceof Stat.Repeat
                || s instanceof Stat.NumericFor || s instanceof Stat.GenericFor;
        boolean[] ok = {true};
        Walk.children(s, inner -> ok[0] &= isDroppable(inner, inLoop || loop),
                body -> ok[0] &= isDroppable(body, false));
        return ok[0];
    }

    /** The blocks directly inside a statement, and the bodies of the functions in its expressions. */
    static final class Walk {
        private Walk() {
        }

        interface Visitor {
            void visit(Block b);
        }

        static void children(Stat s, Visitor blocks, Visitor functionBodies) {
            if (s instanceof Stat.Do d) {
                blocks.visit(d.body());
            } else if (s instanceof Stat.While w) {
                exprs(List.of(w.cond()), functionBodies);
                blocks.visit(w.body());
            } else if (s instanceof Stat.Repeat r) {
                blocks.visit(r.body());
                exprs(List.of(r.cond()), functionBodies);
            } else if (s instanceof Stat.If i) {
                exprs(i.conds(), functionBodies);
                for (Block b : i.blocks()) blocks.visit(b);
                if (i.orElse() != null) blocks.visit(i.orElse());
            } else if (s instanceof Stat.NumericFor f) {
                exprs(f.step() == null ? List.of(f.start(), f.limit()) : List.of(f.start(), f.limit(), f.step()),
                        functionBodies);
                blocks.visit(f.body());
            } else if (s instanceof Stat.GenericFor f) {
                exprs(f.exprs(), functionBodies);
                blocks.visit(f.body());
            } else if (s instanceof Stat.FunctionStat f) {
                functionBodies.visit(f.body().block());
            } else if (s instanceof Stat.LocalFunction f) {
                functionBodies.visit(f.body().block());
            } else if (s instanceof Stat.Local l) {
                exprs(l.values(), functionBodies);
            } else if (s instanceof Stat.Assign a) {
                exprs(a.targets(), functionBodies);
                exprs(a.values(), functionBodies);
            } else if (s instanceof Stat.CallStat c) {
                exprs(List.of(c.call()), functionBodies);
            } else if (s instanceof Stat.Return r) {
                exprs(r.values(), functionBodies);
            }
        }

        private static void exprs(List<Expr> es, Visitor functionBodies) {
            for (Expr e : es) expr(e, functionBodies);
        }

        private static void expr(Expr e, Visitor functionBodies) {
            if (e instanceof Expr.Function f) {
                functionBodies.visit(f.body().block());
            } else if (e instanceof Expr.Binary b) {
                expr(b.left(), functionBodies);
                expr(b.right(), functionBodies);
            } else if (e instanceof Expr.Unary u) {
                expr(u.operand(), functionBodies);
            } else if (e instanceof Expr.Index i) {
                expr(i.object(), functionBodies);
                expr(i.key(), functionBodies);
            } else if (e instanceof Expr.Call c) {
                expr(c.function(), functionBodies);
                exprs(c.args(), functionBodies);
            } else if (e instanceof Expr.MethodCall m) {
                expr(m.object(), functionBodies);
                exprs(m.args(), functionBodies);
            } else if (e instanceof Expr.Paren p) {
                expr(p.inner(), functionBodies);
            } else if (e instanceof Expr.Table t) {
                for (TableField f : t.fields()) {
                    if (f instanceof TableField.Keyed k) {
                        expr(k.key(), functionBodies);
                        expr(k.value(), functionBodies);
                    } else {
                        expr(((TableField.Positional) f).value(), functionBodies);
                    }
                }
            }
        }
    }
}
