package org.jlua.compiler;

/** A block being compiled: where its variables, labels and pending gotos begin. */
final class BlockScope {
    final BlockScope previous;
    /** Active variables when the block was entered. */
    final int nactvar;
    /** A loop: {@code break} jumps to its end. */
    final boolean isLoop;
    final int firstLabel;
    final int firstGoto;
    /** A to-be-closed variable was declared here: leaving the block must close it. */
    boolean hasToBeClosed;

    BlockScope(BlockScope previous, int nactvar, boolean isLoop, int firstLabel, int firstGoto) {
        this.previous = previous;
        this.nactvar = nactvar;
        this.isLoop = isLoop;
        this.firstLabel = firstLabel;
        this.firstGoto = firstGoto;
    }
}
