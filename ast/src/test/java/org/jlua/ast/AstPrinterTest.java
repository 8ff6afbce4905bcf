package org.jlua.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AstPrinterTest {
    private static Expr.Int i(long v) {
        return new Expr.Int(1, v);
    }

    private static Expr.Name n(String name) {
        return new Expr.Name(1, name);
    }

    private static Expr.Str s(String text) {
        return new Expr.Str(1, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Block block(Stat... stats) {
        return new Block(List.of(stats));
    }

    @Test
    void binaryAndUnaryOperatorsPrintTheirSymbol() {
        Expr e = new Expr.Binary(1, BinOp.ADD, i(1), new Expr.Binary(1, BinOp.MUL, i(2), i(3)));
        assertEquals("(+ 1 (* 2 3))", AstPrinter.print(e));
        assertEquals("(not (name x))", AstPrinter.print(new Expr.Unary(1, UnOp.NOT, n("x"))));
        assertEquals("(- (# (name t)))",
                AstPrinter.print(new Expr.Unary(1, UnOp.NEG, new Expr.Unary(1, UnOp.LEN, n("t")))));
        assertEquals("(and (~= 1 2) (// 3 4))", AstPrinter.print(new Expr.Binary(1, BinOp.AND,
                new Expr.Binary(1, BinOp.NE, i(1), i(2)), new Expr.Binary(1, BinOp.IDIV, i(3), i(4)))));
    }

    @Test
    void literals() {
        assertEquals("nil", AstPrinter.print(new Expr.Nil(1)));
        assertEquals("true", AstPrinter.print(new Expr.True(1)));
        assertEquals("false", AstPrinter.print(new Expr.False(1)));
        assertEquals("...", AstPrinter.print(new Expr.Vararg(1)));
        assertEquals("-9223372036854775808", AstPrinter.print(i(Long.MIN_VALUE)));
        assertEquals("3.0", AstPrinter.print(new Expr.Flt(1, 3)));
        assertEquals("-0.0", AstPrinter.print(new Expr.Flt(1, -0.0)));
        assertEquals("0.5", AstPrinter.print(new Expr.Flt(1, 0.5)));
        assertEquals("1.0E100", AstPrinter.print(new Expr.Flt(1, 1e100)));
        assertEquals("inf", AstPrinter.print(new Expr.Flt(1, Double.POSITIVE_INFINITY)));
        assertEquals("-inf", AstPrinter.print(new Expr.Flt(1, Double.NEGATIVE_INFINITY)));
        assertEquals("nan", AstPrinter.print(new Expr.Flt(1, Double.NaN)));
    }

    @Test
    void stringsAreQuotedWithLuaEscapes() {
        assertEquals("\"hi\"", AstPrinter.print(s("hi")));
        assertEquals("\"a\\\"b\\\\c\\n\\t\\r\\0\\255\"", AstPrinter.print(s("a\"b\\c\n\t\r\0\u00ff")));
    }

    @Test
    void callsIndexesAndTables() {
        assertEquals("(call (name print) (\"hi\"))",
                AstPrinter.print(new Expr.Call(1, n("print"), List.of(s("hi")))));
        assertEquals("(call (name f) ())", AstPrinter.print(new Expr.Call(1, n("f"), List.of())));
        assertEquals("(method (name o) m (1 2))",
                AstPrinter.print(new Expr.MethodCall(1, n("o"), "m", List.of(i(1), i(2)))));
        assertEquals("(index (name a) \"b\")", AstPrinter.print(new Expr.Index(1, n("a"), s("b"))));
        assertEquals("(paren (name x))", AstPrinter.print(new Expr.Paren(1, n("x"))));
        assertEquals("(table 1 (= \"x\" 2) (= (name k) 3))", AstPrinter.print(new Expr.Table(1, List.of(
                new TableField.Positional(i(1)), new TableField.Keyed(s("x"), i(2)),
                new TableField.Keyed(n("k"), i(3))))));
        assertEquals("(table)", AstPrinter.print(new Expr.Table(1, List.of())));
    }

    @Test
    void functions() {
        FuncBody body = new FuncBody(1, 3, List.of("a", "b"), true, block(new Stat.Return(2, List.of(n("a")))));
        assertEquals("(function (a b ...) (return (name a)))", AstPrinter.print(body));
        assertEquals("(function (a b ...) (return (name a)))", AstPrinter.print(new Expr.Function(1, body)));
        FuncBody empty = new FuncBody(1, 1, List.of(), false, block());
        assertEquals("(function ())", AstPrinter.print(empty));
        assertEquals("(function (...))", AstPrinter.print(new FuncBody(0, 0, List.of(), true, block())));
        FuncBody method = new FuncBody(1, 1, List.of("self"), false, block());
        assertEquals("(function a.b:m (self))",
                AstPrinter.print(new Stat.FunctionStat(1, List.of("a", "b"), "m", method)));
        assertEquals("(function f ())", AstPrinter.print(new Stat.FunctionStat(1, List.of("f"), null, empty)));
        assertEquals("(local-function f ())", AstPrinter.print(new Stat.LocalFunction(1, "f", empty)));
    }

    @Test
    void simpleStatements() {
        assertEquals("(local (x y<const> z<close>) (1 2))", AstPrinter.print(new Stat.Local(1,
                List.of("x", "y", "z"), List.of(Attrib.NONE, Attrib.CONST, Attrib.CLOSE), List.of(i(1), i(2)))));
        assertEquals("(local (x) ())",
                AstPrinter.print(new Stat.Local(1, List.of("x"), List.of(Attrib.NONE), List.of())));
        assertEquals("(assign ((name a) (index (name t) 1)) (1 2))", AstPrinter.print(new Stat.Assign(1,
                List.of(n("a"), new Expr.Index(1, n("t"), i(1))), List.of(i(1), i(2)))));
        assertEquals("(call (name f) ())",
                AstPrinter.print(new Stat.CallStat(1, new Expr.Call(1, n("f"), List.of()))));
        assertEquals("(return)", AstPrinter.print(new Stat.Return(1, List.of())));
        assertEquals("(return 1 2)", AstPrinter.print(new Stat.Return(1, List.of(i(1), i(2)))));
        assertEquals("(break)", AstPrinter.print(new Stat.Break(1)));
        assertEquals("(goto top)", AstPrinter.print(new Stat.Goto(1, "top")));
        assertEquals("(label top)", AstPrinter.print(new Stat.Label(1, "top")));
    }

    @Test
    void compoundStatementsInlineTheirBlocks() {
        Stat brk = new Stat.Break(1);
        assertEquals("(do (break) (break))", AstPrinter.print(new Stat.Do(1, block(brk, brk))));
        assertEquals("(do)", AstPrinter.print(new Stat.Do(1, block())));
        assertEquals("(while (name c) (break))", AstPrinter.print(new Stat.While(1, n("c"), block(brk))));
        assertEquals("(repeat (break) (until (name c)))", AstPrinter.print(new Stat.Repeat(1, block(brk), n("c"))));
        assertEquals("(if (name a) (then (break)) (name b) (then) (else (break)))", AstPrinter.print(
                new Stat.If(1, List.of(n("a"), n("b")), List.of(block(brk), block()), block(brk))));
        assertEquals("(if (name a) (then))",
                AstPrinter.print(new Stat.If(1, List.of(n("a")), List.of(block()), null)));
        assertEquals("(fornum (i 1 10) (break))",
                AstPrinter.print(new Stat.NumericFor(1, "i", i(1), i(10), null, block(brk))));
        assertEquals("(fornum (i 1 10 2))",
                AstPrinter.print(new Stat.NumericFor(1, "i", i(1), i(10), i(2), block())));
        assertEquals("(forin (k v) ((call (name pairs) ((name t)))) (break))", AstPrinter.print(
                new Stat.GenericFor(1, List.of("k", "v"),
                        List.of(new Expr.Call(1, n("pairs"), List.of(n("t")))), block(brk))));
    }

    @Test
    void aChunkPrintsOneStatementALine() {
        assertEquals("(break)\n(goto x)", AstPrinter.print(block(new Stat.Break(1), new Stat.Goto(2, "x"))));
        assertEquals("", AstPrinter.print(block()));
    }

    @Test
    void withLinesMarksEveryNode() {
        Expr e = new Expr.Binary(2, BinOp.ADD, new Expr.Int(1, 1), new Expr.Name(3, "x"));
        assertEquals("(+@2 1@1 (name@3 x))", AstPrinter.withLines(e));
        FuncBody body = new FuncBody(4, 6, List.of("a"), false, block(new Stat.Break(5)));
        assertEquals("(function@3[4-6] (a) (break@5))", AstPrinter.withLines(new Expr.Function(3, body)));
        assertEquals("(local-function@4[4-6] f (a) (break@5))",
                AstPrinter.withLines(new Stat.LocalFunction(4, "f", body)));
        assertEquals("(function[4-6] (a) (break@5))", AstPrinter.withLines(body));
        assertEquals("(do@1 (break@2))\n(return@3 nil@3)", AstPrinter.withLines(block(
                new Stat.Do(1, block(new Stat.Break(2))), new Stat.Return(3, List.of(new Expr.Nil(3))))));
        assertEquals("(goto@7 x)", AstPrinter.withLines(new Stat.Goto(7, "x")));
    }
}
