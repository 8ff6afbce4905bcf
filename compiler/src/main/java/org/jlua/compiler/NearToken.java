package org.jlua.compiler;

import org.jlua.ast.Expr;
import org.jlua.ast.Stat;

/**
 * The "near 'token'" part of Lua's limit errors, which name the token the parser had just
 * read. The tree keeps no tokens, but where a limit is checked (after a local's name) the
 * next token follows from the statement's shape or from the next statement's first token.
 */
final class NearToken {
    static final String EOF = "<eof>";

    private NearToken() {
    }

    static String quoted(String token) {
        return "'" + token + "'";
    }

    /** The first token of a statement, as Lua's messages show it. */
    static String first(Stat s) {
        String t;
        if (s instanceof Stat.Local || s instanceof Stat.LocalFunction) {
            t = "local";
        } else if (s instanceof Stat.FunctionStat) {
            t = "function";
        } else if (s instanceof Stat.Return) {
            t = "return";
        } else if (s instanceof Stat.Break) {
            t = "break";
        } else if (s instanceof Stat.Goto) {
            t = "goto";
        } else if (s instanceof Stat.Label) {
            t = "::";
        } else if (s instanceof Stat.Do) {
            t = "do";
        } else if (s instanceof Stat.While) {
            t = "while";
        } else if (s instanceof Stat.Repeat) {
            t = "repeat";
        } else if (s instanceof Stat.If) {
            t = "if";
        } else if (s instanceof Stat.NumericFor || s instanceof Stat.GenericFor) {
            t = "for";
        } else if (s instanceof Stat.CallStat c) {
            t = first(c.call());
        } else {
            t = first(((Stat.Assign) s).targets().get(0));
        }
        return quoted(t);
    }

    private static String first(Expr e) {
        if (e instanceof Expr.Name n) return n.name();
        if (e instanceof Expr.Index i) return first(i.object());
        if (e instanceof Expr.Call c) return first(c.function());
        if (e instanceof Expr.MethodCall m) return first(m.object());
        return "(";
    }
}
