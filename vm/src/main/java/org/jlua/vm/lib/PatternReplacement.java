package org.jlua.vm.lib;

import java.io.ByteArrayOutputStream;
import org.jlua.vm.LuaString;

/**
 * What {@code string.gsub} puts in place of each match. The glue layer implements it for a
 * function (called with {@link PatternMatcher#captures()}) or a table (indexed by
 * {@code capture(0)}); {@link #template} covers a string or number replacement.
 */
@FunctionalInterface
public interface PatternReplacement {
    /**
     * The replacement for the current match of {@code m}, or null to keep the matched text
     * (Lua's nil or false). A non-string result is the caller's error to raise:
     * "invalid replacement value (a table)".
     */
    LuaString replace(PatternMatcher m);

    /** Appends the replacement to {@code out}; false when the match is kept unchanged. */
    default boolean appendTo(PatternMatcher m, ByteArrayOutputStream out) {
        LuaString r = replace(m);
        if (r == null) return false;
        out.write(r.bytes(), 0, r.length());
        return true;
    }

    /** A replacement string where {@code %0}..{@code %9} stand for captures and {@code %%} for '%'. */
    static PatternReplacement template(LuaString replacement) {
        return new PatternTemplate(replacement.bytes());
    }
}
