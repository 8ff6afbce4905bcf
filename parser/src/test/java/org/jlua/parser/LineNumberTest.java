package org.jlua.parser;

import static org.jlua.parser.Parse.chunk;
import static org.jlua.parser.Parse.statsWithLines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jlua.ast.AstPrinter;
import org.junit.jupiter.api.Test;

/**
 * Node lines as lua5.4 reports them at run time; each source below was checked by running it
 * with lua5.4 and reading the line of the error it raised.
 */
class LineNumberTest {
    @Test
    void operatorsTakeTheOperatorsLine() {
        // lua5.4: "r.lua:3: attempt to perform arithmetic on a nil value (local 'a')"
        assertEquals("(local@1 (x) ((+@2 (name@1 a) 1@3)))", statsWithLines("local x = a\n+\n1"));
        assertEquals("(local@1 (x) ((-@2 (name@3 a))))", statsWithLines("local x =\n-\na"));
        assertEquals("(local@1 (x) ((..@1 (name@1 a) (..@2 (name@2 b) (name@3 c)))))",
                statsWithLines("local x = a ..\nb ..\nc"));
    }

    @Test
    void anIndexTakesTheLineOfItsLastToken() {
        // lua5.4: "a\n.\nb" fails at line 3, "a\n[\n1\n]" at line 4
        assertEquals("(local@1 (x) ((index@3 (name@1 a) \"b\"@3)))", statsWithLines("local x = a\n.\nb"));
        assertEquals("(local@1 (x) ((index@4 (name@1 a) 1@3)))", statsWithLines("local x = a\n[\n1\n]"));
    }

    @Test
    void aCallTakesTheLineWhereItsExpressionStarts() {
        // lua5.4: "a\n(\n1\n)" fails at line 1
        assertEquals("(local@1 (x) ((call@1 (name@1 f) (1@3))))", statsWithLines("local x = f\n(\n1\n)"));
        assertEquals("(local@1 (x) ((method@1 (name@1 o) m (1@5))))", statsWithLines("local x = o\n:\nm\n(\n1\n)"));
        assertEquals("(call@1 (call@1 (name@1 f) ()) (\"s\"@2))", statsWithLines("f()\n's'"));
    }

    @Test
    void aCallInATableConstructorStartsWhereLuasLookaheadLeftIt() {
        // lua5.4 reads one token past a name in a constructor: "t = { f\n\n(nil) }" fails at line 3
        assertEquals("(assign@1 ((name@1 t)) ((table@1 (call@3 (name@1 f) (nil@3)))))",
                statsWithLines("t = { f\n\n(nil) }"));
        assertEquals("(assign@1 ((name@1 t)) ((table@1 (call@1 (paren@1 (name@1 f)) (nil@3)))))",
                statsWithLines("t = { (f)\n\n(nil) }"));
    }

    @Test
    void literalsNamesAndConstructorsTakeTheirFirstTokensLine() {
        assertEquals("(return@1 nil@1 true@2 false@3 1@4 2.0@5 \"s\"@6 (table@7 (= \"k\"@8 (name@9 v))) (paren@10 ...@11))",
                statsWithLines("return nil,\ntrue,\nfalse,\n1,\n2.0,\n's',\n{\nk =\nv},\n(\n...)"));
    }

    @Test
    void statementsTakeTheirFirstTokensLine() {
        assertEquals("(do@2 (local@3 (x) (1@3)) (while@4 true@4 (break@4)) (if@5 (name@5 a) (then (goto@5 l)))"
                + " (label@6 l) (fornum@7 (i 1@7 2@7)) (forin@8 (k) ((name@8 t))) (repeat@9 (until true@10)))",
                statsWithLines("\ndo\nlocal x = 1\nwhile true do break end\nif a then goto l end\n::l::\n"
                        + "for i = 1, 2 do end\nfor k in t do end\nrepeat\nuntil true\nend"));
        assertEquals("(assign@2 ((name@2 a) (name@3 b)) (1@4 2@4))", statsWithLines("\na,\nb =\n1, 2"));
    }

    @Test
    void functionsSpanFromTheirDefinitionLineToTheirEnd() {
        // lua5.4's debug.getinfo: a function statement is defined where 'function' stands,
        // a function expression and a local function where the token after 'function' /
        // the name stands (linedefined 3 for "f = function\n\n(a)\nend")
        assertEquals("(function@1[1-5] f ())", statsWithLines("function\nf\n(\n)\nend"));
        assertEquals("(assign@1 ((name@1 f)) ((function@1[3-4] (a))))", statsWithLines("f = function\n\n(a)\nend"));
        assertEquals("(local-function@1[2-4] f ())", statsWithLines("local function f\n(\n)\nend"));
        assertEquals("(function@1[1-3] o:m (self) (return@2))", statsWithLines("function o:m()\nreturn\nend"));
    }

    @Test
    void theMainFunctionEndsAtItsLastToken() {
        // luac -l lists the final return of "local x = 1\n\n\n-- c\n\n" at line 1
        assertEquals("(function[0-1] (...) (local@1 (x) (1@1)))", AstPrinter.withLines(chunk("local x = 1\n\n\n-- c\n\n")));
        assertEquals(3, chunk("x = [[\n\n]]").endLine());
        assertEquals(1, chunk("").endLine());
    }
}
