package org.jlua.lexer;

/**
 * One token with its position (1-based line and column).
 * {@code raw} is the token's source text, one char per byte, as Lua quotes it in
 * "near" messages. {@code intValue}/{@code fltValue} hold numerals' values;
 * {@code bytes} holds a STRING's decoded bytes or a NAME's bytes.
 */
public record Token(TokenKind kind, int line, int column, String raw,
                    long intValue, double fltValue, byte[] bytes) {

    /** The name of a NAME token. */
    public String name() {
        return raw;
    }

    /** For debugging and test failures: {@code NAME 'x' at 3:5}. */
    @Override
    public String toString() {
        return kind + " '" + raw + "' at " + line + ":" + column;
    }
}
