package org.jlua.parser;

import java.util.ArrayList;
import java.util.List;
import org.jlua.ast.Expr;
import org.jlua.ast.TableField;
import org.jlua.ast.UnOp;
import org.jlua.lexer.Token;
import org.jlua.lexer.TokenKind;

/**
 * Expressions: a Pratt loop over {@link BindingPower} for operators, recursive descent for
 * primary and suffixed expressions and table constructors. Function bodies are left to the
 * statement parser, which owns blocks.
 */
final class ExprParser {
    private final TokenCursor in;
    private final Parser statements;

    ExprParser(TokenCursor in, Parser statements) {
        this.in = in;
        this.statements = statements;
    }

    // exp -> subexpr
    Expr expr() {
        return subExpr(0);
    }

    // explist -> exp {',' exp}
    List<Expr> exprList() {
        List<Expr> list = new ArrayList<>();
        list.add(expr());
        while (in.testNext(TokenKind.COMMA)) list.add(expr());
        return List.copyOf(list);
    }

    // subexpr -> (simpleexp | unop subexpr) {binop subexpr}, binop binding tighter than limit
    private Expr subExpr(int limit) {
        in.enterLevel();
        Expr left;
        UnOp unary = BindingPower.prefix(in.kind());
        if (unary != null) {
            int line = in.line();
            in.advance();
            left = new Expr.Unary(line, unary, subExpr(BindingPower.UNARY));
        } else {
            left = simpleExp();
        }
        while (true) {
            BindingPower.Infix op = BindingPower.infix(in.kind());
            if (op == null || op.left() <= limit) break;
            int line = in.line();
            in.advance();
            left = new Expr.Binary(line, op.op(), left, subExpr(op.right()));
        }
        in.leaveLevel();
        return left;
    }

    // simpleexp -> FLT | INT | STRING | NIL | TRUE | FALSE | '...' | constructor
    //              | FUNCTION body | suffixedexp
    private Expr simpleExp() {
        Token t = in.current();
        switch (t.kind()) {
            case LBRACE -> {
                return tableConstructor();
            }
            case FUNCTION -> {
                in.advance();
                // Lua dates a function expression from the token after 'function'.
                return new Expr.Function(t.line(), statements.funcBody(in.line(), false));
            }
            case FLT, INT, STRING, NIL, TRUE, FALSE, DOTS -> {
                Expr e = literal(t);
                in.advance();
                return e;
            }
            default -> {
                return suffixedExp();
            }
        }
    }

    private Expr literal(Token t) {
        int line = t.line();
        return switch (t.kind()) {
            case FLT -> new Expr.Flt(line, t.fltValue());
            case INT -> new Expr.Int(line, t.intValue());
            case STRING -> new Expr.Str(line, t.bytes());
            case NIL -> new Expr.Nil(line);
            case TRUE -> new Expr.True(line);
            case FALSE -> new Expr.False(line);
            case DOTS -> {
                if (!statements.isVararg()) throw in.error("cannot use '...' outside a vararg function");
                yield new Expr.Vararg(line);
            }
            default -> throw new IllegalArgumentException(t.kind().name());
        };
    }

    // primaryexp -> NAME | '(' expr ')'
    private Expr primaryExp() {
        Token t = in.current();
        switch (t.kind()) {
            case NAME -> {
                in.advance();
                return new Expr.Name(t.line(), t.name());
            }
            case LPAREN -> {
                int line = in.line();
                in.advance();
                Expr inner = expr();
                in.checkMatch(TokenKind.RPAREN, TokenKind.LPAREN, line);
                return new Expr.Paren(t.line(), inner);
            }
            default -> throw in.error("unexpected symbol");
        }
    }

    // suffixedexp -> primaryexp {'.' NAME | '[' exp ']' | ':' NAME funcargs | funcargs}
    Expr suffixedExp() {
        int line = in.line();
        Expr e = primaryExp();
        while (true) {
            switch (in.kind()) {
                case DOT -> e = fieldSel(e);
                case LBRACKET -> {
                    Expr key = yIndex();
                    // lua5.4 reports an index at its last token: the ']' here, the name after '.'.
                    e = new Expr.Index(in.lastLine(), e, key);
                }
                case COLON -> {
                    in.advance();
                    String method = in.checkName();
                    e = new Expr.MethodCall(line, e, method, funcArgs(line));
                }
                case LPAREN, STRING, LBRACE -> e = new Expr.Call(line, e, funcArgs(line));
                default -> {
                    return e;
                }
            }
        }
    }

    // fieldsel -> '.' NAME
    private Expr fieldSel(Expr object) {
        in.advance();
        Expr.Str key = nameKey();
        return new Expr.Index(key.line(), object, key);
    }

    // codename -> NAME, as a string constant
    private Expr.Str nameKey() {
        in.check(TokenKind.NAME);
        Token name = in.advance();
        return new Expr.Str(name.line(), name.bytes());
    }

    // index -> '[' expr ']'
    private Expr yIndex() {
        in.advance();
        Expr key = expr();
        in.checkNext(TokenKind.RBRACKET);
        return key;
    }

    // funcargs -> '(' [explist] ')' | constructor | STRING
    private List<Expr> funcArgs(int line) {
        Token t = in.current();
        switch (t.kind()) {
            case LPAREN -> {
                in.advance();
                List<Expr> args = in.is(TokenKind.RPAREN) ? List.of() : exprList();
                // Lua reports the unclosed '(' at the line where the called expression began.
                in.checkMatch(TokenKind.RPAREN, TokenKind.LPAREN, line);
                return args;
            }
            case LBRACE -> {
                return List.of(tableConstructor());
            }
            case STRING -> {
                in.advance();
                return List.of(new Expr.Str(t.line(), t.bytes()));
            }
            default -> throw in.error("function arguments expected");
        }
    }

    // constructor -> '{' [field {sep field} [sep]] '}'   sep -> ',' | ';'
    private Expr tableConstructor() {
        int line = in.line();
        int tableLine = in.current().line();
        in.checkNext(TokenKind.LBRACE);
        List<TableField> fields = new ArrayList<>();
        do {
            if (in.is(TokenKind.RBRACE)) break;
            fields.add(field());
        } while (in.testNext(TokenKind.COMMA) || in.testNext(TokenKind.SEMI));
        in.checkMatch(TokenKind.RBRACE, TokenKind.LBRACE, line);
        return new Expr.Table(tableLine, List.copyOf(fields));
    }

    // field -> listfield | recfield
    private TableField field() {
        return switch (in.kind()) {
            case NAME -> in.peek() == TokenKind.ASSIGN ? recField() : listField();
            case LBRACKET -> recField();
            default -> listField();
        };
    }

    // recfield -> (NAME | '[' exp ']') '=' exp
    private TableField recField() {
        Expr key = in.is(TokenKind.NAME) ? nameKey() : yIndex();
        in.checkNext(TokenKind.ASSIGN);
        return new TableField.Keyed(key, expr());
    }

    // listfield -> exp
    private TableField listField() {
        return new TableField.Positional(expr());
    }
}
