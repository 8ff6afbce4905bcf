package org.jlua.parser;

import static org.jlua.parser.Parse.chunk;
import static org.jlua.parser.Parse.stats;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jlua.ast.Attrib;
import org.jlua.ast.FuncBody;
import org.jlua.ast.Stat;
import org.junit.jupiter.api.Test;

class StatementTest {
    @Test
    void theChunkIsAVarargFunctionWithoutParameters() {
        FuncBody main = chunk("x = 1");
        assertEquals(0, main.line());
        assertTrue(main.isVararg());
        assertEquals(List.of(), main.params());
        assertEquals("(assign ((name x)) (1))", stats("x = 1"));
        assertEquals("", stats(""));
        assertEquals("", stats("-- only a comment\n"));
    }

    @Test
    void localDeclarations() {
        assertEquals("(local (x) ())", stats("local x"));
        assertEquals("(local (x y) (1 2))", stats("local x, y = 1, 2"));
        assertEquals("(local (x) ((call (name f) ())))", stats("local x = f()"));
        assertEquals("(local (a<const> b c<close>) (1 2 3))",
                stats("local a <const>, b, c <close> = 1, 2, 3"));
        Stat.Local l = (Stat.Local) chunk("local a <const>, b <close>").block().stats().get(0);
        assertEquals(List.of(Attrib.CONST, Attrib.CLOSE), l.attribs());
        assertEquals("(local (a<close>) (1))\n(local (b<close>) (2))",
                stats("local a <close> = 1; local b <close> = 2"));
    }

    @Test
    void assignments() {
        assertEquals("(assign ((name a) (name b)) (1 2 3))", stats("a, b = 1, 2, 3"));
        assertEquals("(assign ((index (name t) \"x\") (index (name t) 1)) ((name y)))", stats("t.x, t[1] = y"));
        assertEquals("(assign ((index (call (name f) ()) \"x\")) (1))", stats("f().x = 1"));
        assertEquals("(assign ((index (paren (name a)) \"b\")) (1))", stats("(a).b = 1"));
        assertEquals("(assign ((index (method (name a) b ()) 1)) (1))", stats("a:b()[1] = 1"));
    }

    @Test
    void callStatements() {
        assertEquals("(call (name print) (\"hi\"))", stats("print 'hi'"));
        assertEquals("(method (name o) m (1))", stats("o:m(1)"));
        assertEquals("(call (call (name f) ()) ())", stats("f()()"));
        Stat s = chunk("f()").block().stats().get(0);
        assertTrue(s instanceof Stat.CallStat);
    }

    @Test
    void aNewLineDoesNotEndAStatement() {
        // As in Lua 5.2+, '(' on the next line continues the call expression.
        assertEquals("(local (a) ((call (name f) ((name g)))))", stats("local a = f\n(g)"));
    }

    @Test
    void blocks() {
        assertEquals("(do)", stats("do end"));
        assertEquals("(do (local (x) (1)) (call (name f) ()))", stats("do local x = 1 f() end"));
        assertEquals("(while (name c) (call (name f) ()))", stats("while c do f() end"));
        assertEquals("(repeat (local (x) (1)) (until (== (name x) 1)))", stats("repeat local x = 1 until x == 1"));
        assertEquals("(repeat (until true))", stats("repeat until true"));
    }

    @Test
    void ifStatements() {
        assertEquals("(if (name a) (then (call (name f) ())))", stats("if a then f() end"));
        assertEquals("(if (name a) (then) (else (call (name g) ())))", stats("if a then else g() end"));
        assertEquals("(if (name a) (then (return 1)) (name b) (then (return 2)) (name c) (then) (else (return 3)))",
                stats("if a then return 1 elseif b then return 2 elseif c then else return 3 end"));
        Stat.If s = (Stat.If) chunk("if a then end").block().stats().get(0);
        assertNull(s.orElse());
        assertEquals("(if (name x) (then (break)))", stats("if x then break end"));
        assertEquals("(if (name x) (then (break) (call (name f) ())))", stats("if x then break; ; f() end"));
    }

    @Test
    void forLoops() {
        assertEquals("(fornum (i 1 10) (call (name f) ((name i))))", stats("for i = 1, 10 do f(i) end"));
        assertEquals("(fornum (i 10 1 (- 1)))", stats("for i = 10, 1, -1 do end"));
        Stat.NumericFor f = (Stat.NumericFor) chunk("for i = 1, 2 do end").block().stats().get(0);
        assertNull(f.step());
        assertEquals("(forin (k) ((name t)))", stats("for k in t do end"));
        assertEquals("(forin (k v) ((call (name pairs) ((name t)))) (call (name f) ((name k) (name v))))",
                stats("for k, v in pairs(t) do f(k, v) end"));
        assertEquals("(forin (a b c) ((name f) (name s) (name i) (name x)))", stats("for a, b, c in f, s, i, x do end"));
    }

    @Test
    void functionStatements() {
        assertEquals("(function f (a b) (return (name a)))", stats("function f(a, b) return a end"));
        assertEquals("(function a.b.c ())", stats("function a.b.c() end"));
        assertEquals("(function a.b:m (self x))", stats("function a.b:m(x) end"));
        assertEquals("(function o:m (self ...) (return ...))", stats("function o:m(...) return ... end"));
        Stat.FunctionStat f = (Stat.FunctionStat) chunk("function a.b:m(x) end").block().stats().get(0);
        assertEquals(List.of("a", "b"), f.path());
        assertEquals("m", f.method());
        assertEquals(List.of("self", "x"), f.body().params());
        Stat.FunctionStat g = (Stat.FunctionStat) chunk("function g() end").block().stats().get(0);
        assertNull(g.method());
        assertEquals("(local-function f (n) (return (call (name f) ((name n)))))",
                stats("local function f(n) return f(n) end"));
    }

    @Test
    void returnIsLastAndTakesAnOptionalSemicolon() {
        assertEquals("(return)", stats("return"));
        assertEquals("(return)", stats("return;"));
        assertEquals("(return 1 2)", stats("return 1, 2;"));
        assertEquals("(return (call (name f) ()))", stats("return f()"));
        assertEquals("(do (return))\n(call (name print) (1))", stats("do return end print(1)"));
        assertEquals("(repeat (return) (until (name x)))", stats("repeat return until x"));
        assertEquals("(if (name a) (then (return)) (else (return)))", stats("if a then return else return end"));
    }

    @Test
    void gotoLabelsBreakAndEmptyStatements() {
        assertEquals("(goto continue)", stats("goto continue"));
        assertEquals("(label top)", stats("::top::"));
        assertEquals("(label a)\n(label b)\n(label c)", stats("::a:: ::b:: ;;; ::c::"));
        assertEquals("(while true (break))", stats("while true do break end"));
        assertEquals("(break)", stats("break"));
        assertEquals("", stats(";;;"));
        assertEquals("(local (x) (1))\n(local (y) (2))", stats("local x = 1; local y = 2;"));
    }

    @Test
    void gotoIsAReservedWord() {
        assertEquals("test:1: <name> expected near 'goto'", SyntaxErrorTest.errorOf("local goto = 1", "=test"));
    }
}
