package org.jlua.vm.lib;

/**
 * The state of one {@code string.gmatch} iteration. A '^' in the pattern is an ordinary
 * character here, as anchoring would stop the iteration. An empty match right where the
 * previous match ended is skipped (Lua 5.4's rule), so {@code gmatch("abc", "x*")} yields
 * four empty strings, not an endless stream.
 */
public final class PatternGmatch {
    private final PatternMatcher matcher;
    private final int length;
    private int next;
    private int lastMatch = -1;

    PatternGmatch(byte[] subject, byte[] pattern, int start) {
        this.matcher = new PatternMatcher(subject, pattern);
        this.length = subject.length;
        this.next = start;
    }

    /** The captures of the next match (the whole match if none), or null when done. */
    public Object[] next() {
        for (int s = next; s <= length; s++) {
            int e = matcher.match(s);
            if (e != -1 && e != lastMatch) {
                next = lastMatch = e;
                return matcher.captures();
            }
        }
        next = length + 1;
        return null;
    }
}
