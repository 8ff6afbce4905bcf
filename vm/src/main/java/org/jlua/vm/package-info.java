/**
 * The Lua virtual machine: values, tables, function prototypes, the dispatch loop and the
 * standard library. It knows nothing of source code; {@code load} reaches the compiler
 * through an interface that the embedding (cli) provides.
 */
package org.jlua.vm;
