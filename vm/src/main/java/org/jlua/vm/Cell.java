package org.jlua.vm;

/**
 * The storage of a local variable that an inner function captures: the variable's value
 * pair moves here so that the declaring function and every closure share it (Lua's
 * upvalues). A closed-over loop variable gets a new cell per iteration.
 */
public final class Cell {
    public Object o;
    public long n;

    public Cell(Object o, long n) {
        this.o = o;
        this.n = n;
    }
}
