package org.jlua.parser;

import static org.jlua.parser.Parse.expr;
import static org.jlua.parser.Parse.exprText;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.jlua.ast.Expr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionTest {
    @Test
    void literals() {
        assertEquals("nil", exprText("nil"));
        assertEquals("true", exprText("true"));
        assertEquals("false", exprText("false"));
        assertEquals("...", exprText("..."));
        assertEquals(new Expr.Int(1, 42), expr("42"));
        assertEquals(new Expr.Int(1, 255), expr("0xff"));
        assertEquals(new Expr.Flt(1, 1.5), expr("1.5"));
        assertEquals(new Expr.Flt(1, 100.0), expr("1e2"));
        assertEquals("\"hi\"", exprText("'hi'"));
    }

    @Test
    void stringsHoldTheirDecodedBytes() {
        Expr.Str s = (Expr.Str) expr("'a\\tb\\65\\xff\\u{7FF}\\z   c'");
        assertArrayEquals("a\tbA\u00ff\u00df\u00bfc".getBytes(StandardCharsets.ISO_8859_1), s.value());
        Expr.Str longString = (Expr.Str) expr("[==[\nx]]y]==]");
        assertArrayEquals("x]]y".getBytes(StandardCharsets.ISO_8859_1), longString.value());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        // the priority table, lowest first: or < and < comparison < | < ~ < & < shift < .. < + - < * / // % < unary < ^
        "a or b and c => (or (name a) (and (name b) (name c)))",
        "a and b or c => (or (and (name a) (name b)) (name c))",
        "a and b < c => (and (name a) (< (name b) (name c)))",
        "a < b | c => (< (name a) (| (name b) (name c)))",
        "a | b ~ c => (| (name a) (~ (name b) (name c)))",
        "a ~ b & c => (~ (name a) (& (name b) (name c)))",
        "a & b << c => (& (name a) (<< (name b) (name c)))",
        "a >> b .. c => (>> (name a) (.. (name b) (name c)))",
        "a .. b + c => (.. (name a) (+ (name b) (name c)))",
        "a - b * c => (- (name a) (* (name b) (name c)))",
        "a * -b => (* (name a) (- (name b)))",
        "-a ^ b => (- (^ (name a) (name b)))",
        "1 + 2 * 3 => (+ 1 (* 2 3))",
        "(1 + 2) * 3 => (* (paren (+ 1 2)) 3)",
        "a * b + c => (+ (* (name a) (name b)) (name c))",
        "a + b == c + d => (== (+ (name a) (name b)) (+ (name c) (name d)))",
        "not a == b => (== (not (name a)) (name b))",
        "#t + 1 => (+ (# (name t)) 1)",
        "~a & b => (& (~ (name a)) (name b))",
        "a ~ ~b => (~ (name a) (~ (name b)))",
        "- - a => (- (- (name a)))",
        "not not a => (not (not (name a)))",
        "-2 ^ 2 => (- (^ 2 2))",
        "2 ^ -3 => (^ 2 (- 3))",
        "2 ^ -3 ^ 2 => (^ 2 (- (^ 3 2)))",
        "a .. b ^ c => (.. (name a) (^ (name b) (name c)))",
        "a // b % c / d => (/ (% (// (name a) (name b)) (name c)) (name d))",
        "a <= b ~= c => (~= (<= (name a) (name b)) (name c))",
        "a > b >= c => (>= (> (name a) (name b)) (name c))",
        // associativity: left except .. and ^
        "a - b - c => (- (- (name a) (name b)) (name c))",
        "a .. b .. c => (.. (name a) (.. (name b) (name c)))",
        "a ^ b ^ c => (^ (name a) (^ (name b) (name c)))",
        "a == b == c => (== (== (name a) (name b)) (name c))",
        "a or b or c => (or (or (name a) (name b)) (name c))",
        "a and b and c => (and (and (name a) (name b)) (name c))",
        "a << b >> c => (>> (<< (name a) (name b)) (name c))",
        "a | b | c => (| (| (name a) (name b)) (name c))",
    })
    void precedenceAndAssociativity(String source, String tree) {
        assertEquals(tree, exprText(source));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "a.b => (index (name a) \"b\")",
        "a.b.c => (index (index (name a) \"b\") \"c\")",
        "a[1] => (index (name a) 1)",
        "a[b][c] => (index (index (name a) (name b)) (name c))",
        "a[1 + 2] => (index (name a) (+ 1 2))",
        "f() => (call (name f) ())",
        "f(1, 2) => (call (name f) (1 2))",
        "f 'x' => (call (name f) (\"x\"))",
        "f [[x]] => (call (name f) (\"x\"))",
        "f {1} => (call (name f) ((table 1)))",
        "f()() => (call (call (name f) ()) ())",
        "f 'a' 'b' => (call (call (name f) (\"a\")) (\"b\"))",
        "o:m() => (method (name o) m ())",
        "o:m(1) => (method (name o) m (1))",
        "o:m 's' => (method (name o) m (\"s\"))",
        "o:m {} => (method (name o) m ((table)))",
        "a.b:c(1).d => (index (method (index (name a) \"b\") c (1)) \"d\")",
        "a.b.c.d:e(1)(2)[3] => (index (call (method (index (index (index (name a) \"b\") \"c\") \"d\") e (1)) (2)) 3)",
        "(f()) => (paren (call (name f) ()))",
        "(...) => (paren ...)",
        "(a).b => (index (paren (name a)) \"b\")",
        "('x'):rep(3) => (method (paren \"x\") rep (3))",
        "f(...) => (call (name f) (...))",
        "-a.b => (- (index (name a) \"b\"))",
        "#a[1] => (# (index (name a) 1))",
        "-f()^2 => (- (^ (call (name f) ()) 2))",
    })
    void suffixedExpressions(String source, String tree) {
        assertEquals(tree, exprText(source));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "{} => (table)",
        "{1, 2, 3} => (table 1 2 3)",
        "{1; 2; 3;} => (table 1 2 3)",
        "{1, 2,} => (table 1 2)",
        "{x = 1, y = 2} => (table (= \"x\" 1) (= \"y\" 2))",
        "{[1] = 'a', [k] = v} => (table (= 1 \"a\") (= (name k) (name v)))",
        "{x, x = x, [x] = x} => (table (name x) (= \"x\" (name x)) (= (name x) (name x)))",
        "{x == 1, x.y, x()} => (table (== (name x) 1) (index (name x) \"y\") (call (name x) ()))",
        "{f(), ...} => (table (call (name f) ()) ...)",
        "{{}, {{}}} => (table (table) (table (table)))",
        "{function() end} => (table (function ()))",
    })
    void tableConstructors(String source, String tree) {
        assertEquals(tree, exprText(source));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "function() end => (function ())",
        "function(a, b) return a end => (function (a b) (return (name a)))",
        "function(...) return ... end => (function (...) (return ...))",
        "function(a, ...) end => (function (a ...))",
        "function(a) return function() return a end end => (function (a) (return (function () (return (name a)))))",
    })
    void functionExpressions(String source, String tree) {
        assertEquals(tree, exprText(source));
    }

    @Test
    void varargIsAllowedInTheMainChunkAndVarargFunctionsOnly() {
        assertEquals("(function (...) (return (function (...) (return ...))))",
                exprText("function(...) return function(...) return ... end end"));
        assertEquals("(function () (local (x) ((function (...) (return ...)))))",
                exprText("function() local x = function(...) return ... end end"));
    }
}
