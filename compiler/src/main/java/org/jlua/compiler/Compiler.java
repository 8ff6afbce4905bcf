package org.jlua.compiler;

import org.jlua.ast.FuncBody;
import org.jlua.vm.Proto;

/**
 * The compiler's entry point: a chunk's syntax tree to the prototype of its main function.
 *
 * A resolver pass first finds the local variables that inner functions capture; then each
 * function is compiled in one walk, statements by {@link StatCompiler}, expressions by
 * {@link ExprCompiler} (values) and {@link CondCompiler} (jumps), every instruction going
 * through {@link CodeBuffer#emit}. Compile errors are {@link org.jlua.vm.LuaError}s with
 * lua5.4's messages.
 */
public final class Compiler {
    private Compiler() {
    }

    /**
     * Compiles a chunk. {@code source} is Lua's source name ("@file.lua", "=stdin", or the
     * chunk's text), used in messages and debug information. The main function takes no
     * parameters, is vararg and has one upvalue, _ENV.
     */
    public static Proto compile(FuncBody chunk, String source) {
        return FunctionCompiler.compileMain(chunk, source, Resolver.resolve(chunk));
    }
}
