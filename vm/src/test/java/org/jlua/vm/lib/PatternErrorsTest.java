package org.jlua.vm.lib;

import static org.jlua.vm.lib.PatternCalls.assertError;
import static org.jlua.vm.lib.PatternCalls.find;
import static org.jlua.vm.lib.PatternCalls.gmatch;
import static org.jlua.vm.lib.PatternCalls.gsub;
import static org.jlua.vm.lib.PatternCalls.match;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Every pattern error message and limit, as lua5.4 reports them. */
class PatternErrorsTest {
    @Test
    void malformedPatternsFailWhenMatchingReachesThem() {
        assertError("malformed pattern (ends with '%')", () -> find("abc", "a%"));
        assertError("malformed pattern (ends with '%')", () -> find("abc", "%"));
        assertError("malformed pattern (missing ']')", () -> find("abc", "[a"));
        assertError("malformed pattern (missing ']')", () -> find("abc", "[a%"));
        assertError("malformed pattern (missing ']')", () -> find("abc", "[a%]"));
        assertError("malformed pattern (missing ']')", () -> find("abc", "[]"));
        assertError("malformed pattern (missing ']')", () -> find("abc", "[^]"));
        assertEquals("nil", find("abc", "x[a"));
        assertEquals("nil", find("", "b[a"));
        assertError("missing '[' after '%f' in pattern", () -> find("abc", "%f"));
        assertError("missing '[' after '%f' in pattern", () -> find("abc", "%fa"));
        assertError("malformed pattern (missing arguments to '%b')", () -> find("abc", "%b"));
        assertError("malformed pattern (missing arguments to '%b')", () -> find("abc", "%ba"));
        assertError("invalid capture index %1", () -> find("abc", "%1"));
        assertError("invalid capture index %0", () -> find("abc", "%0"));
        assertError("invalid capture index %2", () -> find("abc", "(a)%2"));
        assertError("invalid capture index %1", () -> find("abc", "(a%1)"));
        assertError("unfinished capture", () -> find("abc", "(a"));
        assertError("unfinished capture", () -> find("abc", "(a)(b"));
        assertEquals("nil", find("abc", "a)"));
        assertError("invalid pattern capture", () -> match("abc", "a)"));
        assertError("invalid pattern capture", () -> match("abc", "(a))"));
        assertError("unfinished capture", () -> match("abc", "(a"));
        assertError("unfinished capture", () -> gsub("abc", "(a", "%1"));
        assertError("invalid capture index %2", () -> gsub("abc", "a", "%2"));
        assertError("invalid capture index %2", () -> gsub("abc", "(a)", "%2"));
        assertError("invalid use of '%' in replacement string", () -> gsub("abc", "a", "%"));
        assertError("invalid use of '%' in replacement string", () -> gsub("abc", "a", "x%"));
        assertError("invalid use of '%' in replacement string", () -> gsub("abc", "a", "%x"));
        assertEquals("abc 0", gsub("abc", "z", "%x"));
        assertError("malformed pattern (ends with '%')", () -> gmatch("abc", "a%"));
    }

    @Test
    void thirtyTwoCapturesAreTheLimit() {
        String s = "a".repeat(300);
        assertEquals(2 + 32, LuaPattern.find(PatternCalls.ls(s), PatternCalls.ls("(a)".repeat(32)), 1, false).length);
        assertEquals(2 + 32, LuaPattern.find(PatternCalls.ls(""), PatternCalls.ls("()".repeat(32)), 1, false).length);
        assertError("too many captures", () -> find(s, "(a)".repeat(33)));
        assertError("too many captures", () -> find(s, "()".repeat(33)));
        assertError("too many captures", () -> find(s, "(".repeat(33) + "a"));
    }

    @Test
    void nestingDeeperThanTwoHundredIsTooComplex() {
        String s = "a".repeat(300);
        assertEquals("1 199", find(s, "a?".repeat(199)));
        assertError("pattern too complex", () -> find(s, "a?".repeat(200)));
        assertEquals("1 300", find(s, "a-".repeat(199) + "$"));
        assertError("pattern too complex", () -> find(s, "a-".repeat(200) + "$"));
        // A capture costs two levels (its inside and what follows its end).
        String t = "a".repeat(250);
        assertEquals("1 179 a a a a a a a a a a", find(t, "(a?)".repeat(10) + "a?".repeat(169)));
        assertError("pattern too complex", () -> find(t, "(a?)".repeat(10) + "a?".repeat(170)));
        // Greedy repetitions that succeed at once do not nest.
        assertEquals("1 300", find(s, "a*".repeat(1000)));
    }

    @Test
    void megabyteSubjectsNeedNoDeepRecursion() {
        String big = "x".repeat(1_000_000);
        assertEquals("1 1000000", find(big, ".-$"));
        assertEquals("1 1000001", find(big + "y", "x*y"));
        assertEquals("nil", find(big, "^.-y"));
        assertEquals(big.length(), match(big, "^(.-)$").length());
        assertEquals(big + " 1000001", gsub(big, "x-", ""));
        String nested = "(".repeat(100_000) + ")".repeat(100_000);
        assertEquals("1 200000", find(nested, "%b()"));
    }
}
