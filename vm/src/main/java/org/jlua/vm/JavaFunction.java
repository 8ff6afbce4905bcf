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
}
