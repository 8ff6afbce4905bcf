package org.jlua.compiler;

import org.jlua.ast.Expr;

/** An active local variable of the function being compiled. */
final class LocalVariable {
    final String name;
    /** Its register, or -1 for a compile-time constant. */
    final int register;
    /** True if {@link #register} holds a cell (the variable is captured and assignable). */
    final boolean inCell;
    /**
     * The register holding the cell that closures capture: the variable's own register
     * when {@link #inCell}, a second register for a captured to-be-closed variable (whose
     * own register must keep the raw value for closing), -1 when not captured.
     */
    final int cellRegister;
    /** Declared {@code <const>} or {@code <close>}: assignments are compile errors. */
    final boolean readonly;
    /** The literal of a compile-time constant, else null. */
    final Expr constant;
    /** A to-be-closed variable (or the closing value of a generic for). */
    boolean toBeClosed;
    /** One past the highest register used by this variable and those declared before it. */
    int levelAfter;
    /** Its entry in the debug information, or -1 for a compile-time constant. */
    int debugIndex = -1;

    LocalVariable(String name, int register, boolean inCell, int cellRegister, boolean readonly, Expr constant) {
        this.name = name;
        this.register = register;
        this.inCell = inCell;
        this.cellRegister = cellRegister;
        this.readonly = readonly;
        this.constant = constant;
    }

    int registerEnd() {
        return constant != null ? 0 : Math.max(register, cellRegister) + 1;
    }
}
