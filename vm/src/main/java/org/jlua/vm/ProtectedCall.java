package org.jlua.vm;

/**
 * pcall and xpcall. Called from Lua code, the dispatch loop handles them itself (see
 * {@link Frame#PROTECTED}); called from Java, they protect the call with a Java try.
 */
public final class ProtectedCall extends JavaFunction {
    /** True for xpcall: the second argument is the message handler. */
    final boolean withHandler;

    public ProtectedCall(String name, boolean withHandler) {
        super(name);
        this.withHandler = withHandler;
    }

    @Override
    public int call(LuaThread L) {
        if (withHandler) {
            L.checkType(2, "function");
            Object handler = L.arg(2);
            int f = L.argIndex(1);
            int nargs = L.nargs() - 2;
            System.arraycopy(L.stack, f + 2, L.stack, f + 1, nargs);
            System.arraycopy(L.nstack, f + 2, L.nstack, f + 1, nargs);
            L.top--;
            return L.protectedCall(f, nargs, handler);
        }
        L.checkAny(1);
        return L.protectedCall(L.argIndex(1), L.nargs() - 1, null);
    }
}
