package org.jlua.parser;

import java.util.ArrayList;
import java.util.List;
import org.jlua.ast.Attrib;
import org.jlua.ast.Block;
import org.jlua.ast.Expr;
import org.jlua.ast.FuncBody;
import org.jlua.ast.Stat;
import org.jlua.lexer.Lexer;
import org.jlua.lexer.TokenKind;
import org.jlua.vm.LuaError;

/**
 * Statements by recursive descent, one method per production of the Lua 5.4 grammar
 * (manual section 9), each opened by its production. It only builds the tree: scopes,
 * goto targets, {@code break} placement and assignments to {@code <const>} variables are
 * the compiler's to check. The one exception is the number of local variables: Lua checks it
 * as each is declared, so its error comes before any syntax error further on.
 */
public final class Parser {
    /** Local variables in scope at once in one function (Lua's MAXVARS). */
    static final int MAX_LOCALS = 200;

    private final TokenCursor in;
    private final ExprParser exprs;
    /** Whether the function being parsed accepts {@code ...}. */
    private boolean vararg = true;
    /** Local variables of the function being parsed declared so far in the open blocks. */
    private int locals;
    /** The line of the function being parsed, 0 for the main chunk. */
    private int funcLine;

    private Parser(Lexer lexer) {
        this.in = new TokenCursor(lexer);
        this.exprs = new ExprParser(in, this);
    }

    /**
     * Parses a chunk into its main function: no parameters, vararg, line 0, and as
     * endLine the line of the chunk's last token (where Lua puts the final return).
     *
     * @param chunkName as Lua's {@code load} takes it: "@x.lua", "=stdin" or the source text
     * @throws LuaError with lua5.4's message, e.g. "x.lua:1: unexpected symbol near '='"
     */
    public static FuncBody parse(byte[] source, String chunkName) {
        return new Parser(new Lexer(source, chunkName)).mainFunc();
    }

    // mainfunc -> block EOS
    private FuncBody mainFunc() {
        Block block = statList();
        in.check(TokenKind.EOS);
        return new FuncBody(0, in.lastLine(), List.of(), true, block, in.line());
    }

    boolean isVararg() {
        return vararg;
    }

    // block -> statlist
    private Block block() {
        return statList();
    }

    /**
     * Counts a local variable just declared (its name read), failing as Lua does past
     * {@link #MAX_LOCALS}: "near" the token after the name. Lua also counts the hidden
     * control variables of 'for' loops.
     */
    private void declareLocal() {
        if (locals + 1 > MAX_LOCALS) {
            String where = funcLine == 0 ? "main function" : "function at line " + funcLine;
            throw in.error("too many local variables (limit is " + MAX_LOCALS + ") in " + where);
        }
        locals++;
    }

    // statlist -> {stat [';']}, with a return statement only last
    private Block statList() {
        int outerLocals = locals;
        try {
            return statements();
        } finally {
            locals = outerLocals;
        }
    }

    private Block statements() {
        List<Stat> stats = new ArrayList<>();
        while (!blockFollow(true)) {
            if (in.is(TokenKind.RETURN)) {
                statement(stats);
                break;
            }
            statement(stats);
        }
        return new Block(List.copyOf(stats));
    }

    /** Whether the current token ends a block; 'until' does only where asked. */
    private boolean blockFollow(boolean withUntil) {
        return switch (in.kind()) {
            case ELSE, ELSEIF, END, EOS -> true;
            case UNTIL -> withUntil;
            default -> false;
        };
    }

    // stat -> ';' | ifstat | whilestat | DO block END | forstat | repeatstat | funcstat
    //       | localstat | localfunc | label | retstat | BREAK | GOTO NAME | exprstat
    private void statement(List<Stat> out) {
        int line = in.line();
        in.enterLevel();
        switch (in.kind()) {
            case SEMI -> in.advance();
            case IF -> out.add(ifStat(line));
            case WHILE -> out.add(whileStat(line));
            case DO -> out.add(doStat(line));
            case FOR -> out.add(forStat(line));
            case REPEAT -> out.add(repeatStat(line));
            case FUNCTION -> out.add(funcStat(line));
            case LOCAL -> {
                in.advance();
                out.add(in.testNext(TokenKind.FUNCTION) ? localFunc(line) : localStat(line));
            }
            case DBCOLON -> labelStat(out, line);
            case RETURN -> out.add(retStat(line));
            case BREAK -> {
                in.advance();
                out.add(new Stat.Break(line));
            }
            case GOTO -> {
                in.advance();
                out.add(new Stat.Goto(line, in.checkName()));
            }
            default -> out.add(exprStat(line));
        }
        in.leaveLevel();
    }

