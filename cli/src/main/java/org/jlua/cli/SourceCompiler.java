package org.jlua.cli;

import org.jlua.ast.FuncBody;
import org.jlua.compiler.Compiler;
import org.jlua.optimizer.ConstantFolder;

import org.jlua.parser.Parser;
import org.jlua.vm.ChunkLoader;
import org.jlua.vm.Proto;

/** The VM's way to the compiler: parse, fold constants (unless turned off), compile. */
final class SourceCompiler implements ChunkLoader {
    /** Set by the launcher once the options are read, before anything is compiled. */
    boolean fold;

    SourceCompiler(boolean fold) {
        this.fold = fold;
    }

    @Override
    public Proto compile(byte[] source, String chunkName) {
        FuncBody chunk = Parser.parse(source, chunkName);
        if (fold) chunk = ConstantFolder.fold(chunk);
        return Compiler.compile(chunk, chunkName);
    }
}
