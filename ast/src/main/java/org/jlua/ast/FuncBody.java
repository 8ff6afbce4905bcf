package org.jlua.ast;

import java.util.List;

/**
 * The parameters and body of a function, or of a whole chunk (no parameters, vararg).
 * {@code line} is where {@code function} stands, {@code endLine} where its {@code end} does;
 * a method's implicit {@code self} is the first parameter.
 */
public record FuncBody(int line, int endLine, List<String> params, boolean isVararg, Block block) {}
