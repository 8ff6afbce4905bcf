package org.jlua.cli;

import org.jlua.vm.LuaThread;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) as lua.c handles it. While Lua code runs (a script, a -e statement, a
 * line of the interactive mode), a SIGINT stops it with the error "interrupted!", which a
 * pcall can catch. One that comes while nothing runs, or while the last one is still
 * waiting to be taken (the program is inside a long string.find, say), has the signal's
 * default action: the process ends, its output flushed first.
 *
 * lua.c gets the same by setting its handler around each call and putting the default
 * back when the handler runs; here the handler stays, and asks the thread whether it runs
 * and whether an interrupt is pending. Only the process's command installs it (a signal
 * handler belongs to the whole JVM, not to a state); the in-process entry points of
 * {@link Launcher} run without it.
 */
final class Interrupts implements SignalHandler {
    private static final Signal INT = new Signal("INT");

    private final LuaThread L;

    private Interrupts(LuaThread L) {
        this.L = L;
    }

    /** Installs the handler for the state whose main thread is {@code L}. */
    static void install(LuaThread L) {
        try {
            Signal.handle(INT, new Interrupts(L));
        } catch (IllegalArgumentException e) {
            // the JVM does not let SIGINT be handled (-Xrs): Ctrl-C keeps ending the process
        }
    }

    @Override
    public void handle(Signal signal) {
        if (L.depth() > 0 && !L.interruptPending()) {
            L.interrupt();
            return;
        }
        L.state.stdout.flush();
        // the default action: end by the signal itself, which the JVM cannot raise once it
        // no longer handles it, so through kill(1); else with the status a shell gives that
        Signal.handle(INT, SignalHandler.SIG_DFL);
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(ProcessHandle.current().pid())).start().waitFor();
            Thread.sleep(1000);
        } catch (java.io.IOException | InterruptedException e) {
            // no kill command: the status alone
        }
        Runtime.getRuntime().halt(128 + 2);
    }
}
