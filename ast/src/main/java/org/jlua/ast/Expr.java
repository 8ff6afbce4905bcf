package org.jlua.ast;

import java.util.List;

/**
 * An expression. {@link #line()} is the source line that the instruction computing the
 * expression reports in error messages, as Lua reports it: the operator's line for a
 * unary or binary operation, the key's line for an index, and the line where the whole
 * suffixed expression starts for a call.
 */
public sealed interface Expr {
    int line();

    record Nil(int line) implements Expr {}

    record True(int line) implements Expr {}

    record False(int line) implements Expr {}

    /** An integer numeral (or a folded integer constant). */
    record Int(int line, long value) implements Expr {}

    /** A float numeral (or a folded float constant). */
    record Flt(int line, double value) implements Expr {}

    /** A string literal: Lua strings are bytes, escapes already decoded. */
    record Str(int line, byte[] value) implements Expr {}

    /** {@code ...} inside a vararg function. */
    record Vararg(int line) implements Expr {}

    /** {@code function (params) body end} */
    record Function(int line, FuncBody body) implements Expr {}

    /** {@code { fields }}: positional items and {@code [k]=v} / {@code name=v} pairs, in order. */
    record Table(int line, List<TableField> fields) implements Expr {}

    record Binary(int line, BinOp op, Expr left, Expr right) implements Expr {}

    record Unary(int line, UnOp op, Expr operand) implements Expr {}

    /** A variable name: local, upvalue or global ({@code _ENV.name}); the compiler resolves it. */
    record Name(int line, String name) implements Expr {}

    /** {@code object[key]}; {@code object.name} is an Index whose key is a {@link Str}. */
    record Index(int line, Expr object, Expr key) implements Expr {}

    /** {@code function(args)}; string and table arguments are single-element lists. */
    record Call(int line, Expr function, List<Expr> args) implements Expr {}

    /** {@code object:method(args)} */
    record MethodCall(int line, Expr object, String method, List<Expr> args) implements Expr {}

    /** {@code (inner)}: keeps only the first value of a call or vararg. */
    record Paren(int line, Expr inner) implements Expr {}

    /** True for the expressions that can produce several values when last in a list. */
    static boolean isMultiValued(Expr e) {
        return e instanceof Call || e instanceof MethodCall || e instanceof Vararg;
    }
}
