package org.jlua.compiler;

import org.jlua.ast.Expr;

/** The literal expressions: nil, booleans, numbers and strings. */
final class Literals {
    private Literals() {
    }

    static boolean isLiteral(Expr e) {
        return e instanceof Expr.Nil || e instanceof Expr.True || e instanceof Expr.False
                || e instanceof Expr.Int || e instanceof Expr.Flt || e instanceof Expr.Str;
    }

    static boolean isNumber(Expr e) {
        return e instanceof Expr.Int || e instanceof Expr.Flt;
    }

    /** Lua truth: everything but nil and false is true. */
    static boolean isTruthy(Expr literal) {
        return !(literal instanceof Expr.Nil || literal instanceof Expr.False);
    }
}
