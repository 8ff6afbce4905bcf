package org.jlua.lexer;

import java.util.EnumSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.HashMap;
import org.jlua.vm.ChunkId;
import org.jlua.vm.LuaError;
import org.jlua.vm.Numerals;

/**
 * Turns a chunk's bytes into tokens, one per {@link #next()} call, following Lua 5.4's
 * lexical conventions (manual section 3.1). The last token is {@link TokenKind#EOS}.
 * Lexical errors are raised as {@link LuaError}s with lua5.4's exact texts.
 */
public final class Lexer implements Iterator<Token> {
    private static final Map<String, TokenKind> RESERVED = reservedWords();

    /** A loop, not a stream: streams link lambdas, which costs start-up time. */
    private static Map<String, TokenKind> reservedWords() {
        Map<String, TokenKind> words = new HashMap<>();
        for (TokenKind k : EnumSet.range(TokenKind.AND, TokenKind.WHILE)) words.put(k.text, k);
        return Map.copyOf(words);
    }

    private final Source in;
    private final String chunkName;
    private final SyntaxErrors errors;
    private final StringScanner strings;
    private boolean ended;

    /**
     * @param chunkName Lua's source name: "@file.lua", "=stdin", or the source text itself
     *                  for a chunk given as a string; messages show it as {@link ChunkId} does
     */
    public Lexer(byte[] source, String chunkName) {
        this.in = new Source(source);
        this.chunkName = chunkName;
        this.errors = new SyntaxErrors(ChunkId.of(chunkName));
        this.strings = new StringScanner(in, errors);
    }

    public String chunkName() {
        return chunkName;
    }

    /** The line the lexer has reached: the line where the last token read ends. */
    public int line() {
        return in.line();
    }

    @Override
    public boolean hasNext() {
        return !ended;
    }

    @Override
    public Token next() {
        if (ended) throw new NoSuchElementException("no token after <eof>");
        Token t = scan();
        ended = t.kind() == TokenKind.EOS;
        return t;
    }

    /**
     * {@code "<chunkid>:<line>: <msg> near '<token>'"}, at the lexer's current line (as Lua,
     * which reports the line it has read up to, not the token's own line).
     * A null {@code near} leaves out the "near" part.
     */
    public LuaError syntaxError(String msg, Token near) {
        return errors.at(line(), msg, near == null ? null : nearText(near));
    }

    /** {@code "<chunkid>:<line>: <msg>"}, for errors that name no token. */
    public LuaError syntaxError(String msg) {
        return errors.at(line(), msg, null);
    }

    /**
     * How a kind of token is named in messages such as {@code "'=' expected"} (C Lua's
     * {@code luaX_token2str}): symbols and reserved words quoted, {@code <eof>}, {@code <name>},
     * {@code <string>}, {@code <number>} and {@code <integer>} as they are.
     */
    public static String describe(TokenKind kind) {
        return switch (kind) {
            case EOS, NAME, STRING, INT, FLT -> kind.text;
            default -> "'" + kind.text + "'";
        };
    }

    /** How a token appears after "near": names, strings and numerals by their own text. */
    static String nearText(Token t) {
        return switch (t.kind()) {
            case NAME, STRING, INT, FLT -> SyntaxErrors.quote(t.raw());
            // Lua's message leaves a NUL byte out
            case OTHER -> t.intValue() == 0 ? null : SyntaxErrors.quoteByte((int) t.intValue());
            default -> describe(t.kind());
        };
    }

    private Token scan() {
        in.resetBuffer();
        while (true) {
            int line = in.line();
            int column = in.column();
            int c = in.current();
            switch (c) {
                case '\n', '\r' -> in.skipNewline();
                case ' ', '\t', '\f', 0x0B -> in.advance();
                case '-' -> {
                    in.advance();
                    if (in.current() != '-') return symbol(TokenKind.MINUS, line, column);
                    in.advance();
                    skipComment();
                }
                case '[' -> {
                    int level = strings.bracketLevel();
                    if (level >= 2) {
                        byte[] value = strings.longString(level, true);
                        return new Token(TokenKind.STRING, line, column, in.bufferText(), 0, 0, value);
                    }
                    if (level == 0) throw bufferError("invalid long string delimiter");
                    return symbol(TokenKind.LBRACKET, line, column);
                }
                case '=' -> {
                    return twoChars('=', TokenKind.EQ, TokenKind.ASSIGN, line, column);
                }
                case '<' -> {
                    in.advance();
                    if (in.skipIf('=')) return symbol(TokenKind.LE, line, column);
                    if (in.skipIf('<')) return symbol(TokenKind.SHL, line, column);
                    return symbol(TokenKind.LT, line, column);
                }
                case '>' -> {
                    in.advance();
                    if (in.skipIf('=')) return symbol(TokenKind.GE, line, column);
                    if (in.skipIf('>')) return symbol(TokenKind.SHR, line, column);
                    return symbol(TokenKind.GT, line, column);
                }
                case '/' -> {
                    return twoChars('/', TokenKind.IDIV, TokenKind.DIV, line, column);
                }
                case '~' -> {
                    return twoChars('=', TokenKind.NE, TokenKind.TILDE, line, column);
                }
                case ':' -> {
                    return twoChars(':', TokenKind.DBCOLON, TokenKind.COLON, line, column);
                }
                case '"', '\'' -> {
                    byte[] value = strings.shortString();
                    return new Token(TokenKind.STRING, line, column, in.bufferText(), 0, 0, value);
                }
                case '.' -> {
                    in.saveAndAdvance();
                    if (in.skipIf('.')) {
                        if (in.skipIf('.')) return symbol(TokenKind.DOTS, line, column);
                        return symbol(TokenKind.CONCAT, line, column);
                    }
                    if (!Chars.isDigit(in.current())) return symbol(TokenKind.DOT, line, column);
                    return numeral(line, column);
                }
                case Source.EOZ -> {
                    return symbol(TokenKind.EOS, line, column);
                }
                default -> {
                    if (Chars.isDigit(c)) return numeral(line, column);
                    if (Chars.isAlpha(c)) return name(line, column);
                    TokenKind kind = singleChar(c);
                    if (kind == null) return other(c, line, column);
                    in.advance();
                    return symbol(kind, line, column);
                }
            }
        }
    }

