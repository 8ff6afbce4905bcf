package org.jlua.lexer;

import org.jlua.vm.LuaError;

/**
 * Reads string literals and long comments: short strings with their escapes, and long
 * brackets of any level. The '\' of an escape stays in the buffer until the escape is
 * decoded, so that error messages show the source text read so far, as Lua's do.
 */
final class StringScanner {
    /** Largest code point a "backslash-u{XXX}" escape may give (Lua's extended UTF-8 reaches 2^31 - 1). */
    private static final long MAX_UTF8 = 0x7FFFFFFFL;

    private final Source in;
    private final SyntaxErrors errors;

    StringScanner(Source in, SyntaxErrors errors) {
        this.in = in;
        this.errors = errors;
    }

    /** A quoted string, the current byte being its opening quote; returns its contents. */
    byte[] shortString() {
        int delimiter = in.current();
        in.saveAndAdvance();
        while (in.current() != delimiter) {
            switch (in.current()) {
                case Source.EOZ -> throw errors.at(in.line(), "unfinished string", "<eof>");
                case '\n', '\r' -> throw bufferError("unfinished string");
                case '\\' -> escape();
                default -> in.saveAndAdvance();
            }
        }
        in.saveAndAdvance();
        return in.bufferBytes(1, in.bufferLength() - 1);
    }

    private void escape() {
        in.saveAndAdvance();
        switch (in.current()) {
            case 'a' -> replaceEscape(0x07);
            case 'b' -> replaceEscape('\b');
            case 'f' -> replaceEscape('\f');
            case 'n' -> replaceEscape('\n');
            case 'r' -> replaceEscape('\r');
            case 't' -> replaceEscape('\t');
            case 'v' -> replaceEscape(0x0B);
            case '\\', '"', '\'' -> replaceEscape(in.current());
            case 'x' -> replaceEscape(hexEscape());
            case 'u' -> utf8Escape();
            case '\n', '\r' -> {
                in.skipNewline();
                in.unsave(1);
                in.save('\n');
            }
            case 'z' -> {
                in.unsave(1);
                in.advance();
                while (Chars.isSpace(in.current())) {
                    if (in.atNewline()) in.skipNewline();
                    else in.advance();
                }
            }
            // At the end of the source the loop above reports the unfinished string.
            case Source.EOZ -> { }
            default -> {
                check(Chars.isDigit(in.current()), "invalid escape sequence");
                int value = decimalEscape();
                in.unsave(1);
                in.save(value);
            }
        }
    }

    /** Replaces the saved '\' by {@code value}, and skips the escape's last byte. */
    private void replaceEscape(int value) {
        in.advance();
        in.unsave(1);
        in.save(value);
    }

    /** \xXX: exactly two hex digits; leaves the second one current. */
    private int hexEscape() {
        int value = hexDigit();
        value = value * 16 + hexDigit();
        in.unsave(2);
        return value;
    }

    /** Saves the current byte and expects a hex digit after it; returns that digit's value. */
    private int hexDigit() {
        in.saveAndAdvance();
        check(Chars.isHexDigit(in.current()), "hexadecimal digit expected");
        return Chars.hexValue(in.current());
    }

    /** \ddd: up to three decimal digits, at most 255. */
    private int decimalEscape() {
        int value = 0;
        int count = 0;
        for (; count < 3 && Chars.isDigit(in.current()); count++) {
            value = value * 10 + in.current() - '0';
            in.saveAndAdvance();
        }
        check(value <= 255, "decimal escape too large");
        in.unsave(count);
        return value;
    }

    /** The "backslash-u{XXX}" escape: a code point up to 2^31 - 1, written as UTF-8 of up to 6 bytes. */
    private void utf8Escape() {
        int saved = 4; // '\', 'u', '{' and the first digit
        in.saveAndAdvance();
        check(in.current() == '{', "missing '{'");
        long value = hexDigit();
        for (in.saveAndAdvance(); Chars.isHexDigit(in.current()); in.saveAndAdvance()) {
            saved++;
            check(value <= (MAX_UTF8 >> 4), "UTF-8 value too large");
            value = value * 16 + Chars.hexValue(in.current());
        }
        check(in.current() == '}', "missing '}'");
        in.advance();
        in.unsave(saved);
        for (byte b : utf8(value)) in.save(b);
    }

    /** Lua's extended UTF-8: the classic scheme stretched to 6 bytes (31 bits). */
    static byte[] utf8(long code) {
        if (code < 0x80) return new byte[] {(byte) code};
        int n = code < 0x800 ? 2 : code < 0x10000 ? 3 : code < 0x200000 ? 4 : code < 0x4000000 ? 5 : 6;
        byte[] out = new byte[n];
        for (int i = n - 1; i > 0; i--) {
            out[i] = (byte) (0x80 | (code & 0x3F));
            code >>= 6;
        }
        out[0] = (byte) ((0xFF << (8 - n)) | code);
        return out;
    }

    /** On failure, saves the offending byte too, so that the message shows it. */
    private void check(boolean ok, String msg) {
        if (ok) return;
        if (in.current() != Source.EOZ) in.saveAndAdvance();
        throw bufferError(msg);
    }

    private LuaError bufferError(String msg) {
        return errors.at(in.line(), msg, SyntaxErrors.quote(in.bufferText()));
    }

    /**
     * Reads '[' or ']' followed by '='s, saving them. Returns the level + 2 if the same
     * bracket follows (a long bracket), 1 for a lone bracket, 0 for '=' without a bracket.
     */
    int bracketLevel() {
        int bracket = in.current();
        in.saveAndAdvance();
        int count = 0;
        while (in.current() == '=') {
            in.saveAndAdvance();
            count++;
        }
        if (in.current() == bracket) return count + 2;
        return count == 0 ? 1 : 0;
    }

    /**
     * The rest of a long string or long comment, the current byte being the second '['.
     * A newline right after the opening is dropped; each line break becomes "\n".
     * Returns the contents of a string, null for a comment.
     */
    byte[] longString(int level, boolean isString) {
        int startLine = in.line();
        in.saveAndAdvance();
        if (in.atNewline()) in.skipNewline();
        while (true) {
            switch (in.current()) {
                case Source.EOZ -> throw errors.at(in.line(), "unfinished long "
                        + (isString ? "string" : "comment") + " (starting at line " + startLine + ")", "<eof>");
                case ']' -> {
                    if (bracketLevel() == level) {
                        in.saveAndAdvance();
                        return isString ? in.bufferBytes(level, in.bufferLength() - level) : null;
                    }
                }
                case '\n', '\r' -> {
                    in.save('\n');
                    in.skipNewline();
                    // A comment's text is never used.
                    if (!isString) in.resetBuffer();
                }
                default -> {
                    if (isString) in.saveAndAdvance();
                    else in.advance();
                }
            }
        }
    }
}
