package org.jlua.compiler;

import java.util.List;
import org.jlua.ast.Expr;
import org.jlua.ast.TableField;

/**
 * Lines the AST does not record directly. Lua stamps the store of an assignment, the TBC
 * of a local and similar instructions with the line of the statement's last token; the
 * nearest the AST knows is the line where the last expression ends.
 */
final class Lines {
    private Lines() {
    }

    /** The line where {@code e} ends, as far as the tree tells. */
    static int last(Expr e) {
        int line = e.line();
        int end;
        if (e instanceof Expr.Function f) {
            end = f.body().endLine();
        } else if (e instanceof Expr.Binary b) {
            end = last(b.right());
        } else if (e instanceof Expr.Unary u) {
            end = last(u.operand());
        } else if (e instanceof Expr.Index i) {
            end = last(i.key());
        } else if (e instanceof Expr.Call c) {
            end = lastOf(c.args(), line);
        } else if (e instanceof Expr.MethodCall m) {
            end = lastOf(m.args(), line);
        } else if (e instanceof Expr.Paren p) {
            end = last(p.inner());
        } else if (e instanceof Expr.Table t && !t.fields().isEmpty()) {
            TableField f = t.fields().get(t.fields().size() - 1);
            end = last(f instanceof TableField.Keyed k ? k.value() : ((TableField.Positional) f).value());
        } else {
            end = line;
        }
        return Math.max(line, end);
    }

    /** The line where the last of {@code exprs} ends, or {@code otherwise} for none. */
    static int lastOf(List<Expr> exprs, int otherwise) {
        return exprs.isEmpty() ? otherwise : Math.max(otherwise, last(exprs.get(exprs.size() - 1)));
    }
}
