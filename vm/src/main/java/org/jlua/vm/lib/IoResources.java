package org.jlua.vm.lib;

import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The open files of one state. A file that becomes unreachable without being closed is
 * flushed and closed by a cleaner, as Lua's {@code __gc} would; the ones still open when
 * the state ends are closed by {@link #releaseAll}, as {@code lua_close} does.
 */
final class IoResources {
    private final Set<LuaFile> live = Collections.newSetFromMap(new WeakHashMap<>());
    /** Created with the first file: it owns a thread. */
    private Cleaner cleaner;

    /**
     * Tracks {@code file}, whose {@code release} action must not refer to it. Returns the
     * action to run when the file is closed: it releases at most once.
     */
    synchronized Runnable track(LuaFile file, Runnable release) {
        if (cleaner == null) cleaner = Cleaner.create();
        live.add(file);
        Cleaner.Cleanable cleanable = cleaner.register(file, release);
        return cleanable::clean;
    }

    /** Also tracks a file that needs no cleaner (a standard file), so that it is flushed at the end. */
    synchronized void trackStandard(LuaFile file) {
        live.add(file);
    }

    /** Releases every file still open. */
    void releaseAll() {
        List<LuaFile> files;
        synchronized (this) {
            files = new ArrayList<>(live);
            live.clear();
        }
        for (LuaFile f : files) f.releaseAtExit();
    }
}
