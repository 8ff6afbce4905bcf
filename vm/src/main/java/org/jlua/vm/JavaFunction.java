package org.jlua.vm;

/**
 * A function written in Java, called the way C functions are in Lua: its arguments are on
 * the thread's stack (read them with the {@link LuaThread} argument accessors, 1-based),
 * it pushes its results and returns how many it pushed.
 */
public abstract non-sealed class JavaFunction extends LuaFunction {
    /** The name used in messages such as "bad argument #1 to 'insert'". */
    public final String name;

    protected JavaFunction(String name) {
        this.name = name;
    }

    /** Runs the function; returns the number of results pushed on top of the stack. */
    public abstract int call(LuaThread L);

    private static final Cell[] NO_UPVALUES = {};

    /**
     * The values a C closure would hold as upvalues, for the debug library (getupvalue,
     * upvalueid); the function itself keeps its state in Java. None by default.
     */
    public Cell[] upvalues() {
        return NO_UPVALUES;
    }

    /** A Java function from a lambda. */
    public interface Body {
        int call(LuaThread L);
    }

    public static JavaFunction of(String name, Body body) {
        return new JavaFunction(name) {
            @Override
            public int call(LuaThread L) {
                return body.call(L);
            }
        };
    }

    /** A Java function from a lambda, showing {@code upvalues} (boxed values) to the debug library. */
    public static JavaFunction withUpvalues(String name, Body body, Object... upvalues) {
        Cell[] cells = new Cell[upvalues.length];
        for (int i = 0; i < cells.length; i++) cells[i] = new Cell(Values.tag(upvalues[i]), Values.bits(upvalues[i]));
        return new JavaFunction(name) {
            @Override
            public int call(LuaThread L) {
                return body.call(L);
            }

            @Override
            public Cell[] upvalues() {
                return cells;
            }
        };
    }
}
