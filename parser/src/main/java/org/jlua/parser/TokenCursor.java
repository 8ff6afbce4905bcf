package org.jlua.parser;

import org.jlua.lexer.Lexer;
import org.jlua.lexer.Token;
import org.jlua.lexer.TokenKind;
import org.jlua.vm.LuaError;

/**
 * The parser's view of the token stream: the current token, at most one token of
 * lookahead, and the helpers that check tokens and raise syntax errors with lua5.4's texts.
 * It also counts nesting levels, so deep nesting ends in Lua's error, not Java's.
 *
 * <p>Positions follow Lua: {@link #line()} is the lexer's current line, which after a
 * lookahead is the lookahead's line, and errors are reported there.
 */
final class TokenCursor {
    /**
     * Lua's LUAI_MAXCCALLS: the parser shares this budget with the C calls already active.
     * lua5.4 loading a file from the command line has one (the call that runs the chunk
     * loader), so {@link #level} starts at 1 and 196 nested parentheses still parse.
     */
    private static final int MAX_LEVELS = 200;

    private final Lexer lexer;
    private Token current;
    private Token ahead;
    private int lastLine = 1;
    private int level = 1;

    TokenCursor(Lexer lexer) {
        this.lexer = lexer;
        this.current = lexer.next();
    }

    Token current() {
        return current;
    }

    TokenKind kind() {
        return current.kind();
    }

    boolean is(TokenKind kind) {
        return current.kind() == kind;
    }

    /** The lexer's line: where the current token (or the lookahead, if read) ends. */
    int line() {
        return lexer.line();
    }

    /** The line of the last token consumed by {@link #advance()}. */
    int lastLine() {
        return lastLine;
    }

    /** Consumes the current token and returns it. */
    Token advance() {
        Token consumed = current;
        lastLine = lexer.line();
        if (ahead != null) {
            current = ahead;
            ahead = null;
        } else if (current.kind() != TokenKind.EOS) {
            current = lexer.next();
        }
        return consumed;
    }

    /** The kind of the token after the current one, read but not consumed. */
    TokenKind peek() {
        if (ahead == null) ahead = lexer.next();
        return ahead.kind();
    }

    boolean testNext(TokenKind kind) {
        if (current.kind() != kind) return false;
        advance();
        return true;
    }

    void check(TokenKind kind) {
        if (current.kind() != kind) throw expected(kind);
    }

    void checkNext(TokenKind kind) {
        check(kind);
        advance();
    }

    /**
     * Consumes {@code what}, which closes {@code who} opened at line {@code where}; the
     * error names the opener only when it stands on an earlier line.
     */
    void checkMatch(TokenKind what, TokenKind who, int where) {
        if (testNext(what)) return;
        if (where == line()) throw expected(what);
        throw error(Lexer.describe(what) + " expected (to close " + Lexer.describe(who)
                + " at line " + where + ")");
    }

    /** Consumes a name and returns it. */
    String checkName() {
        check(TokenKind.NAME);
        return advance().name();
    }

    /** "msg near 'token'" at the current line, naming the current token. */
    LuaError error(String msg) {
        return lexer.syntaxError(msg, current);
    }

    /** An error without the "near" part, for rules broken by well-formed syntax. */
    LuaError semanticError(String msg) {
        return lexer.syntaxError(msg);
    }

    LuaError expected(TokenKind kind) {
        return error(Lexer.describe(kind) + " expected");
    }

    /** Enters a nested construct, as lua5.4 counts one C call per recursion of its parser. */
    void enterLevel() {
        if (++level >= MAX_LEVELS) throw new LuaError("C stack overflow");
    }

    void leaveLevel() {
        level--;
    }
}
