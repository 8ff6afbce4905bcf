package org.jlua.compiler;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.jlua.ast.Attrib;
import org.jlua.ast.Block;
import org.jlua.ast.Expr;
import org.jlua.ast.FuncBody;
import org.jlua.ast.Stat;
import org.jlua.ast.TableField;

/**
 * The pass before code generation: walks the scopes of the whole chunk to find the local
 * variables that inner functions capture (they must be created in a cell when they come
 * into scope, before any closure can refer to them) and the compile-time constants. Its
 * scope rules are the compiler's: a local's initialiser does not see it, a local function
 * sees itself, a repeat's condition sees the body's locals.
 */
final class Resolver {
    private record Var(String name, Object node, int index, Expr constant) {}

    /** The visible variables of one function, innermost last. */
    private static final class Scope {
        final Scope parent;
        final List<Var> vars = new ArrayList<>();

        Scope(Scope parent) {
            this.parent = parent;
        }
    }

    private final IdentityHashMap<Object, boolean[]> captured = new IdentityHashMap<>();
    private final IdentityHashMap<Stat.Local, Expr> constants = new IdentityHashMap<>();
    private Scope scope;

    private Resolver() {
    }

    static Resolution resolve(FuncBody chunk) {
        Resolver r = new Resolver();
        r.function(chunk);
        return new Resolution(r.captured, r.constants);
    }

    private void function(FuncBody f) {
        scope = new Scope(scope);
        for (int i = 0; i < f.params().size(); i++) declare(f.params().get(i), f, i, null);
        stats(f.block().stats());
        scope = scope.parent;
    }

    private void block(Block b) {
        int mark = scope.vars.size();
        stats(b.stats());
        truncate(mark);
    }

    private void stats(List<Stat> stats) {
        for (Stat s : stats) stat(s);
    }

    private void stat(Stat s) {
        if (s instanceof Stat.Local l) {
            local(l);
        } else if (s instanceof Stat.LocalFunction f) {
            declare(f.name(), f, 0, null);
            function(f.body());
        } else if (s instanceof Stat.FunctionStat f) {
            reference(f.path().get(0));
            function(f.body());
        } else if (s instanceof Stat.Assign a) {
            exprs(a.targets());
            exprs(a.values());
        } else if (s instanceof Stat.CallStat c) {
            expr(c.call());
        } else if (s instanceof Stat.Do d) {
            block(d.body());
        } else if (s instanceof Stat.While w) {
            expr(w.cond());
            block(w.body());
        } else if (s instanceof Stat.Repeat r) {
            int mark = scope.vars.size();
            stats(r.body().stats());
            expr(r.cond());
            truncate(mark);
        } else if (s instanceof Stat.If i) {
            exprs(i.conds());
            for (Block b : i.blocks()) block(b);
            if (i.orElse() != null) block(i.orElse());
        } else if (s instanceof Stat.NumericFor f) {
            expr(f.start());
            expr(f.limit());
            if (f.step() != null) expr(f.step());
            int mark = scope.vars.size();
            declare(f.var(), f, 0, null);
            block(f.body());
            truncate(mark);
        } else if (s instanceof Stat.GenericFor f) {
            exprs(f.exprs());
            int mark = scope.vars.size();
            for (int i = 0; i < f.names().size(); i++) declare(f.names().get(i), f, i, null);
            block(f.body());
            truncate(mark);
        } else if (s instanceof Stat.Return r) {
            exprs(r.values());
        }
        // Break, Goto and Label name no variables.
    }

    private void local(Stat.Local l) {
        exprs(l.values());
        int n = l.names().size();
        Expr constant = null;
        if (l.attribs().get(n - 1) == Attrib.CONST && l.values().size() == n) {
            constant = constantOf(l.values().get(n - 1));
            if (constant != null) constants.put(l, constant);
        }
        for (int i = 0; i < n; i++) declare(l.names().get(i), l, i, i == n - 1 ? constant : null);
    }

    /** The literal an expression stands for at compile time, or null (Lua's luaK_exp2const). */
    private Expr constantOf(Expr e) {
        while (e instanceof Expr.Paren p) e = p.inner();
        if (Literals.isLiteral(e)) return e;
        if (e instanceof Expr.Name n) {
            Var v = find(n.name());
            return v == null ? null : v.constant();
        }
        return null;
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) expr(e);
    }

    private void expr(Expr e) {
        if (e instanceof Expr.Name n) {
            reference(n.name());
        } else if (e instanceof Expr.Function f) {
            function(f.body());
        } else if (e instanceof Expr.Table t) {
            for (TableField field : t.fields()) {
                if (field instanceof TableField.Keyed k) {
                    expr(k.key());
                    expr(k.value());
                } else {
                    expr(((TableField.Positional) field).value());
                }
            }
        } else if (e instanceof Expr.Binary b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Expr.Unary u) {
            expr(u.operand());
        } else if (e instanceof Expr.Index i) {
            expr(i.object());
            expr(i.key());
        } else if (e instanceof Expr.Call c) {
            expr(c.function());
            exprs(c.args());
        } else if (e instanceof Expr.MethodCall m) {
            expr(m.object());
            exprs(m.args());
        } else if (e instanceof Expr.Paren p) {
            expr(p.inner());
        }
        // Literals and varargs name no variables.
    }

    /** A use of a name: marks a variable of an enclosing function as captured; a free name uses _ENV. */
    private void reference(String name) {
        boolean outer = false;
        for (Scope s = scope; s != null; s = s.parent, outer = true) {
            Var v = lastNamed(s, name);
            if (v != null) {
                if (outer && v.constant() == null) captured.get(v.node())[v.index()] = true;
                return;
            }
        }
        if (!name.equals("_ENV")) reference("_ENV");
    }

    private Var find(String name) {
        for (Scope s = scope; s != null; s = s.parent) {
            Var v = lastNamed(s, name);
            if (v != null) return v;
        }
        return null;
    }

    private static Var lastNamed(Scope s, String name) {
        for (int i = s.vars.size() - 1; i >= 0; i--) {
            if (s.vars.get(i).name().equals(name)) return s.vars.get(i);
        }
        return null;
    }

    private void declare(String name, Object node, int index, Expr constant) {
        captured.computeIfAbsent(node, k -> new boolean[count(k)]);
        scope.vars.add(new Var(name, node, index, constant));
    }

    private static int count(Object node) {
        if (node instanceof FuncBody f) return f.params().size();
        if (node instanceof Stat.Local l) return l.names().size();
        if (node instanceof Stat.GenericFor g) return g.names().size();
        return 1;
    }

    private void truncate(int mark) {
        scope.vars.subList(mark, scope.vars.size()).clear();
    }
}