    // ifstat -> IF cond THEN block {ELSEIF cond THEN block} [ELSE block] END
    private Stat ifStat(int line) {
        List<Expr> conds = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        List<Integer> thenLines = new ArrayList<>();
        do {
            testThenBlock(conds, blocks, thenLines);
        } while (in.is(TokenKind.ELSEIF));
        Block orElse = in.testNext(TokenKind.ELSE) ? block() : null;
        in.checkMatch(TokenKind.END, TokenKind.IF, line);
        return new Stat.If(line, List.copyOf(conds), List.copyOf(blocks), orElse, List.copyOf(thenLines));
    }

    // test_then_block -> [IF | ELSEIF] cond THEN block
    private void testThenBlock(List<Expr> conds, List<Block> blocks, List<Integer> thenLines) {
        in.advance();
        conds.add(exprs.expr());
        in.checkNext(TokenKind.THEN);
        thenLines.add(in.lastLine());
        blocks.add(block());
    }

    // whilestat -> WHILE cond DO block END
    private Stat whileStat(int line) {
        in.advance();
        Expr cond = exprs.expr();
        in.checkNext(TokenKind.DO);
        Block body = block();
        in.checkMatch(TokenKind.END, TokenKind.WHILE, line);
        return new Stat.While(line, cond, body);
    }

    // dostat -> DO block END
    private Stat doStat(int line) {
        in.advance();
        Block body = block();
        in.checkMatch(TokenKind.END, TokenKind.DO, line);
        return new Stat.Do(line, body);
    }

    // forstat -> FOR (fornum | forlist) END
    private Stat forStat(int line) {
        in.advance();
        String var = in.checkName();
        Stat loop = switch (in.kind()) {
            case ASSIGN -> forNum(line, var);
            case COMMA, IN -> forList(line, var);
            default -> throw in.error("'=' or 'in' expected");
        };
        in.checkMatch(TokenKind.END, TokenKind.FOR, line);
        return loop;
    }

    // fornum -> NAME '=' exp ',' exp [',' exp] forbody
    private Stat forNum(int line, String var) {
        int outerLocals = locals;
        for (int i = 0; i < 4; i++) declareLocal(); // 3 control variables, then var
        in.advance();
        Expr start = exprs.expr();
        in.checkNext(TokenKind.COMMA);
        Expr limit = exprs.expr();
        Expr step = in.testNext(TokenKind.COMMA) ? exprs.expr() : null;
        Block body = forBody();
        locals = outerLocals;
        return new Stat.NumericFor(line, var, start, limit, step, body);
    }

    // forlist -> NAME {',' NAME} IN explist forbody
    private Stat forList(int line, String first) {
        int outerLocals = locals;
        for (int i = 0; i < 5; i++) declareLocal(); // 4 control variables, then first
        List<String> names = new ArrayList<>();
        names.add(first);
        while (in.testNext(TokenKind.COMMA)) {
            names.add(in.checkName());
            declareLocal();
        }
        in.checkNext(TokenKind.IN);
        List<Expr> values = exprs.exprList();
        Block body = forBody();
        locals = outerLocals;
        return new Stat.GenericFor(line, List.copyOf(names), values, body);
    }

    // forbody -> DO block
    private Block forBody() {
        in.checkNext(TokenKind.DO);
        return block();
    }

    // repeatstat -> REPEAT block UNTIL cond
    private Stat repeatStat(int line) {
        in.advance();
        Block body = statList();
        in.checkMatch(TokenKind.UNTIL, TokenKind.REPEAT, line);
        return new Stat.Repeat(line, body, exprs.expr());
    }

    // funcstat -> FUNCTION funcname body
    // funcname -> NAME {'.' NAME} [':' NAME]
    private Stat funcStat(int line) {
        in.advance();
        List<String> path = new ArrayList<>();
        path.add(in.checkName());
        while (in.testNext(TokenKind.DOT)) path.add(in.checkName());
        String method = in.testNext(TokenKind.COLON) ? in.checkName() : null;
        return new Stat.FunctionStat(line, List.copyOf(path), method, funcBody(line, method != null));
    }

    // localfunc -> LOCAL FUNCTION NAME body
    private Stat localFunc(int line) {
        String name = in.checkName();
        declareLocal();
        // Lua dates the body from the token after the name.
        return new Stat.LocalFunction(line, name, funcBody(in.line(), false));
    }

