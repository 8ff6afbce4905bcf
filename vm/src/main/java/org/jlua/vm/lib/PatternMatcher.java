package org.jlua.vm.lib;

import java.util.Arrays;
import org.jlua.vm.LuaError;
import org.jlua.vm.LuaString;

/**
 * Matches one Lua pattern (manual 6.4.1) against one subject, at a given position, and then
 * hands out the captures. The pattern is interpreted as it is read, like C Lua does, so a
 * malformed piece raises its error only when matching reaches it.
 *
 * <p>Recursion is bounded: every nested attempt (captures, {@code ?}, {@code *}, {@code -}
 * trying the rest of the pattern) counts against {@link #MAX_CALLS}, exactly where C Lua
 * counts, so "pattern too complex" appears for the same patterns and no subject length can
 * exhaust the Java stack. Repetitions themselves are loops.
 */
public final class PatternMatcher {
    /** LUA_MAXCAPTURES. */
    public static final int MAX_CAPTURES = 32;
    /** MAXCCALLS: how deep matching may nest. */
    public static final int MAX_CALLS = 200;

    private static final int CAP_UNFINISHED = -1;
    private static final int CAP_POSITION = -2;

    private final byte[] src;
    private final byte[] pat;
    private final int patStart;
    private final int[] capStart = new int[MAX_CAPTURES];
    private final int[] capLen = new int[MAX_CAPTURES];
    private int level;
    private int callsLeft;
    private int matchStart = -1;
    private int matchEnd = -1;

    /** A matcher for the whole {@code pattern}: a leading '^' is an ordinary character here. */
    public PatternMatcher(byte[] subject, byte[] pattern) {
        this(subject, pattern, 0);
    }

    /** A matcher for {@code pattern[patternStart..]} (1 skips an anchor already seen). */
    public PatternMatcher(byte[] subject, byte[] pattern, int patternStart) {
        this.src = subject;
        this.pat = pattern;
        this.patStart = patternStart;
    }

    public byte[] subject() {
        return src;
    }

    /**
     * Tries to match the pattern starting exactly at {@code subjectStart} (0-based,
     * 0..length). Returns the end of the match (exclusive) or -1. Captures are those of this
     * attempt.
     */
    public int match(int subjectStart) {
        level = 0;
        callsLeft = MAX_CALLS;
        int end = doMatch(subjectStart, patStart);
        matchStart = end < 0 ? -1 : subjectStart;
        matchEnd = end;
        return end;
    }

    /** Start (0-based) of the last successful match. */
    public int start() {
        return matchStart;
    }

    /** End (exclusive) of the last successful match. */
    public int end() {
        return matchEnd;
    }

    /** How many captures the pattern made (0 when it has none). */
    public int captureCount() {
        return level;
    }

    /** Whether capture {@code i} (0-based) is a position capture {@code ()}. */
    public boolean isPositionCapture(int i) {
        return capLen[checkIndex(i)] == CAP_POSITION;
    }

    /** Start (0-based) of capture {@code i}; for a position capture, the position. */
    public int captureStart(int i) {
        return capStart[checkIndex(i)];
    }

    /** End (exclusive) of capture {@code i}; a position capture is empty. */
    public int captureEnd(int i) {
        int len = capLen[checkIndex(i)];
        if (len == CAP_UNFINISHED) throw new LuaError("unfinished capture");
        return capStart[i] + Math.max(len, 0);
    }

    private int checkIndex(int i) {
        if (i < 0 || i >= level) throw new IndexOutOfBoundsException("capture " + i);
        return i;
    }

    /**
     * The value of capture {@code i} (0-based) of the last match: a {@link LuaString}, or a
     * {@link Long} (1-based) for a position capture. With no captures, capture 0 is the whole
     * match. Raises Lua's errors for an unfinished capture or an index out of range.
     */
    public Object capture(int i) {
        if (i >= level) {
            if (i != 0) throw new LuaError("invalid capture index %" + (i + 1));
            return LuaString.copyOf(src, matchStart, matchEnd);
        }
        int len = capLen[i];
        if (len == CAP_UNFINISHED) throw new LuaError("unfinished capture");
        if (len == CAP_POSITION) return (long) capStart[i] + 1;
        return LuaString.copyOf(src, capStart[i], capStart[i] + len);
    }

    /** All captures of the last match, or the whole match when the pattern has none. */
    public Object[] captures() {
        Object[] values = new Object[Math.max(level, 1)];
        for (int i = 0; i < values.length; i++) values[i] = capture(i);
        return values;
    }

    /** The captures alone: empty when the pattern has none ({@code string.find}'s extra results). */
    Object[] explicitCaptures() {
        Object[] values = new Object[level];
        for (int i = 0; i < level; i++) values[i] = capture(i);
        return values;
    }

    // The matcher proper. p indexes the pattern, s the subject; -1 means "no match".

