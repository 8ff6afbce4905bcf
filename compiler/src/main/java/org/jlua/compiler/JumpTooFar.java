package org.jlua.compiler;

/**
 * A conditional jump (a 16-bit offset) could not reach its target: the function is compiled
 * again with {@link FunctionState#farConditions}, in which each conditional jump goes through a
 * JMP (32 bits), as C Lua's tests are all followed by one.
 */
final class JumpTooFar extends RuntimeException {
    final int line;

    JumpTooFar(int line) {
        super(null, null, false, false);
        this.line = line;
    }
}