    // localstat -> LOCAL NAME attrib {',' NAME attrib} ['=' explist]
    private Stat localStat(int line) {
        List<String> names = new ArrayList<>();
        List<Attrib> attribs = new ArrayList<>();
        boolean toBeClosed = false;
        do {
            names.add(in.checkName());
            declareLocal();
            Attrib attrib = attrib();
            if (attrib == Attrib.CLOSE) {
                if (toBeClosed) throw in.semanticError("multiple to-be-closed variables in local list");
                toBeClosed = true;
            }
            attribs.add(attrib);
        } while (in.testNext(TokenKind.COMMA));
        List<Expr> values = in.testNext(TokenKind.ASSIGN) ? exprs.exprList() : List.of();
        return new Stat.Local(line, List.copyOf(names), List.copyOf(attribs), values);
    }

    // attrib -> ['<' NAME '>']
    private Attrib attrib() {
        if (!in.testNext(TokenKind.LT)) return Attrib.NONE;
        String name = in.checkName();
        in.checkNext(TokenKind.GT);
        return switch (name) {
            case "const" -> Attrib.CONST;
            case "close" -> Attrib.CLOSE;
            default -> throw in.semanticError("unknown attribute '" + name + "'");
        };
    }

    // label -> '::' NAME '::'
    private void labelStat(List<Stat> out, int line) {
        in.advance();
        String name = in.checkName();
        in.checkNext(TokenKind.DBCOLON);
        out.add(new Stat.Label(line, name, in.line()));
        // Lua parses the no-op statements after a label from inside the label statement,
        // which matters only for the nesting count.
        while (in.is(TokenKind.SEMI) || in.is(TokenKind.DBCOLON)) statement(out);
    }

    // retstat -> RETURN [explist] [';']
    private Stat retStat(int line) {
        in.advance();
        List<Expr> values = blockFollow(true) || in.is(TokenKind.SEMI) ? List.of() : exprs.exprList();
        in.testNext(TokenKind.SEMI);
        return new Stat.Return(line, values);
    }

    // exprstat -> functioncall | varlist '=' explist
    private Stat exprStat(int line) {
        Expr first = exprs.suffixedExp();
        if (in.is(TokenKind.ASSIGN) || in.is(TokenKind.COMMA)) return restAssign(line, first);
        if (!(first instanceof Expr.Call || first instanceof Expr.MethodCall)) throw in.error("syntax error");
        return new Stat.CallStat(line, first);
    }

    // restassign -> {',' suffixedexp} '=' explist
    private Stat restAssign(int line, Expr first) {
        List<Expr> targets = new ArrayList<>();
        checkTarget(first);
        targets.add(first);
        // Lua recurses once per extra target, so long target lists count as nesting.
        int depth = 0;
        while (in.testNext(TokenKind.COMMA)) {
            Expr target = exprs.suffixedExp();
            in.enterLevel();
            depth++;
            checkTarget(target);
            targets.add(target);
        }
        in.checkNext(TokenKind.ASSIGN);
        List<Expr> values = exprs.exprList();
        for (; depth > 0; depth--) in.leaveLevel();
        return new Stat.Assign(line, List.copyOf(targets), values);
    }

    private void checkTarget(Expr target) {
        if (!(target instanceof Expr.Name || target instanceof Expr.Index)) throw in.error("syntax error");
    }

    // body -> '(' parlist ')' block END
    FuncBody funcBody(int line, boolean isMethod) {
        boolean enclosingVararg = vararg;
        int enclosingLocals = locals, enclosingLine = funcLine;
        locals = 0;
        funcLine = line;
        List<String> params = new ArrayList<>();
        if (isMethod) {
            params.add("self");
            locals++;
        }
        in.checkNext(TokenKind.LPAREN);
        vararg = parList(params);
        in.checkNext(TokenKind.RPAREN);
        Block body = statList();
        int endLine = in.line();
        in.checkMatch(TokenKind.END, TokenKind.FUNCTION, line);
        FuncBody f = new FuncBody(line, endLine, List.copyOf(params), vararg, body, in.line());
        vararg = enclosingVararg;
        locals = enclosingLocals;
        funcLine = enclosingLine;
        return f;
    }

    // parlist -> [{NAME ','} (NAME | '...')]; returns whether it ends in '...'
    private boolean parList(List<String> params) {
        if (in.is(TokenKind.RPAREN)) return false;
        do {
            switch (in.kind()) {
                case NAME -> {
                    params.add(in.checkName());
                    declareLocal();
                }
                case DOTS -> {
                    in.advance();
                    return true;
                }
                default -> throw in.error("<name> or '...' expected");
            }
        } while (in.testNext(TokenKind.COMMA));
        return false;
    }
}
