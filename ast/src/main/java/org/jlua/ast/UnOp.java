package org.jlua.ast;

/** Unary operators: {@code -x}, {@code not x}, {@code #x}, {@code ~x}. */
public enum UnOp {
    NEG("-"), NOT("not"), LEN("#"), BNOT("~");

    public final String symbol;

    UnOp(String symbol) {
        this.symbol = symbol;
    }
}
