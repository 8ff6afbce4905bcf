package org.jlua.compiler;

import org.jlua.ast.Expr;

/** Where a name lives, as the compiler resolved it at one point of the code. */
sealed interface VarRef {
    /** A local whose value is in a register of the current function. */
    record Register(LocalVariable var) implements VarRef {}

    /** A captured local: its register holds the {@link org.jlua.vm.Cell} with the value. */
    record InCell(LocalVariable var) implements VarRef {}

    /** An upvalue of the current function. */
    record Upvalue(int index, String name, boolean readonly) implements VarRef {}

    /** A compile-time constant: uses compile to its literal. */
    record Constant(Expr value, String name) implements VarRef {}

    /** A free name: a field of _ENV. */
    record Global(String name) implements VarRef {}
}
