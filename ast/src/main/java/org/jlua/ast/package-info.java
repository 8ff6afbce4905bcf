/**
 * The abstract syntax tree of a Lua 5.4 chunk: immutable records under sealed interfaces.
 * The parser builds it, the optimizer rewrites it, the compiler turns it into prototypes.
 */
package org.jlua.ast;
