package org.jlua.benchmarks;

/**
 * A Lua implementation as the benchmarks see it: a script is compiled and loaded once, then
 * run many times. Implementations keep all state in the instance (one per benchmark trial).
 */
public interface ScriptEngine {

    /**
     * Compiles {@code source} as the main chunk called {@code name} (as {@code lua name args}
     * would: the global {@code arg} and the chunk's varargs hold {@code args}), in a fresh
     * state with the standard library. Output goes to a buffer, never to the console.
     *
     * @throws IllegalArgumentException if the source does not compile
     */
    void prepare(byte[] source, String name, String... args);

    /**
     * Runs the prepared chunk once more and returns what it printed during this run (the
     * script's result line, which lua5.4 prints identically), as ISO-8859-1 text.
     *
     * @throws IllegalStateException if the script raised an error
     */
    String run();
}
