package org.jlua.parser;

import java.nio.charset.StandardCharsets;
import org.jlua.ast.AstPrinter;
import org.jlua.ast.Expr;
import org.jlua.ast.FuncBody;
import org.jlua.ast.Stat;

/** Shorthands for the tests: parse a chunk or an expression and print it. */
final class Parse {
    private Parse() {}

    static FuncBody chunk(String source) {
        return Parser.parse(source.getBytes(StandardCharsets.ISO_8859_1), "=test");
    }

    /** The chunk's statements, one a line. */
    static String stats(String source) {
        return AstPrinter.print(chunk(source).block());
    }

    static String statsWithLines(String source) {
        return AstPrinter.withLines(chunk(source).block());
    }

    /** The expression {@code source}, parsed as the value of a return statement. */
    static Expr expr(String source) {
        Stat.Return r = (Stat.Return) chunk("return " + source).block().stats().get(0);
        if (r.values().size() != 1) throw new IllegalArgumentException("not one expression: " + source);
        return r.values().get(0);
    }

    static String exprText(String source) {
        return AstPrinter.print(expr(source));
    }
}
