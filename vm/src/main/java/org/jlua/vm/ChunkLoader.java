package org.jlua.vm;

/**
 * How the VM reaches the compiler: the embedding (cli) supplies one, so that {@code load},
 * {@code loadfile}, {@code dofile} and {@code require} work while the VM knows nothing of
 * source code.
 */
public interface ChunkLoader {
    /**
     * Compiles {@code source} (Lua source bytes) into the prototype of a main chunk.
     * {@code chunkName} is Lua's source name ("@file.lua", "=stdin", or the text itself).
     * Syntax errors are raised as {@link LuaError}s carrying Lua's message.
     */
    Proto compile(byte[] source, String chunkName);
}
