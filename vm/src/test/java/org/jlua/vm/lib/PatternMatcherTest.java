package org.jlua.vm.lib;

import static org.jlua.vm.lib.PatternCalls.ls;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jlua.vm.LuaString;
import org.junit.jupiter.api.Test;

/** The matcher object and the replacement callbacks the library glue builds on. */
class PatternMatcherTest {
    @Test
    void matcherReportsEndAndCaptures() {
        PatternMatcher m = new PatternMatcher(ls("key = value").bytes(), ls("(%w+)%s*=%s*()(%w+)").bytes());
        assertEquals(-1, m.match(3)); // a space starts no word
        assertEquals(11, m.match(0));
        assertEquals(0, m.start());
        assertEquals(11, m.end());
        assertEquals(3, m.captureCount());
        assertEquals(0, m.captureStart(0));
        assertEquals(3, m.captureEnd(0));
        assertTrue(m.isPositionCapture(1));
        assertEquals(6, m.captureStart(1));
        assertFalse(m.isPositionCapture(2));
        assertArrayEquals(new Object[] {ls("key"), 7L, ls("value")}, m.captures());
    }

    @Test
    void aLeadingCaretIsLiteralUnlessSkipped() {
        byte[] subject = ls("^a").bytes();
        assertEquals(2, new PatternMatcher(subject, ls("^a").bytes()).match(0));
        assertEquals(-1, new PatternMatcher(subject, ls("^a").bytes(), 1).match(0));
        assertEquals(2, new PatternMatcher(subject, ls("^a").bytes(), 1).match(1));
    }

    @Test
    void withoutCapturesTheWholeMatchIsCaptureZero() {
        PatternMatcher m = new PatternMatcher(ls("hello").bytes(), ls("l+").bytes());
        assertEquals(4, m.match(2));
        assertEquals(0, m.captureCount());
        assertEquals(ls("ll"), m.capture(0));
        assertArrayEquals(new Object[] {ls("ll")}, m.captures());
        PatternCalls.assertError("invalid capture index %2", () -> m.capture(1));
    }

    @Test
    void findGivesPositionCapturesAsIntegers() {
        assertArrayEquals(new Object[] {3L, 4L, 3L, 5L}, LuaPattern.find(ls("hello"), ls("()ll()"), 1, false));
    }

    @Test
    void functionReplacementSeesAllCaptures() {
        List<String> calls = new ArrayList<>();
        LuaPattern.GsubResult r = LuaPattern.gsub(ls("a=1, b=2"), ls("(%w+)=(%w+)"), m -> {
            Object[] caps = m.captures();
            calls.add(caps[0] + ":" + caps[1]);
            return ls(caps[1] + "=" + caps[0]);
        });
        assertEquals(List.of("a:1", "b:2"), calls);
        assertEquals(ls("1=a, 2=b"), r.value());
        assertEquals(2, r.count());
    }

    @Test
    void tableReplacementIndexesByFirstCapture() {
        Map<LuaString, LuaString> table = Map.of(ls("name"), ls("Lua"), ls("version"), ls("5.4"));
        LuaPattern.GsubResult r = LuaPattern.gsub(ls("$name $version $other"), ls("%$(%w+)"),
                m -> table.get((LuaString) m.capture(0)));
        assertEquals(ls("Lua 5.4 $other"), r.value());
        assertEquals(3, r.count());
    }

    @Test
    void keptMatchesReturnTheOriginalString() {
        LuaString s = ls("a".repeat(100));
        LuaPattern.GsubResult none = LuaPattern.gsub(s, ls("b"), PatternReplacement.template(ls("c")));
        assertSame(s, none.value());
        assertEquals(0, none.count());
        LuaPattern.GsubResult kept = LuaPattern.gsub(s, ls("."), m -> null);
        assertSame(s, kept.value());
        assertEquals(100, kept.count());
        // Replacing a match by equal text still counts as a change, as in C Lua.
        LuaPattern.GsubResult same = LuaPattern.gsub(s, ls("."), m -> (LuaString) m.capture(0));
        assertEquals(s, same.value());
        assertNotSame(s, same.value());
    }

    @Test
    void replacementMayKeepSomeMatches() {
        LuaPattern.GsubResult r = LuaPattern.gsub(ls("abc"), ls("%w"),
                m -> m.capture(0).equals(ls("b")) ? null : ls("_"));
        assertEquals(ls("_b_"), r.value());
        assertEquals(3, r.count());
    }

    @Test
    void templateReplacementAsACallback() {
        PatternMatcher m = new PatternMatcher(ls("hello world").bytes(), ls("(o)()").bytes());
        assertEquals(5, m.match(4));
        assertEquals(ls("[o|6|o%]"), PatternReplacement.template(ls("[%1|%2|%0%%]")).replace(m));
    }

    @Test
    void aSmallThreadStackIsEnoughForHugeSubjects() throws InterruptedException {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                LuaString big = ls("x".repeat(1_000_000) + "y");
                Object[] r = LuaPattern.find(big, ls("^(.-)y$"), 1, false);
                result.set(r[1]);
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack", 128 * 1024);
        t.start();
        t.join();
        assertEquals(1_000_001L, result.get());
    }
}
