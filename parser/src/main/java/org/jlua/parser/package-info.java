/**
 * Lua 5.4 source to AST: statements by recursive descent, expressions by Pratt binding powers.
 * Syntax errors carry lua5.4's exact messages and line numbers.
 */
package org.jlua.parser;
