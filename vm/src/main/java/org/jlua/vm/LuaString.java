package org.jlua.vm;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A Lua string: an immutable sequence of bytes. Java {@code String}s that stand for Lua
 * bytes (messages, names) map one char to one byte (ISO-8859-1), so no byte is ever lost.
 * The hash is computed once, on first use as a table key.
 */
public final class LuaString implements Comparable<LuaString> {
    public static final LuaString EMPTY = new LuaString(new byte[0]);

    private final byte[] bytes;
    private int hash;

    private LuaString(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Wraps the array without copying: the caller must never change it afterwards. */
    public static LuaString wrap(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new LuaString(bytes);
    }

    public static LuaString copyOf(byte[] bytes, int from, int to) {
        return wrap(Arrays.copyOfRange(bytes, from, to));
    }

    /** Each char of {@code s} becomes one byte (chars above 255 are not expected). */
    public static LuaString valueOf(String s) {
        return wrap(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    public int length() {
        return bytes.length;
    }

    public byte byteAt(int i) {
        return bytes[i];
    }

    /** The backing bytes, not a copy: never modify them. */
    public byte[] bytes() {
        return bytes;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(bytes);
            if (h == 0) h = 1;
            hash = h;
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof LuaString other)) return false;
        if (bytes.length != other.bytes.length) return false;
        if (hash != 0 && other.hash != 0 && hash != other.hash) return false;
        return Arrays.equals(bytes, other.bytes);
    }

    /** Bytewise, unsigned: Lua's {@code <} on strings (the C locale's strcoll). */
    @Override
    public int compareTo(LuaString o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    /** One char per byte: for messages and Java-side names. */
    @Override
    public String toString() {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
