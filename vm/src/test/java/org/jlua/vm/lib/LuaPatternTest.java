package org.jlua.vm.lib;

import static org.jlua.vm.lib.PatternCalls.find;
import static org.jlua.vm.lib.PatternCalls.gmatch;
import static org.jlua.vm.lib.PatternCalls.gsub;
import static org.jlua.vm.lib.PatternCalls.match;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** find, match, gmatch and gsub against results printed by lua5.4. */
class LuaPatternTest {
    @Test
    void findReturnsPositionsThenCaptures() {
        assertEquals("5 7", find("hello world", "o w"));
        assertEquals("3 4", find("hello world", "l+"));
        assertEquals("8 8", find("hello world", "o", 6L));
        assertEquals("nil", find("hello world", "o", -3L));
        assertEquals("5 5", find("hello world", "o", -100L));
        assertEquals("5 5", find("hello world", "o", 0L));
        assertEquals("nil", find("hello world", "xyz"));
        assertEquals("1 0", find("hello", "", 1L));
        assertEquals("5 4", find("hello", "", 5L));
        assertEquals("6 5", find("hello", "", 6L));
        assertEquals("nil", find("hello", "", 7L));
        assertEquals("nil", find("hello", "l", 100L));
        assertEquals("2 2", find("a+b", "+", 1L, true));
        assertEquals("1 2", find("a+b", "a+", 1L, true));
        assertEquals("2 2", find("a.b", ".", 2L, true));
        assertEquals("2 2", find("a.b", ".", 2L, false));
        assertEquals("1 2", find("a)b", "a)"));
        assertEquals("2 2", find("a]b", "]"));
        assertEquals("nil", find("x^y", "^y"));
        assertEquals("1 3", find("x^y", "x^y"));
        assertEquals("1 2", find("^y", "^^y"));
        assertEquals("2 4", find("ab$c", "b$c"));
        assertEquals("3 3", find("abc", "c$"));
        assertEquals("nil", find("abc$", "c$"));
        assertEquals("1 3", find("abc", "^abc$"));
        assertEquals("2 2", find("abc", "^b", 2L));
        assertEquals("5 11 quick", find("THE (quick) fox", "%((%a+)%)"));
        assertEquals("1 11 key value", find("key = value", "(%w+)%s*=%s*(%w+)"));
        assertEquals("3 4 3 5", find("hello", "()ll()"));
        assertEquals("2 8", find("f(a(b)c)d", "%b()"));
        assertEquals("4 4", find("a\u0000b\u0000c", "\u0000", 3L));
        assertEquals("2 2", find("a\u0000b", "[\u0000]"));
        assertEquals("2 2", find("abc", "[b-]"));
        assertEquals("2 2", find("a-c", "[b-]"));
        assertEquals("1 0", find("abc", "b*"));
        assertEquals("1 4", find("aaab", "a-b"));
        assertEquals("nil", find("aaab", "^a-$"));
        assertEquals("1 0", find("", ""));
        assertEquals("1 0", find("", "^$"));
        assertEquals("1 0", find("", "a*"));
        assertEquals("1 2", find("  x", "^%s*"));
        assertEquals("1 3", find("alo", "%f[%a]%a+"));
    }

    @Test
    void matchReturnsCapturesOrWholeMatch() {
        assertEquals("hello", match("hello world", "%w+"));
        assertEquals("hello world", match("hello world", "(%w+) (%w+)"));
        assertEquals("trim me", match("  trim me  ", "^%s*(.-)%s*$"));
        assertEquals("2024 01 15", match("2024-01-15", "(%d+)-(%d+)-(%d+)"));
        assertEquals("key val", match("key=val", "(%w+)=(%w+)"));
        assertEquals("2 3", match("abc", "()b()"));
        assertEquals("4", match("abc", "()", 4L));
        assertEquals("nil", match("abc", "()", 5L));
        assertEquals("3", match("abc", "()", -1L));
        assertEquals("h e l l o", match("hello", "(h)(e)(l)(l)(o)"));
        assertEquals("", match("aaa", "a-"));
        assertEquals("aaa", match("aaa", "a-$"));
        assertEquals("aaa", match("aaa", "a*"));
        assertEquals("aaa", match("aaa", "a+"));
        assertEquals("aaa", match("aaa", "a?a?a?a?$"));
        assertEquals("baaac", match("baaac", "ba*c"));
        assertEquals("nil", match("bc", "ba+c"));
        assertEquals("zz", match("xyzzy", "(z+)"));
        assertEquals("hello", match("hello hello", "(%w+) %1"));
        assertEquals("nil", match("hello world", "(%w+) %1"));
        assertEquals("\" hi", match("say \"hi\" or 'bye'", "([\"'])(.-)%1"));
        assertEquals(" nested", match("[[nested]]", "%[(=*)%[(.-)%]%1%]"));
        assertEquals("(a and (b or c))", match("if (a and (b or c)) then", "%b()"));
        assertEquals("{b}", match("{a{b}c", "%b{}"));
        assertEquals("nil", match("no close (", "%b()"));
        assertEquals("\"q\"", match("\"q\"", "%b\"\""));
        assertEquals("THE", match("THE (quick) fox", "%f[%a]%a+"));
        assertEquals("", match("hello", "%f[%l]"));
        assertEquals("", match("abc", "%f[%z]"));
        assertEquals("", match("abc", "%f[^%z]"));
        assertEquals("1", match("a1b2", "%d"));
        assertEquals("a", match("a1b2", "%D+"));
        assertEquals(".", match("a.b", "%."));
        assertEquals("100%", match("100%", "%d+%%"));
        assertEquals("]", match("x]y", "[]]"));
        assertEquals("y", match("x]y", "[^]x]"));
        assertEquals("-", match("x-y", "[a%-z]+"));
        assertEquals("Hello", match("Hello", "[%u][%l]+"));
        assertEquals("1F", match("0x1F", "0x(%x+)"));
        assertEquals("\u00c8\u00c9", match("\u00c8\u00c9abc", "[\u0080-\u00ff]+"));
        assertEquals("\u00c8\u00c9", match("\u00c8\u00c9abc", "%A+"));
        assertEquals("\u00c8", match("\u00c8", "%W"));
        assertEquals("\t", match("tab\there", "%c"));
        assertEquals(",", match("a,b", "%p"));
        assertEquals("a", match("a b", "%g+"));
        assertEquals("\u0000", match("\u0000abc", "%z"));
        assertEquals("abc", match("abc", "%Z+"));
        assertEquals("a b c", match("abc", "^(a)(b)(c)$"));
        assertEquals("nil", match("abc", "^()()()$"));
        assertEquals("nil", match("ab", "(a)(%1)"));
        assertEquals("a", match("aa", "(a)%1"));
        assertEquals("nil", match("aaa", "()a%1"));
        assertEquals("2024", match("date: 2024", "%a+: (%d%d%d%d)"));
        assertEquals("abc", match("abc", "a.-c"));
        assertEquals("ab", match("abcabc", ".-b"));
        assertEquals("abcab", match("abcabc", ".*b"));
        assertEquals("y 2", match("x = 1, y = 2", "(%a)%s*=%s*(%d)", 5L));
    }

