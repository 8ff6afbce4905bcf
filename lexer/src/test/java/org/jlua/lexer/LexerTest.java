package org.jlua.lexer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.jlua.vm.LuaError;
import org.junit.jupiter.api.Test;

/** Expected values and messages were checked against lua5.4 (5.4.4). */
class LexerTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static List<Token> tokens(String source) {
        Lexer lexer = new Lexer(bytes(source), "=t");
        List<Token> out = new ArrayList<>();
        while (lexer.hasNext()) out.add(lexer.next());
        return out;
    }

    private static List<TokenKind> kinds(String source) {
        return tokens(source).stream().map(Token::kind).toList();
    }

    private static Token only(String source) {
        List<Token> t = tokens(source);
        assertEquals(2, t.size(), "one token then <eof> in " + source);
        return t.get(0);
    }

    private static byte[] stringValue(String source) {
        Token t = only(source);
        assertEquals(TokenKind.STRING, t.kind());
        return t.bytes();
    }

    private static void lexError(String source, String expected) {
        LuaError e = assertThrows(LuaError.class, () -> tokens(source), source);
        assertEquals(expected, e.getMessage(), source);
    }

    @Test
    void everyReservedWord() {
        for (TokenKind k : TokenKind.values()) {
            if (k.ordinal() > TokenKind.WHILE.ordinal()) break;
            assertEquals(List.of(k, TokenKind.EOS), kinds(k.text));
        }
    }

    @Test
    void everySymbol() {
        assertEquals(List.of(TokenKind.ADD, TokenKind.MINUS, TokenKind.MUL, TokenKind.DIV, TokenKind.MOD,
                TokenKind.POW, TokenKind.LEN, TokenKind.BAND, TokenKind.TILDE, TokenKind.BOR, TokenKind.SHL,
                TokenKind.SHR, TokenKind.IDIV, TokenKind.EQ, TokenKind.NE, TokenKind.LE, TokenKind.GE,
                TokenKind.LT, TokenKind.GT, TokenKind.ASSIGN, TokenKind.LPAREN, TokenKind.RPAREN,
                TokenKind.LBRACE, TokenKind.RBRACE, TokenKind.LBRACKET, TokenKind.RBRACKET, TokenKind.DBCOLON,
                TokenKind.SEMI, TokenKind.COLON, TokenKind.COMMA, TokenKind.DOT, TokenKind.CONCAT,
                TokenKind.DOTS, TokenKind.EOS),
                kinds("+ - * / % ^ # & ~ | << >> // == ~= <= >= < > = ( ) { } [ ] :: ; : , . .. ..."));
    }

    @Test
    void symbolsNeedNoSpaces() {
        assertEquals(List.of(TokenKind.DOTS, TokenKind.CONCAT, TokenKind.EOS), kinds("....."));
        assertEquals(List.of(TokenKind.IDIV, TokenKind.DIV, TokenKind.EQ, TokenKind.ASSIGN, TokenKind.EOS),
                kinds("///==="));
        assertEquals(List.of(TokenKind.SHL, TokenKind.LT, TokenKind.NE, TokenKind.TILDE, TokenKind.EOS),
                kinds("<<<~=~"));
        assertEquals(List.of(TokenKind.SHR, TokenKind.GE, TokenKind.EOS), kinds(">>>="));
        assertEquals(List.of(TokenKind.DBCOLON, TokenKind.COLON, TokenKind.MINUS, TokenKind.EOS), kinds(":::-"));
    }

    @Test
    void symbolTokensCarryTheirText() {
        Token t = only("~=");
        assertEquals("~=", t.raw());
        assertEquals(TokenKind.NE, t.kind());
    }

    @Test
    void namesAreAsciiLettersDigitsAndUnderscores() {
        Token t = only("_aZ09_");
        assertEquals(TokenKind.NAME, t.kind());
        assertEquals("_aZ09_", t.name());
        assertArrayEquals(bytes("_aZ09_"), t.bytes());
        assertEquals(List.of(TokenKind.NAME, TokenKind.NAME, TokenKind.EOS), kinds("and_or nil0"));
        assertEquals(List.of(TokenKind.NAME, TokenKind.EOS), kinds("End"));
    }

    @Test
    void bytesAbove127AreNotLetters() {
        assertOther("x = \u00e9", 1, "'<\\233>'");
    }

    /**
     * A byte that starts no token becomes an OTHER token, for the parser to reject in
     * context; its "near" text is luaX_token2str's, and a NUL byte has none.
     */
    private void assertOther(String src, int line, String near) {
        Token other = null;
        for (Token t : tokens(src)) {
            if (t.kind() == TokenKind.OTHER) {
                other = t;
                break;
            }
        }
        assertNotNull(other, "no OTHER token in " + src);
        assertEquals(line, other.line(), "line of the OTHER token in " + src);
        assertEquals(near, Lexer.nearText(other), "near text in " + src);
    }

    @Test
    void tokensCarryLineAndColumn() {
        List<Token> t = tokens("local x =\n  x + 1 -- c\n\tfoo\r\n[[a\nb]] y");
        int[][] positions = {{1, 1}, {1, 7}, {1, 9}, {2, 3}, {2, 5}, {2, 7}, {3, 2}, {4, 1}, {5, 5}, {5, 6}};
        assertEquals(positions.length, t.size());
        for (int i = 0; i < positions.length; i++) {
            assertEquals(positions[i][0], t.get(i).line(), "line of token " + i);
            assertEquals(positions[i][1], t.get(i).column(), "column of token " + i);
        }
    }

    /** \n, \r, \r\n and \n\r each end one line. */
    @Test
    void eachKindOfLineBreakCountsOnce() {
        List<Token> t = tokens("a\nb\rc\r\nd\n\re\n\nf\r\rg");
        int[] lines = {1, 2, 3, 4, 5, 7, 9, 9};
        for (int i = 0; i < lines.length; i++) assertEquals(lines[i], t.get(i).line(), "token " + i);
    }

    @Test
    void lineIsWhereTheLexerIs() {
        Lexer lexer = new Lexer(bytes("x = [[\na\nb]]\n\ny"), "=t");
        lexer.next();
        lexer.next();
        assertEquals(1, lexer.line());
        Token s = lexer.next();
        assertEquals(1, s.line());
        assertEquals(3, lexer.line());
        assertEquals(5, lexer.next().line());
        assertEquals(5, lexer.line());
    }

    @Test
    void tokensAreReadOnDemand() {
        Lexer lexer = new Lexer(bytes("x = 3x"), "=t");
        assertEquals(TokenKind.NAME, lexer.next().kind());
        assertEquals(TokenKind.ASSIGN, lexer.next().kind());
        LuaError e = assertThrows(LuaError.class, lexer::next);
        assertEquals("t:1: malformed number near '3x'", e.getMessage());
    }

    @Test
    void endsWithOneEos() {
        Lexer lexer = new Lexer(bytes("  -- only a comment"), "=t");
        assertTrue(lexer.hasNext());
        Token eos = lexer.next();
        assertEquals(TokenKind.EOS, eos.kind());
        assertEquals(1, eos.line());
        assertEquals(20, eos.column());
        assertFalse(lexer.hasNext());
        assertThrows(NoSuchElementException.class, lexer::next);
        assertEquals(List.of(TokenKind.EOS), kinds(""));
    }

    @Test
    void hashFirstLineIsNotSkipped() {
        assertEquals(List.of(TokenKind.LEN, TokenKind.NOT, TokenKind.EOS), kinds("#not"));
    }

    @Test
    void whiteSpaceIsSpaceTabsFormFeedAndLineBreaks() {
        assertEquals(List.of(TokenKind.NAME, TokenKind.NAME, TokenKind.EOS), kinds(" \t\u000b\fa\r\n\n\rb "));
    }

    @Test
    void shortCommentsRunToTheEndOfTheLine() {
        assertEquals(List.of(TokenKind.NAME, TokenKind.NAME, TokenKind.EOS), kinds("a -- b c\nd"));
        assertEquals(List.of(TokenKind.NAME, TokenKind.NAME, TokenKind.EOS), kinds("a --[= b\nd"));
        assertEquals(List.of(TokenKind.NAME, TokenKind.NAME, TokenKind.EOS), kinds("a --[ b\rd"));
        assertEquals(List.of(TokenKind.MINUS, TokenKind.MINUS, TokenKind.EOS), kinds("- -"));
    }

    @Test
    void longCommentsOfAnyLevel() {
        List<Token> t = tokens("a --[[ x\n]] b --[==[ ]] ]=] \n\n ]==] c");
        assertEquals(List.of(TokenKind.NAME, TokenKind.NAME, TokenKind.NAME, TokenKind.EOS),
                t.stream().map(Token::kind).toList());
        assertEquals(2, t.get(1).line());
        assertEquals(4, t.get(2).line());
        assertEquals(7, t.get(2).column());
    }

    // ---- numerals ----------------------------------------------------------------------------

    private static void integer(String source, long expected) {
        Token t = only(source);
        assertEquals(TokenKind.INT, t.kind(), source);
        assertEquals(expected, t.intValue(), source);
        assertEquals(source, t.raw());
    }

    private static void flt(String source, double expected) {
        Token t = only(source);
        assertEquals(TokenKind.FLT, t.kind(), source);
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(t.fltValue()), source);
        assertEquals(source, t.raw());
    }

    @Test
    void decimalIntegers() {
        integer("0", 0);
        integer("42", 42);
        integer("007", 7);
        integer("9223372036854775807", Long.MAX_VALUE);
    }

    @Test
    void decimalIntegerOverflowGivesAFloat() {
        flt("9223372036854775808", 0x1p63);
        flt("12345678901234567890", 0x1.56a95319d63e1p+63);
    }

    @Test
    void hexIntegersWrapAround() {
        integer("0xff", 255);
        integer("0XA", 10);
        integer("0xffffffffffffffff", -1);
        integer("0x1ffffffffffffffff", -1);
        integer("0x7fffffffffffffff", Long.MAX_VALUE);
    }

    @Test
    void decimalFloats() {
        flt("1.0", 1.0);
        flt("1.", 1.0);
        flt(".5", 0.5);
        flt("3e2", 300.0);
        flt("3E+2", 300.0);
        flt("1e-5", 1e-5);
        flt("0.1", 0.1);
        flt("1e400", Double.POSITIVE_INFINITY);
    }

    @Test
    void hexFloats() {
        flt("0x1p4", 16.0);
        flt("0x.8", 0.5);
        flt("0xA.8p1", 21.0);
        flt("0x1P-2", 0.25);
        flt("0xep1", 28.0);
        flt("0x1.fffffffffffff8p0", 2.0);
    }

    @Test
    void hexExponentIsP() {
        // 'e' is a hex digit: 0x1e+1 is 30 plus 1.
        assertEquals(List.of(TokenKind.INT, TokenKind.ADD, TokenKind.INT, TokenKind.EOS), kinds("0x1e+1"));
    }

    @Test
    void numeralsStopAtOtherSymbols() {
        assertEquals(List.of(TokenKind.INT, TokenKind.CONCAT, TokenKind.NAME, TokenKind.EOS), kinds("1 ..x"));
        assertEquals(List.of(TokenKind.INT, TokenKind.MINUS, TokenKind.INT, TokenKind.EOS), kinds("1-1"));
        assertEquals(List.of(TokenKind.FLT, TokenKind.MINUS, TokenKind.INT, TokenKind.EOS), kinds("1.5-1"));
        assertEquals(List.of(TokenKind.INT, TokenKind.RPAREN, TokenKind.EOS), kinds("1)"));
    }

    // ---- strings -------------------------------------------------------------------------------

    @Test
    void shortStringsInEitherQuote() {
        assertArrayEquals(bytes("it's"), stringValue("\"it's\""));
        assertArrayEquals(bytes("say \"hi\""), stringValue("'say \"hi\"'"));
        assertArrayEquals(new byte[0], stringValue("''"));
        assertEquals("\"a b\"", only("\"a b\"").raw());
    }

    @Test
    void stringsKeepAnyByte() {
        assertArrayEquals(new byte[] {0, (byte) 0xe9, 0x7f}, stringValue("'\u0000\u00e9\u007f'"));
    }

    @Test
    void singleCharEscapes() {
        assertArrayEquals(new byte[] {7, 8, 12, 10, 13, 9, 11, 92, 34, 39},
                stringValue("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\\'\""));
    }

    @Test
    void escapedLineBreakIsOneNewline() {
        for (String lineBreak : new String[] {"\n", "\r", "\r\n", "\n\r"}) {
            Lexer lexer = new Lexer(bytes("'a\\" + lineBreak + "b' c"), "=t");
            assertArrayEquals(bytes("a\nb"), lexer.next().bytes());
            assertEquals(2, lexer.next().line());
        }
    }

    @Test
    void zEscapeSkipsWhiteSpaceAcrossLines() {
        Lexer lexer = new Lexer(bytes("'a\\z  \n \t\u000b\f\r\n  b' c"), "=t");
        assertArrayEquals(bytes("ab"), lexer.next().bytes());
        assertEquals(3, lexer.next().line());
        assertArrayEquals(bytes("a"), stringValue("'a\\z'"));
    }

    @Test
    void hexEscapes() {
        assertArrayEquals(new byte[] {0x41, 0x7a, (byte) 0xff, 0}, stringValue("'\\x41\\x7a\\xFf\\x00'"));
    }

    @Test
    void decimalEscapes() {
        assertArrayEquals(new byte[] {65, 65, 49, 0, (byte) 255, 9, 57}, stringValue("'\\65\\0651\\0\\255\\0099'"));
    }

    /** Each byte sequence was printed by lua5.4. */
    @Test
    void utf8Escapes() {
        int[] expected = {65, 223, 191, 224, 160, 128, 239, 191, 191, 240, 144, 128, 128, 244, 143, 191, 191,
            247, 191, 191, 191, 248, 136, 128, 128, 128, 251, 191, 191, 191, 191, 252, 132, 128, 128, 128, 128,
            253, 191, 191, 191, 191, 191};
        byte[] value = stringValue("'\\u{41}\\u{7FF}\\u{800}\\u{FFFF}\\u{10000}\\u{10FFFF}\\u{1FFFFF}"
                + "\\u{200000}\\u{3FFFFFF}\\u{4000000}\\u{7FFFFFFF}'");
        assertEquals(expected.length, value.length);
        for (int i = 0; i < expected.length; i++) assertEquals((byte) expected[i], value[i], "byte " + i);
        assertArrayEquals(new byte[] {0x41}, stringValue("'\\u{000000000041}'"));
    }

    @Test
    void rawTextOfAStringHoldsItsDecodedContents() {
        // As in lua5.4: x = 1 "a\65" fails with: unexpected symbol near '"aA"'
        assertEquals("\"aA\"", only("\"a\\65\"").raw());
    }

    @Test
    void longStringsOfAnyLevel() {
        assertArrayEquals(bytes("a]]b"), stringValue("[==[a]]b]==]"));
        assertArrayEquals(bytes("x"), stringValue("[[x]]"));
        assertArrayEquals(bytes("\\n"), stringValue("[=[\\n]=]"));
        assertArrayEquals(bytes("]=]]"), stringValue("[==[]=]]]==]"));
        assertArrayEquals(bytes(""), stringValue("[[]]"));
        assertEquals("[==[a]]b]==]", only("[==[a]]b]==]").raw());
    }

    @Test
    void longStringsDropTheirFirstLineBreakAndNormalizeTheOthers() {
        assertArrayEquals(bytes("a\nb\nc\nd\n\ne"), stringValue("[[\r\na\rb\r\nc\n\rd\n\ne]]"));
        assertArrayEquals(bytes("\na"), stringValue("[[\n\na]]"));
        assertEquals("[[a\nb]]", only("[[\na\r\nb]]").raw());
    }

    /** Numerals are read greedily, then rejected whole. */
    @Test
    void malformedNumbers() {
        lexError("x = 3x", "t:1: malformed number near '3x'");
        lexError("x = 3xyz", "t:1: malformed number near '3x'");
        lexError("x = 0x", "t:1: malformed number near '0x'");
        lexError("x = 1e", "t:1: malformed number near '1e'");
        lexError("x = 3..2", "t:1: malformed number near '3..2'");
        lexError("x = 1..2", "t:1: malformed number near '1..2'");
        lexError("x = .5x", "t:1: malformed number near '.5x'");
        lexError("x = 1e+", "t:1: malformed number near '1e+'");
        lexError("x = 0x.p1", "t:1: malformed number near '0x.p1'");
        lexError("x = 1.5e+3a", "t:1: malformed number near '1.5e+3a'");
        lexError("x = 0x1g", "t:1: malformed number near '0x1g'");
        lexError("x = 0b1", "t:1: malformed number near '0b1'");
        lexError("x = 5_", "t:1: malformed number near '5_'");
        lexError("x = 0x1p", "t:1: malformed number near '0x1p'");
        lexError("x = 1.2.3", "t:1: malformed number near '1.2.3'");
        lexError("x = 0x1p4p", "t:1: malformed number near '0x1p4p'");
        lexError("x = 1e5e5", "t:1: malformed number near '1e5e5'");
        lexError("x = 08x", "t:1: malformed number near '08x'");
    }

    /** At a line break the message quotes the string so far; at the end, <eof>. */
    @Test
    void unfinishedStrings() {
        lexError("x = \"abc", "t:1: unfinished string near <eof>");
        lexError("x = 'abc", "t:1: unfinished string near <eof>");
        lexError("x = \"abc\ny\"", "t:1: unfinished string near '\"abc'");
        lexError("x = \"abc\ry\"", "t:1: unfinished string near '\"abc'");
        lexError("x = \"abc\\", "t:1: unfinished string near <eof>");
        lexError("x = \"a\\0b\ny\"", "t:1: unfinished string near '\"a'");
        lexError("x = \"a\\\n\nb\"", "t:2: unfinished string near '\"a\n'");
        lexError("\n\nx = \"abc\\\n", "t:4: unfinished string near <eof>");
        lexError("x = 'a\\z  \n  \n b\n'", "t:3: unfinished string near ''ab'");
        lexError("x = \"\\65\\066\\x41\\u{41}", "t:1: unfinished string near <eof>");
        lexError("x = \"a\\\r\rb\" @", "t:2: unfinished string near '\"a\n'");
    }

    /** The quoted text runs up to the offending byte, escapes before it decoded. */
    @Test
    void badEscapes() {
        lexError("x = \"a\\tb\\q\"", "t:1: invalid escape sequence near '\"a\tb\\q'");
        lexError("x = \"a\\\"b\\q", "t:1: invalid escape sequence near '\"a\"b\\q'");
        lexError("x = \"\\300\"", "t:1: decimal escape too large near '\"\\300\"'");
        lexError("x = \"\\256\"", "t:1: decimal escape too large near '\"\\256\"'");
        lexError("x = \"\\9999\"", "t:1: decimal escape too large near '\"\\9999'");
        lexError("x = \"\\u{80000000}\"", "t:1: UTF-8 value too large near '\"\\u{80000000'");
        lexError("x = \"\\u{1234567890}\"", "t:1: UTF-8 value too large near '\"\\u{123456789'");
        lexError("x = \"\\u{fffffffff}\"", "t:1: UTF-8 value too large near '\"\\u{ffffffff'");
        lexError("x = \"\\u7\"", "t:1: missing '{' near '\"\\u7'");
        lexError("x = \"\\u{7\"", "t:1: missing '}' near '\"\\u{7\"'");
        lexError("x = \"\\u{}\"", "t:1: hexadecimal digit expected near '\"\\u{}'");
        lexError("x = \"\\u{\"", "t:1: hexadecimal digit expected near '\"\\u{\"'");
        lexError("x = \"\\u", "t:1: missing '{' near '\"\\u'");
        lexError("x = \"\\u{41", "t:1: missing '}' near '\"\\u{41'");
        lexError("x = \"\\xg\"", "t:1: hexadecimal digit expected near '\"\\xg'");
        lexError("x = \"\\x5g\"", "t:1: hexadecimal digit expected near '\"\\x5g'");
        lexError("x = \"\\xA", "t:1: hexadecimal digit expected near '\"\\xA'");
        lexError("x = \"\\x\"", "t:1: hexadecimal digit expected near '\"\\x\"'");
        lexError("x = \"\u00c3\u00a9\\q\"", "t:1: invalid escape sequence near '\"\u00c3\u00a9\\q'");
    }

    @Test
    void longBracketErrors() {
        lexError("x = [==x", "t:1: invalid long string delimiter near '[=='");
        lexError("x = [=]", "t:1: invalid long string delimiter near '[='");
        lexError("x = [= ", "t:1: invalid long string delimiter near '[='");
        lexError("x = [==[ abc", "t:1: unfinished long string (starting at line 1) near <eof>");
        lexError("x = [==[ abc\n\n]=]", "t:3: unfinished long string (starting at line 1) near <eof>");
        lexError("--[==[ abc\n\n", "t:3: unfinished long comment (starting at line 1) near <eof>");
        lexError("--[[\n]=]\n", "t:3: unfinished long comment (starting at line 1) near <eof>");
        lexError("x = [[\n\n\n", "t:4: unfinished long string (starting at line 1) near <eof>");
    }

    /** Control bytes and bytes past 127 are written in decimal; a NUL byte is not named at all. */
    @Test
    void unexpectedSymbols() {
        assertOther("x = @", 1, "'@'");
        assertOther("x = $", 1, "'$'");
        assertOther("x = !", 1, "'!'");
        assertOther("x = `", 1, "'`'");
        assertOther("x = ?", 1, "'?'");
        assertOther("x = \\", 1, "'\\'");
        assertOther("x = \u0001", 1, "'<\\1>'");
        assertOther("x = \u007f", 1, "'<\\127>'");
        assertOther("x = \u0080", 1, "'<\\128>'");
        assertOther("x = \u00ff", 1, "'<\\255>'");
        assertOther("x = \u0000", 1, null);
        assertOther("x = 1 \u0000", 1, null);
    }

    /** Errors report the line the lexer has reached, whatever the line break. */
    @Test
    void errorLineIsWhereTheLexerIs() {
        assertOther("\n\nx = \u001f", 3, "'<\\31>'");
        assertOther("x = [[\na\nb\n]] @", 4, "'@'");
        assertOther("x = \"a\\\nb\" @", 2, "'@'");
        assertOther("x = \"a\\\r\nb\" @", 2, "'@'");
        assertOther("x = \"a\\\n\rb\" @", 2, "'@'");
        assertOther("\r\n\r\n@", 3, "'@'");
        assertOther("\n\r\n\r@", 3, "'@'");
        assertOther("\r\r@", 3, "'@'");
        assertOther("\n\n@", 3, "'@'");
        assertOther("--[[\n\n]] @", 3, "'@'");
        assertOther("x = \"a\\z\r\n\r\n\" @", 3, "'@'");
    }

    @Test
    void errorsNameTheChunk() {
        LuaError e = assertThrows(LuaError.class, () -> {
            Lexer lexer = new Lexer(bytes("x = 3x"), "@dir/f.lua");
            while (lexer.hasNext()) lexer.next();
        });
        assertEquals("dir/f.lua:1: malformed number near '3x'", e.getMessage());
        e = assertThrows(LuaError.class, () -> {
            Lexer lexer = new Lexer(bytes("x = 3x\nmore"), "x = 3x\nmore");
            while (lexer.hasNext()) lexer.next();
        });
        assertEquals("[string \"x = 3x...\"]:1: malformed number near '3x'", e.getMessage());
    }

    // ---- syntaxError, for the parser -------------------------------------------------------------

    private static String nearMessage(String source, int index) {
        Lexer lexer = new Lexer(bytes(source), "=t");
        Token t = null;
        for (int i = 0; i <= index; i++) t = lexer.next();
        return lexer.syntaxError("oops", t).getMessage();
    }

    @Test
    void syntaxErrorQuotesTheToken() {
        assertEquals("t:1: oops near 'end'", nearMessage("end", 0));
        assertEquals("t:1: oops near '=='", nearMessage("==", 0));
        assertEquals("t:1: oops near 'abc'", nearMessage("abc", 0));
        assertEquals("t:1: oops near '0x1P4'", nearMessage("0x1P4", 0));
        assertEquals("t:1: oops near '12'", nearMessage("12", 0));
        assertEquals("t:1: oops near ''it''", nearMessage("'it'", 0));
        assertEquals("t:2: oops near '[[a\nb]]'", nearMessage("[[a\r\nb]]", 0));
        assertEquals("t:1: oops near <eof>", nearMessage("", 0));
        // A NUL byte ends the quoted text, as in C: lua5.4 says near '"a' for x = 1 "a\0b".
        assertEquals("t:1: oops near '\"a'", nearMessage("\"a\\0b\"", 0));
    }

    @Test
    void describeNamesKindsAsLuaDoes() {
        assertEquals("'end'", Lexer.describe(TokenKind.END));
        assertEquals("'=='", Lexer.describe(TokenKind.EQ));
        assertEquals("'::'", Lexer.describe(TokenKind.DBCOLON));
        assertEquals("<name>", Lexer.describe(TokenKind.NAME));
        assertEquals("<eof>", Lexer.describe(TokenKind.EOS));
        assertEquals("<string>", Lexer.describe(TokenKind.STRING));
        assertEquals("<number>", Lexer.describe(TokenKind.FLT));
        assertEquals("<integer>", Lexer.describe(TokenKind.INT));
    }

    @Test
    void tokensPrintReadably() {
        assertEquals("NAME 'abc' at 1:3", tokens("  abc").get(0).toString());
    }

    @Test
    void syntaxErrorWithoutToken() {
        Lexer lexer = new Lexer(bytes("a\nb"), "@f.lua");
        lexer.next();
        lexer.next();
        assertEquals("f.lua:2: label 'x' already defined",
                lexer.syntaxError("label 'x' already defined").getMessage());
        assertEquals("f.lua:2: oops", lexer.syntaxError("oops", null).getMessage());
        assertEquals("@f.lua", lexer.chunkName());
    }
}
