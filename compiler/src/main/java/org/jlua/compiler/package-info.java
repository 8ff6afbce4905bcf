/**
 * The bytecode compiler: turns a chunk's syntax tree into function prototypes
 * ({@link org.jlua.vm.Proto}) for the VM. Start reading at {@link org.jlua.compiler.Compiler}.
 */
package org.jlua.compiler;
