package org.jlua.compiler;

import java.util.Arrays;

/** Jump instructions whose common target is not known yet: their pcs, patched together. */
final class JumpList {
    private int[] pcs = new int[4];
    private int size;

    void add(int pc) {
        if (size == pcs.length) pcs = Arrays.copyOf(pcs, size * 2);
        pcs[size++] = pc;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void patchTo(CodeBuffer code, int target, int line) {
        for (int i = 0; i < size; i++) code.patchJump(pcs[i], target, line);
        size = 0;
    }

    void patchHere(CodeBuffer code, int line) {
        patchTo(code, code.pc(), line);
    }
}
