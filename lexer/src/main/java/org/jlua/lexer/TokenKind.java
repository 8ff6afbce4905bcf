package org.jlua.lexer;

/** Every kind of Lua 5.4 token. Symbols are named by meaning; {@code -} and {@code ~} have two. */
public enum TokenKind {
    // reserved words
    AND("and"), BREAK("break"), DO("do"), ELSE("else"), ELSEIF("elseif"), END("end"),
    FALSE("false"), FOR("for"), FUNCTION("function"), GOTO("goto"), IF("if"), IN("in"),
    LOCAL("local"), NIL("nil"), NOT("not"), OR("or"), REPEAT("repeat"), RETURN("return"),
    THEN("then"), TRUE("true"), UNTIL("until"), WHILE("while"),
    // operators and punctuation
    ADD("+"), MINUS("-"), MUL("*"), DIV("/"), MOD("%"), POW("^"), LEN("#"),
    BAND("&"), TILDE("~"), BOR("|"), SHL("<<"), SHR(">>"), IDIV("//"),
    EQ("=="), NE("~="), LE("<="), GE(">="), LT("<"), GT(">"), ASSIGN("="),
    LPAREN("("), RPAREN(")"), LBRACE("{"), RBRACE("}"), LBRACKET("["), RBRACKET("]"),
    DBCOLON("::"), SEMI(";"), COLON(":"), COMMA(","), DOT("."), CONCAT(".."), DOTS("..."),
    // tokens with a value
    FLT("<number>"), INT("<integer>"), NAME("<name>"), STRING("<string>"),
    EOS("<eof>"),
    /** A byte that starts no token ('@', '$', a control byte...): only the parser can reject it, in context. */
    OTHER("<other>");

    /** The text Lua uses for this kind in messages ({@code '%s' expected}). */
    public final String text;

    TokenKind(String text) {
        this.text = text;
    }
}
