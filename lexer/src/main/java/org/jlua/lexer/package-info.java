/**
 * The lexer: Lua source bytes to tokens, on demand, each with its line and column.
 * Start at {@link org.jlua.lexer.Lexer}; numerals are converted by {@code org.jlua.vm.Numerals}.
 */
package org.jlua.lexer;
