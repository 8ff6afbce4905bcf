package org.jlua.lexer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lexer's view of the source: one current byte, the line and column it is on, and a
 * buffer of the bytes saved for the token being read. For strings the buffer holds the
 * delimiters and the decoded contents, which is also the text Lua quotes in messages.
 */
final class Source {
    /** The current "byte" at the end of the source. */
    static final int EOZ = -1;

    private final byte[] bytes;
    /** Index of the current byte. */
    private int pos;
    private int current;
    private int line = 1;
    /** Index of the first byte of the current line, for columns. */
    private int lineStart;
    private byte[] buffer = new byte[32];
    private int length;

    Source(byte[] bytes) {
        this.bytes = bytes;
        this.current = bytes.length > 0 ? bytes[0] & 0xff : EOZ;
    }

    int current() {
        return current;
    }

    int line() {
        return line;
    }

    /** 1-based column of the current byte. */
    int column() {
        return pos - lineStart + 1;
    }

    void advance() {
        if (pos < bytes.length) pos++;
        current = pos < bytes.length ? bytes[pos] & 0xff : EOZ;
    }

    boolean atNewline() {
        return Chars.isNewline(current);
    }

    /** Skips a line break: \n, \r, \r\n or \n\r, each counting as one line. */
    void skipNewline() {
        int first = current;
        advance();
        if (atNewline() && current != first) advance();
        line++;
        lineStart = pos;
    }

    /** Advances if the current byte is {@code c}. */
    boolean skipIf(int c) {
        if (current != c) return false;
        advance();
        return true;
    }

    /** Saves and advances if the current byte is one of {@code a} and {@code b}. */
    boolean saveIf(int a, int b) {
        if (current != a && current != b) return false;
        saveAndAdvance();
        return true;
    }

    void saveAndAdvance() {
        save(current);
        advance();
    }

    void save(int c) {
        if (length == buffer.length) buffer = Arrays.copyOf(buffer, length * 2);
        buffer[length++] = (byte) c;
    }

    int bufferLength() {
        return length;
    }

    /** Drops the last {@code n} saved bytes. */
    void unsave(int n) {
        length -= n;
    }

    void resetBuffer() {
        length = 0;
    }

    /** The saved bytes, one char per byte. */
    String bufferText() {
        return new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
    }

    byte[] bufferBytes(int from, int to) {
        return Arrays.copyOfRange(buffer, from, to);
    }

    byte[] buffer() {
        return buffer;
    }
}
