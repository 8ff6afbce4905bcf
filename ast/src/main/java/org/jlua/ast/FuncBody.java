package org.jlua.ast;

import java.util.List;

/**
 * The parameters and body of a function, or of a whole chunk (no parameters, vararg).
 * {@code line} is where {@code function} stands, {@code endLine} where its {@code end} does;
 * a method's implicit {@code self} is the first parameter. {@code closeLine} is the line the
 * lexer had reached when the function closed (past {@code end} and the token after it, or at
 * the end of the chunk): Lua reports gotos without a label there.
 */
public record FuncBody(int line, int endLine, List<String> params, boolean isVararg, Block block, int closeLine) {
    /** A function whose close line is its end line. */
    public FuncBody(int line, int endLine, List<String> params, boolean isVararg, Block block) {
        this(line, endLine, params, isVararg, block, endLine);
    }
}
