package org.jlua.vm;

/** Thrown by {@code os.exit}: unwinds the whole state so that the embedding can end it with a status. */
public final class LuaExit extends RuntimeException {
    public final int status;
    /** os.exit's second argument: close the state (run the pending finalizers) before exiting. */
    public final boolean close;

    public LuaExit(int status, boolean close) {
        super(null, null, false, false);
        this.status = status;
        this.close = close;
    }
}
