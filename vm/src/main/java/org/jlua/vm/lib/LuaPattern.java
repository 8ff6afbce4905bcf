package org.jlua.vm.lib;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.jlua.vm.LuaString;

/**
 * {@code string.find}, {@code string.match}, {@code string.gmatch} and {@code string.gsub}
 * over plain Java values, so the library glue only converts arguments and results.
 * Positions in and out are Lua's (1-based, negative from the end); captures are
 * {@link LuaString}s, or {@link Long}s for position captures. "No match" is null (Lua's
 * fail).
 */
public final class LuaPattern {
    /** Bytes that make a pattern more than a plain substring. */
    private static final String SPECIALS = "^$*+?.([%-";

    private LuaPattern() {
    }

    /** The result of {@code string.gsub}: the new string (the very same object if nothing changed) and the match count. */
    public record GsubResult(LuaString value, long count) {
    }

    /**
     * {@code string.find(s, pattern, init, plain)}: null, or {start, end, captures...}.
     * A pattern without special characters is searched for as plain text.
     */
    public static Object[] find(LuaString s, LuaString pattern, long init, boolean plain) {
        byte[] subject = s.bytes();
        byte[] pat = pattern.bytes();
        int start = startIndex(init, subject.length);
        if (start > subject.length) return null;
        if (plain || !hasSpecials(pat)) {
            int at = indexOf(subject, pat, start);
            return at < 0 ? null : new Object[] {(long) at + 1, (long) at + pat.length};
        }
        PatternMatcher m = search(subject, pat, start);
        if (m == null) return null;
        Object[] caps = m.explicitCaptures();
        Object[] result = new Object[caps.length + 2];
        result[0] = (long) m.start() + 1;
        result[1] = (long) m.end();
        System.arraycopy(caps, 0, result, 2, caps.length);
        return result;
    }

    /** {@code string.match(s, pattern, init)}: null, or the captures (the whole match if none). */
    public static Object[] match(LuaString s, LuaString pattern, long init) {
        byte[] subject = s.bytes();
        int start = startIndex(init, subject.length);
        if (start > subject.length) return null;
        PatternMatcher m = search(subject, pattern.bytes(), start);
        return m == null ? null : m.captures();
    }

    /** {@code string.gmatch(s, pattern, init)}: an iteration that the glue wraps in a Lua function. */
    public static PatternGmatch gmatch(LuaString s, LuaString pattern, long init) {
        int length = s.length();
        int start = Math.min(startIndex(init, length), length + 1);
        return new PatternGmatch(s.bytes(), pattern.bytes(), start);
    }

    /** {@code string.gsub(s, pattern, repl)}: replaces every match. */
    public static GsubResult gsub(LuaString s, LuaString pattern, PatternReplacement repl) {
        return gsub(s, pattern, repl, (long) s.length() + 1);
    }

    /** {@code string.gsub(s, pattern, repl, maxN)}: replaces at most {@code maxN} matches. */
    public static GsubResult gsub(LuaString s, LuaString pattern, PatternReplacement repl, long maxN) {
        byte[] subject = s.bytes();
        byte[] pat = pattern.bytes();
        boolean anchor = pat.length > 0 && pat[0] == '^';
        PatternMatcher m = new PatternMatcher(subject, pat, anchor ? 1 : 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream(subject.length);
        int src = 0;
        int lastMatch = -1;
        long n = 0;
        boolean changed = false;
        while (n < maxN) {
            int e = m.match(src);
            if (e != -1 && e != lastMatch) {
                n++;
                if (repl.appendTo(m, out)) {
                    changed = true;
                } else {
                    out.write(subject, src, e - src);
                }
                src = lastMatch = e;
            } else if (src < subject.length) {
                out.write(subject[src++]);
            } else {
                break;
            }
            if (anchor) break;
        }
        if (!changed) return new GsubResult(s, n);
        out.write(subject, src, subject.length - src);
        return new GsubResult(LuaString.wrap(out.toByteArray()), n);
    }

    /**
     * The first match at or after {@code start} (0-based), honouring a leading '^'; the
     * matcher holds its position and captures.
     */
    private static PatternMatcher search(byte[] subject, byte[] pat, int start) {
        boolean anchor = pat.length > 0 && pat[0] == '^';
        PatternMatcher m = new PatternMatcher(subject, pat, anchor ? 1 : 0);
        int s = start;
        do {
            if (m.match(s) != -1) return m;
        } while (s++ < subject.length && !anchor);
        return null;
    }

    /**
     * Lua's {@code init} argument as a 0-based index: negative counts from the end, 0 and
     * anything before the start mean the start. May be past the end.
     */
    static int startIndex(long init, int length) {
        long pos;
        if (init > 0) pos = init;
        else if (init == 0 || init < -(long) length) pos = 1;
        else pos = length + init + 1;
        return (int) Math.min(pos - 1, (long) length + 1);
    }

    static boolean hasSpecials(byte[] pat) {
        for (byte b : pat) {
            if (SPECIALS.indexOf(b) >= 0) return true;
        }
        return false;
    }

    static int indexOf(byte[] subject, byte[] needle, int from) {
        int n = needle.length;
        if (n == 0) return from;
        int last = subject.length - n;
        byte first = needle[0];
        for (int i = from; i <= last; i++) {
            if (subject[i] == first
                    && Arrays.equals(subject, i + 1, i + n, needle, 1, n)) {
                return i;
            }
        }
        return -1;
    }
}
