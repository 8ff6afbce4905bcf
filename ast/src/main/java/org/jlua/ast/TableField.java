package org.jlua.ast;

/** One entry of a table constructor. */
public sealed interface TableField {
    /** {@code value}: stored at the next array index. */
    record Positional(Expr value) implements TableField {}

    /** {@code [key] = value}, or {@code name = value} with a {@link Expr.Str} key. */
    record Keyed(Expr key, Expr value) implements TableField {}
}
