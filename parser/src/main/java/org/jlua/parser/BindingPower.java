package org.jlua.parser;

import org.jlua.ast.BinOp;
import org.jlua.ast.UnOp;
import org.jlua.lexer.TokenKind;

/**
 * Lua 5.4's operator priorities (manual section 3.4.8) as Pratt binding powers. An infix
 * operator continues an expression only if its left power exceeds the caller's limit; its
 * right operand is parsed with the right power as the new limit, so a right power lower
 * than the left one makes the operator right associative ({@code ..} and {@code ^}).
 */
final class BindingPower {
    /**
     * The limit for a unary operator's operand: above every binary operator except
     * {@code ^}, so {@code -x^2} is {@code -(x^2)} while {@code 2^-3} still parses.
     */
    static final int UNARY = 12;

    /** An infix operator and its two binding powers. */
    record Infix(BinOp op, int left, int right) {}

    private static final Infix OR = new Infix(BinOp.OR, 1, 1);
    private static final Infix AND = new Infix(BinOp.AND, 2, 2);
    private static final Infix EQ = new Infix(BinOp.EQ, 3, 3);
    private static final Infix NE = new Infix(BinOp.NE, 3, 3);
    private static final Infix LT = new Infix(BinOp.LT, 3, 3);
    private static final Infix LE = new Infix(BinOp.LE, 3, 3);
    private static final Infix GT = new Infix(BinOp.GT, 3, 3);
    private static final Infix GE = new Infix(BinOp.GE, 3, 3);
    private static final Infix BOR = new Infix(BinOp.BOR, 4, 4);
    private static final Infix BXOR = new Infix(BinOp.BXOR, 5, 5);
    private static final Infix BAND = new Infix(BinOp.BAND, 6, 6);
    private static final Infix SHL = new Infix(BinOp.SHL, 7, 7);
    private static final Infix SHR = new Infix(BinOp.SHR, 7, 7);
    private static final Infix CONCAT = new Infix(BinOp.CONCAT, 9, 8);
    private static final Infix ADD = new Infix(BinOp.ADD, 10, 10);
    private static final Infix SUB = new Infix(BinOp.SUB, 10, 10);
    private static final Infix MUL = new Infix(BinOp.MUL, 11, 11);
    private static final Infix DIV = new Infix(BinOp.DIV, 11, 11);
    private static final Infix IDIV = new Infix(BinOp.IDIV, 11, 11);
    private static final Infix MOD = new Infix(BinOp.MOD, 11, 11);
    private static final Infix POW = new Infix(BinOp.POW, 14, 13);

    private BindingPower() {}

    /** The binary operator a token stands for, or null if it is none. */
    static Infix infix(TokenKind kind) {
        return switch (kind) {
            case OR -> OR;
            case AND -> AND;
            case EQ -> EQ;
            case NE -> NE;
            case LT -> LT;
            case LE -> LE;
            case GT -> GT;
            case GE -> GE;
            case BOR -> BOR;
            case TILDE -> BXOR;
            case BAND -> BAND;
            case SHL -> SHL;
            case SHR -> SHR;
            case CONCAT -> CONCAT;
            case ADD -> ADD;
            case MINUS -> SUB;
            case MUL -> MUL;
            case DIV -> DIV;
            case IDIV -> IDIV;
            case MOD -> MOD;
            case POW -> POW;
            default -> null;
        };
    }

    /** The unary operator a token stands for, or null if it is none. */
    static UnOp prefix(TokenKind kind) {
        return switch (kind) {
            case NOT -> UnOp.NOT;
            case MINUS -> UnOp.NEG;
            case LEN -> UnOp.LEN;
            case TILDE -> UnOp.BNOT;
            default -> null;
        };
    }
}
