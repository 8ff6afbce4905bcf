package org.jlua.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.jlua.vm.LuaError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every syntax error the parser raises; each expected text is lua5.4's for load(src, "=test"). */
class SyntaxErrorTest {
    static String errorOf(String source, String chunkName) {
        LuaError e = assertThrows(LuaError.class,
                () -> Parser.parse(source.getBytes(StandardCharsets.ISO_8859_1), chunkName));
        return e.getMessage();
    }

    static Stream<Arguments> cases() {
        return Arrays.stream(new String[][] {
                {"x = ", "test:1: unexpected symbol near <eof>"},
                {"x = = 1", "test:1: unexpected symbol near '='"},
                {"x", "test:1: syntax error near <eof>"},
                {"x y", "test:1: syntax error near 'y'"},
                {"f() = 1", "test:1: syntax error near '='"},
                {"a, f() = 1", "test:1: syntax error near '='"},
                {"a, (b) = 1, 2", "test:1: syntax error near '='"},
                {"(a) = 1", "test:1: syntax error near '='"},
                {"a.b:c = 1", "test:1: function arguments expected near '='"},
                {"a, b", "test:1: '=' expected near <eof>"},
                {"a, b = ", "test:1: unexpected symbol near <eof>"},
                {"1 + 1", "test:1: unexpected symbol near '1'"},
                {"'s':len()", "test:1: unexpected symbol near ''s''"},
                {"local function f() return ... end", "test:1: cannot use '...' outside a vararg function near '...'"},
                {"function f() local x = ... end", "test:1: cannot use '...' outside a vararg function near '...'"},
                {"function f(a, ...) return function() return ... end end", "test:1: cannot use '...' outside a vararg function near '...'"},
                {"local function f(...) local g = function(a) return ... end end", "test:1: cannot use '...' outside a vararg function near '...'"},
                {"local x <foo> = 1", "test:1: unknown attribute 'foo'"},
                {"local x <foo>\n\n= 1", "test:3: unknown attribute 'foo'"},
                {"local x <const>, y <close>, z <close> = 1", "test:1: multiple to-be-closed variables in local list"},
                {"local x <close>, y <close>\n\n= 1", "test:3: multiple to-be-closed variables in local list"},
                {"local x <const", "test:1: '>' expected near <eof>"},
                {"local x < = 1", "test:1: <name> expected near '='"},
                {"local x <close> <const>", "test:1: unexpected symbol near '<'"},
                {"local x = 1 2", "test:1: unexpected symbol near '2'"},
                {"local 1", "test:1: <name> expected near '1'"},
                {"local function 1() end", "test:1: <name> expected near '1'"},
                {"local function f end", "test:1: '(' expected near 'end'"},
                {"function f(a,) end", "test:1: <name> or '...' expected near ')'"},
                {"function f(a b) end", "test:1: ')' expected near 'b'"},
                {"function f(1) end", "test:1: <name> or '...' expected near '1'"},
                {"function f(..., a) end", "test:1: ')' expected near ','"},
                {"function a.b:c.d() end", "test:1: '(' expected near '.'"},
                {"function a.1() end", "test:1: '(' expected near '.1'"},
                {"function () end", "test:1: <name> expected near '('"},
                {"function f()", "test:1: 'end' expected near <eof>"},
                {"function f()\n\nx = 1\n", "test:4: 'end' expected (to close 'function' at line 1) near <eof>"},
                {"f = function() return 1", "test:1: 'end' expected near <eof>"},
                {"f = function()\nreturn 1\nprint(1)", "test:3: 'end' expected (to close 'function' at line 1) near 'print'"},
                {"f = function\n\n(a)\n", "test:4: 'end' expected (to close 'function' at line 3) near <eof>"},
                {"local function f\n(\n)\n", "test:4: 'end' expected (to close 'function' at line 2) near <eof>"},
                {"return 1 print(2)", "test:1: <eof> expected near 'print'"},
                {"return return", "test:1: unexpected symbol near 'return'"},
                {"return 1;;", "test:1: <eof> expected near ';'"},
                {"do x = 1", "test:1: 'end' expected near <eof>"},
                {"do\nx = 1\n", "test:3: 'end' expected (to close 'do' at line 1) near <eof>"},
                {"while x do", "test:1: 'end' expected near <eof>"},
                {"while x\ndo\nbreak\n", "test:4: 'end' expected (to close 'while' at line 1) near <eof>"},
                {"while x print(1) end", "test:1: 'do' expected near 'print'"},
                {"repeat x = 1", "test:1: 'until' expected near <eof>"},
                {"repeat\nx = 1\nuntil", "test:3: unexpected symbol near <eof>"},
                {"repeat x = 1 end", "test:1: 'until' expected near 'end'"},
                {"if x then", "test:1: 'end' expected near <eof>"},
                {"if x\nthen\n", "test:3: 'end' expected (to close 'if' at line 1) near <eof>"},
                {"if x print(1) end", "test:1: 'then' expected near 'print'"},
                {"if x then else elseif y then end", "test:1: 'end' expected near 'elseif'"},
                {"if x then elseif then end", "test:1: unexpected symbol near 'then'"},
                {"for i do end", "test:1: '=' or 'in' expected near 'do'"},
                {"for 1 = 1, 2 do end", "test:1: <name> expected near '1'"},
                {"for i = 1 do end", "test:1: ',' expected near 'do'"},
                {"for i = 1, 2 end", "test:1: 'do' expected near 'end'"},
                {"for i = 1, 2, 3, 4 do end", "test:1: 'do' expected near ','"},
                {"for i, 1 in x do end", "test:1: <name> expected near '1'"},
                {"for i, j = 1, 2 do end", "test:1: 'in' expected near '='"},
                {"for i in do end", "test:1: unexpected symbol near 'do'"},
                {"for i in x end", "test:1: 'do' expected near 'end'"},
                {"for i in x do\n", "test:2: 'end' expected (to close 'for' at line 1) near <eof>"},
                {"goto 1", "test:1: <name> expected near '1'"},
                {"goto", "test:1: <name> expected near <eof>"},
                {":: 1 ::", "test:1: <name> expected near '1'"},
                {"::a:", "test:1: '::' expected near ':'"},
                {"::a", "test:1: '::' expected near <eof>"},
                {"x = {1, 2", "test:1: '}' expected near <eof>"},
                {"x = {\n1,\n2\n", "test:4: '}' expected (to close '{' at line 1) near <eof>"},
                {"x = {1 2}", "test:1: '}' expected near '2'"},
                {"x = {[1] 2}", "test:1: '=' expected near '2'"},
                {"x = {[1 = 2}", "test:1: ']' expected near '='"},
                {"x = {a = }", "test:1: unexpected symbol near '}'"},
                {"x = {,}", "test:1: unexpected symbol near ','"},
                {"x = {1,,2}", "test:1: unexpected symbol near ','"},
                {"x = {a\n\n= }", "test:3: unexpected symbol near '}'"},
                {"x = {[[a]]\n\n\n", "test:4: '}' expected (to close '{' at line 1) near <eof>"},
                {"x = (1", "test:1: ')' expected near <eof>"},
                {"x = (\n1\n", "test:3: ')' expected (to close '(' at line 1) near <eof>"},
                {"x = f(1", "test:1: ')' expected near <eof>"},
                {"x = f\n(\n1\n", "test:4: ')' expected (to close '(' at line 1) near <eof>"},
                {"x = f(1,)", "test:1: unexpected symbol near ')'"},
                {"print('x'\n\n", "test:3: ')' expected (to close '(' at line 1) near <eof>"},
                {"x = a.1", "test:1: unexpected symbol near '.1'"},
                {"x = a:b", "test:1: function arguments expected near <eof>"},
                {"x = a:b.c", "test:1: function arguments expected near '.'"},
                {"x = a:1()", "test:1: <name> expected near '1'"},
                {"x = a[1", "test:1: ']' expected near <eof>"},
                {"x = a[]", "test:1: unexpected symbol near ']'"},
                {"x = a.", "test:1: <name> expected near <eof>"},
                {"x = 1 +", "test:1: unexpected symbol near <eof>"},
                {"x = not", "test:1: unexpected symbol near <eof>"},
                {"x = 1 .. ", "test:1: unexpected symbol near <eof>"},
                {"x = #", "test:1: unexpected symbol near <eof>"},
                {"x = ~", "test:1: unexpected symbol near <eof>"},
                {"x = }", "test:1: unexpected symbol near '}'"},
                {"x = )", "test:1: unexpected symbol near ')'"},
                {"x = end", "test:1: unexpected symbol near 'end'"},
                {"x = break", "test:1: unexpected symbol near 'break'"},
                {"x = 'a' 'b'", "test:1: unexpected symbol near ''b''"},
                {"x = function", "test:1: '(' expected near <eof>"},
                {"x = function(", "test:1: <name> or '...' expected near <eof>"},
                {"f(", "test:1: unexpected symbol near <eof>"},
                {"f{", "test:1: unexpected symbol near <eof>"},
                {"a.b", "test:1: syntax error near <eof>"},
                {"a[1]", "test:1: syntax error near <eof>"},
                {"a\n.b\n", "test:3: syntax error near <eof>"},
                {"x = [[a\n\n]] y", "test:3: syntax error near <eof>"},
                {"until x", "test:1: <eof> expected near 'until'"},
                {"end", "test:1: <eof> expected near 'end'"},
                {"else", "test:1: <eof> expected near 'else'"},
                {"elseif", "test:1: <eof> expected near 'elseif'"},
                {"then", "test:1: unexpected symbol near 'then'"},
                {"in", "test:1: unexpected symbol near 'in'"},
                {"x = 1\n\n\n)", "test:4: unexpected symbol near ')'"},
                {"x = \"\\65\\t\"\n+", "test:2: unexpected symbol near <eof>"},
                // a byte that starts no token is rejected by the parser, in context
                {"f(1 @)", "test:1: ')' expected near '@'"},
                {"x @", "test:1: syntax error near '@'"},
                {"x = $", "test:1: unexpected symbol near '$'"},
                {"x = \u00e9", "test:1: unexpected symbol near '<\\233>'"},
                {"x = 1\u0000", "test:1: unexpected symbol"},
        }).map(c -> Arguments.of(c[0], c[1]));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void messageIsLuas(String source, String message) {
        assertEquals(message, errorOf(source, "=test"));
    }

    @Test
    void messagesNameTheChunkAsLuaDoes() {
        assertEquals("x.lua:2: unexpected symbol near '+'", errorOf("x = 1\n+ +", "@x.lua"));
        assertEquals("[string \"x = \"]:1: unexpected symbol near <eof>", errorOf("x = ", "x = "));
    }

    @Test
    void lexicalErrorsPassThrough() {
        assertEquals("test:1: unfinished string near <eof>", errorOf("x = \"abc", "=test"));
        assertEquals("test:1: malformed number near '1e'", errorOf("x = 1e", "=test"));
    }
}