    /** After "--": a long comment if a long bracket follows, else the rest of the line. */
    private void skipComment() {
        if (in.current() == '[') {
            int level = strings.bracketLevel();
            in.resetBuffer();
            if (level >= 2) {
                strings.longString(level, false);
                in.resetBuffer();
                return;
            }
        }
        while (!in.atNewline() && in.current() != Source.EOZ) in.advance();
    }

    /** The current byte, then {@code second} makes {@code ifTwo}; else it is {@code ifOne}. */
    private Token twoChars(int second, TokenKind ifTwo, TokenKind ifOne, int line, int column) {
        in.advance();
        return symbol(in.skipIf(second) ? ifTwo : ifOne, line, column);
    }

    private static TokenKind singleChar(int c) {
        return switch (c) {
            case '+' -> TokenKind.ADD;
            case '*' -> TokenKind.MUL;
            case '%' -> TokenKind.MOD;
            case '^' -> TokenKind.POW;
            case '#' -> TokenKind.LEN;
            case '&' -> TokenKind.BAND;
            case '|' -> TokenKind.BOR;
            case '(' -> TokenKind.LPAREN;
            case ')' -> TokenKind.RPAREN;
            case '{' -> TokenKind.LBRACE;
            case '}' -> TokenKind.RBRACE;
            case ']' -> TokenKind.RBRACKET;
            case ';' -> TokenKind.SEMI;
            case ',' -> TokenKind.COMMA;
            default -> null;
        };
    }

    /**
     * A byte that starts no token. Lua hands it to the parser, which can only reject it,
     * with a message that depends on where it stands ("unexpected symbol", "')' expected").
     */
    private Token other(int c, int line, int column) {
        in.advance();
        return new Token(TokenKind.OTHER, line, column, String.valueOf((char) c), c, 0, null);
    }

    /** Names and reserved words: a letter or '_', then letters, digits and '_'. */
    private Token name(int line, int column) {
        do {
            in.saveAndAdvance();
        } while (Chars.isAlnum(in.current()));
        String text = in.bufferText();
        TokenKind reserved = RESERVED.get(text);
        if (reserved != null) return symbol(reserved, line, column);
        return new Token(TokenKind.NAME, line, column, text, 0, 0, in.bufferBytes(0, in.bufferLength()));
    }

    /**
     * A numeral, read greedily as Lua does (hex digits, dots, exponent marks with their sign,
     * and one letter glued to the end), then converted by {@link Numerals}: anything it
     * rejects is a malformed number.
     */
    private Token numeral(int line, int column) {
        int first = in.current();
        in.saveAndAdvance();
        boolean hex = first == '0' && in.saveIf('x', 'X');
        int exponentMark = hex ? 'p' : 'e';
        while (true) {
            if (in.saveIf(exponentMark, Character.toUpperCase(exponentMark))) {
                in.saveIf('-', '+');
            } else if (Chars.isHexDigit(in.current()) || in.current() == '.') {
                in.saveAndAdvance();
            } else {
                break;
            }
        }
        if (Chars.isAlpha(in.current())) in.saveAndAdvance();
        Object value = Numerals.parse(in.buffer(), 0, in.bufferLength());
        String raw = in.bufferText();
        if (value instanceof Long i) return new Token(TokenKind.INT, line, column, raw, i, 0, null);
        if (value instanceof Double d) return new Token(TokenKind.FLT, line, column, raw, 0, d, null);
        throw bufferError("malformed number");
    }

    private Token symbol(TokenKind kind, int line, int column) {
        return new Token(kind, line, column, kind.text, 0, 0, null);
    }

    private LuaError bufferError(String msg) {
        return errors.at(in.line(), msg, SyntaxErrors.quote(in.bufferText()));
    }
}
