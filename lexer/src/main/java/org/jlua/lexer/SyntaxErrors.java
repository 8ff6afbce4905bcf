package org.jlua.lexer;

import org.jlua.vm.LuaError;

/**
 * Builds syntax errors the way C Lua's {@code lexerror} does:
 * {@code "<chunkid>:<line>: <msg> near <token>"}, where the token text stops at a NUL byte
 * (C formats it as a C string).
 */
final class SyntaxErrors {
    private final String chunkId;

    SyntaxErrors(String chunkId) {
        this.chunkId = chunkId;
    }

    /** {@code near} is the already quoted token text, or null for no "near" part. */
    LuaError at(int line, String msg, String near) {
        String text = chunkId + ":" + line + ": " + msg;
        return new LuaError(near == null ? text : text + " near " + near);
    }

    /** Quotes a token's own text (names, strings, numerals) as C Lua's txtToken does. */
    static String quote(String raw) {
        int nul = raw.indexOf('\0');
        return "'" + (nul < 0 ? raw : raw.substring(0, nul)) + "'";
    }

    /** The text of a byte that forms no token, as luaX_token2str writes it. */
    static String quoteByte(int c) {
        return Chars.isPrint(c) ? "'" + (char) c + "'" : "'<\\" + c + ">'";
    }
}
