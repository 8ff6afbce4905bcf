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

    /** A Java function's body, as a lambda. */
    public interface Body {
        int call(LuaThread L);
    }

    /**
     * A Java function from a lambda, for embedders and tests. The standard library does not
     * use it: every lambda expression links an invokedynamic call site the first time it is
     * evaluated, which costs start-up time, so its functions are plain classes.
     */
    public static JavaFunction of(String name, Body body) {
        return new JavaFunction(name) {
            @Override
            public int call(LuaThread L) {
                return body.call(L);
            }
        };
    }
}
