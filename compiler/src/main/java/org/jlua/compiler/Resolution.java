package org.jlua.compiler;

import java.util.IdentityHashMap;
import org.jlua.ast.Expr;
import org.jlua.ast.Stat;

/**
 * What the {@link Resolver} learnt about a chunk's local variables before code generation.
 * A variable is named by the node that declares it (a {@link org.jlua.ast.FuncBody} for
 * parameters, a Local, LocalFunction, NumericFor or GenericFor statement) and its position
 * in that node's name list; nodes are told apart by identity, not by value.
 */
final class Resolution {
    private final IdentityHashMap<Object, boolean[]> captured;
    private final IdentityHashMap<Stat.Local, Expr> constants;

    Resolution(IdentityHashMap<Object, boolean[]> captured, IdentityHashMap<Stat.Local, Expr> constants) {
        this.captured = captured;
        this.constants = constants;
    }

    /** True if an inner function refers to the variable, so it must live in a cell. */
    boolean isCaptured(Object declaration, int index) {
        boolean[] flags = captured.get(declaration);
        return flags != null && flags[index];
    }

    /**
     * The literal value of the statement's last variable when it is a compile-time constant
     * (Lua's rule: a {@code <const>} variable initialised by a constant expression, with as
     * many values as names); such a variable gets no register. Null otherwise.
     */
    Expr constantValue(Stat.Local local) {
        return constants.get(local);
    }
}