    @Test
    void gmatchIteratesAndSkipsEmptyMatchAtPreviousEnd() {
        assertEquals("[hello][world][from][lua]", gmatch("hello world from lua", "%a+"));
        assertEquals("[k1 v1][k2 v2]", gmatch("k1=v1, k2=v2", "(%w+)=(%w+)"));
        assertEquals("[][][][]", gmatch("abc", ""));
        assertEquals("[][][][]", gmatch("abc", "x*"));
        assertEquals("[aaa]", gmatch("aaa", "a*"));
        assertEquals("[1][2][3][4]", gmatch("abc", "()"));
        assertEquals("[^a][^a]", gmatch("^a^a", "^a"));
        assertEquals("[3 c][4 d]", gmatch("abcd", "()(.)", 3L));
        assertEquals("[c][d]", gmatch("abcd", ".", -2L));
        assertEquals("", gmatch("abcd", ".", 10L));
        assertEquals("[]", gmatch("abcd", "", 5L));
        assertEquals("[one][two]", gmatch("one two", "%a*"));
        assertEquals("[1][5][9][14][17]", gmatch("alo alo th02 is 1hat", "()%f[%w%d]"));
        assertEquals("[a][b][][c]", gmatch("a,b,,c", "([^,]*)"));
    }

    @Test
    void gsubReplacesWithTemplateUpToMaxN() {
        assertEquals("hell0 w0rld 2", gsub("hello world", "o", "0"));
        assertEquals("hell0 world 1", gsub("hello world", "o", "0", 1L));
        assertEquals("hello world 0", gsub("hello world", "o", "0", 0L));
        assertEquals("hello world 0", gsub("hello world", "o", "0", -1L));
        assertEquals("<hello> <world> 2", gsub("hello world", "(%w+)", "<%1>"));
        assertEquals("hello hello world world 2", gsub("hello world", "%w+", "%0 %0"));
        assertEquals("world hello 1", gsub("hello world", "(%w+) (%w+)", "%2 %1"));
        assertEquals("-a-b-c- 4", gsub("abc", "", "-"));
        assertEquals("-a-c- 3", gsub("abc", "b*", "-"));
        assertEquals(">abc 1", gsub("abc", "^", ">"));
        assertEquals("abc< 1", gsub("abc", "$", "<"));
        assertEquals("xbc 1", gsub("abc", "^a", "x"));
        assertEquals("xaa 1", gsub("aaa", "^a", "x"));
        assertEquals("%%% 3", gsub("abc", ".", "%%"));
        assertEquals("1a2b3c4 4", gsub("abc", "()", "%1"));
        assertEquals("a3c 1", gsub("abc", "(b)()", "%2"));
        assertEquals("abc 0", gsub("abc", "x", "y"));
        assertEquals("abc 3", gsub("abc", "%w", "%1"));
        assertEquals("xbc 1", gsub("abc", "(a", "x"));
        assertEquals("heLo 1", gsub("hello", "l+", "L"));
        assertEquals("a/b/c 2", gsub("a.b.c", "%.", "/"));
        assertEquals("x   1", gsub("  x  ", "^%s+", ""));
        assertEquals("a%0b 1", gsub("a\u0000b", "\u0000", "%%0"));
        assertEquals("aabbc 2", gsub("abc", ".", "%0%0", 2L));
        assertEquals("-a-bc 2", gsub("abc", "", "-", 2L));
        assertEquals("-a-b-c- 4", gsub("abc", ".-", "-"));
    }
}
