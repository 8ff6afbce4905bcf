/**
 * The {@code jlua} command and the embedding entry point: wires the lexer, parser,
 * constant folder and compiler to the VM, and reports uncaught errors as lua.c does.
 */
package org.jlua.cli;
