package org.jlua.vm;

/** Thrown by {@code os.exit}: unwinds the whole state so that the embedding can end it with a status. */
public final class LuaExit extends RuntimeException {
    public final int status;

    public LuaExit(int status) {
        super(null, null, false, false);
        this.status = status;
    }
}