    private int doMatch(int s, int p) {
        if (callsLeft-- == 0) throw new LuaError("pattern too complex");
        int pEnd = pat.length;
        while (p != pEnd) {
            int pc = pat[p];
            if (pc == '(') {
                s = p + 1 < pEnd && pat[p + 1] == ')'
                        ? startCapture(s, p + 2, CAP_POSITION)
                        : startCapture(s, p + 1, CAP_UNFINISHED);
                break;
            }
            if (pc == ')') {
                s = endCapture(s, p + 1);
                break;
            }
            if (pc == '$' && p + 1 == pEnd) {
                if (s != src.length) s = -1;
                break;
            }
            if (pc == '%' && p + 1 < pEnd) {
                int next = pat[p + 1];
                if (next == 'b') {
                    s = matchBalance(s, p + 2);
                    if (s == -1) break;
                    p += 4;
                    continue;
                }
                if (next == 'f') {
                    p += 2;
                    if (p == pEnd || pat[p] != '[') {
                        throw new LuaError("missing '[' after '%f' in pattern");
                    }
                    int ep = classEnd(p);
                    int previous = s == 0 ? 0 : src[s - 1] & 0xFF;
                    int current = s < src.length ? src[s] & 0xFF : 0;
                    if (!PatternClass.inSet(previous, pat, p, ep - 1)
                            && PatternClass.inSet(current, pat, p, ep - 1)) {
                        p = ep;
                        continue;
                    }
                    s = -1;
                    break;
                }
                if (PatternClass.isDigit(next)) {
                    s = matchBackReference(s, next);
                    if (s == -1) break;
                    p += 2;
                    continue;
                }
            }
            // A single-character class, maybe followed by a repetition suffix.
            int ep = classEnd(p);
            int suffix = ep < pEnd ? pat[ep] : 0;
            if (!singleMatch(s, p, ep)) {
                if (suffix == '*' || suffix == '?' || suffix == '-') {
                    p = ep + 1;
                    continue;
                }
                s = -1;
                break;
            }
            if (suffix == '?') {
                int res = doMatch(s + 1, ep + 1);
                if (res != -1) {
                    s = res;
                    break;
                }
                p = ep + 1;
                continue;
            }
            if (suffix == '+') {
                s = maxExpand(s + 1, p, ep);
                break;
            }
            if (suffix == '*') {
                s = maxExpand(s, p, ep);
                break;
            }
            if (suffix == '-') {
                s = minExpand(s, p, ep);
                break;
            }
            s++;
            p = ep;
        }
        callsLeft++;
        return s;
    }

    /** Index just past the single-character class that starts at {@code p}. */
    private int classEnd(int p) {
        int pEnd = pat.length;
        int c = pat[p++];
        if (c == '%') {
            if (p >= pEnd) throw new LuaError("malformed pattern (ends with '%')");
            return p + 1;
        }
        if (c == '[') {
            if (p < pEnd && pat[p] == '^') p++;
            // The first character is never the closing ']', so "[]]" is a set of ']'.
            do {
                if (p >= pEnd) throw new LuaError("malformed pattern (missing ']')");
                c = pat[p++];
                if (c == '%' && p < pEnd) p++;
            } while (p >= pEnd || pat[p] != ']');
            return p + 1;
        }
        return p;
    }

    private boolean singleMatch(int s, int p, int ep) {
        if (s >= src.length) return false;
        int c = src[s] & 0xFF;
        int pc = pat[p] & 0xFF;
        return switch (pc) {
            case '.' -> true;
            case '%' -> PatternClass.matches(c, pat[p + 1] & 0xFF);
            case '[' -> PatternClass.inSet(c, pat, p, ep - 1);
            default -> pc == c;
        };
    }

    /** Greedy repetition: the longest run first, then shorter ones. */
    private int maxExpand(int s, int p, int ep) {
        int count = 0;
        while (singleMatch(s + count, p, ep)) count++;
        for (; count >= 0; count--) {
            int res = doMatch(s + count, ep + 1);
            if (res != -1) return res;
        }
        return -1;
    }

    /** Lazy repetition: the shortest run that lets the rest match. */
    private int minExpand(int s, int p, int ep) {
        while (true) {
            int res = doMatch(s, ep + 1);
            if (res != -1) return res;
            if (!singleMatch(s, p, ep)) return -1;
            s++;
        }
    }

    /** {@code %bxy}, {@code p} at x. */
    private int matchBalance(int s, int p) {
        if (p + 1 >= pat.length) {
            throw new LuaError("malformed pattern (missing arguments to '%b')");
        }
        if (s >= src.length || src[s] != pat[p]) return -1;
        byte open = pat[p];
        byte close = pat[p + 1];
        int depth = 1;
        while (++s < src.length) {
            byte c = src[s];
            if (c == close) {
                if (--depth == 0) return s + 1;
            } else if (c == open) {
                depth++;
            }
        }
        return -1;
    }

    private int startCapture(int s, int p, int what) {
        if (level >= MAX_CAPTURES) throw new LuaError("too many captures");
        capStart[level] = s;
        capLen[level] = what;
        level++;
        int res = doMatch(s, p);
        if (res == -1) level--;
        return res;
    }

    private int endCapture(int s, int p) {
        int l = captureToClose();
        capLen[l] = s - capStart[l];
        int res = doMatch(s, p);
        if (res == -1) capLen[l] = CAP_UNFINISHED;
        return res;
    }

    private int captureToClose() {
        for (int l = level - 1; l >= 0; l--) {
            if (capLen[l] == CAP_UNFINISHED) return l;
        }
        throw new LuaError("invalid pattern capture");
    }

    /** {@code %1}..{@code %9}: the same bytes as an earlier, closed capture. */
    private int matchBackReference(int s, int digit) {
        int l = digit - '1';
        if (l < 0 || l >= level || capLen[l] == CAP_UNFINISHED) {
            throw new LuaError("invalid capture index %" + (l + 1));
        }
        int len = capLen[l];
        // A position capture has no text, and C Lua's unsigned length check never passes.
        if (len == CAP_POSITION || src.length - s < len) return -1;
        int from = capStart[l];
        return Arrays.equals(src, from, from + len, src, s, s + len) ? s + len : -1;
    }
}
