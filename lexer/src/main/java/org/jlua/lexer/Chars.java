package org.jlua.lexer;

/**
 * Lua's character classes (C Lua's {@code lctype}), ASCII only: bytes from 0x80 up are
 * never letters, digits, spaces or printable, whatever the locale.
 */
final class Chars {
    private Chars() {
    }

    /** Letters and '_': what may start a name. */
    static boolean isAlpha(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isAlnum(int c) {
        return isAlpha(c) || isDigit(c);
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHexDigit(int c) {
        return hexValue(c) >= 0;
    }

    static int hexValue(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** C's isspace: space, \t, \n, \v, \f, \r. */
    static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    static boolean isNewline(int c) {
        return c == '\n' || c == '\r';
    }

    static boolean isPrint(int c) {
        return c >= ' ' && c < 0x7f;
    }
}
