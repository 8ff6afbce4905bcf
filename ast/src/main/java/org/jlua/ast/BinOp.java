package org.jlua.ast;

/** Binary operators, named by meaning as in the Lua manual (section 3.4). */
public enum BinOp {
    ADD("+"), SUB("-"), MUL("*"), DIV("/"), MOD("%"), POW("^"), IDIV("//"),
    BAND("&"), BOR("|"), BXOR("~"), SHL("<<"), SHR(">>"),
    CONCAT(".."),
    EQ("=="), NE("~="), LT("<"), LE("<="), GT(">"), GE(">="),
    AND("and"), OR("or");

    public final String symbol;

    BinOp(String symbol) {
        this.symbol = symbol;
    }
}
