package org.jlua.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jlua.vm.Disassembler;
import org.jlua.vm.LuaClosure;
import org.jlua.vm.LuaError;
import org.jlua.vm.LuaExit;
import org.jlua.vm.LuaMemoryError;
import org.jlua.vm.LuaState;
import org.jlua.vm.LuaString;
import org.jlua.vm.LuaTable;
import org.jlua.vm.LuaThread;
import org.jlua.vm.Proto;
import org.jlua.vm.ToString;
import org.jlua.vm.Traceback;
import org.jlua.vm.Values;
import org.jlua.vm.lib.PackageLib;

/**
 * The {@code jlua} command as a function: parses the arguments, runs the script with the
 * given standard streams, and returns the exit status. {@link Main} calls it with the
 * process's streams; tests call it in-process.
 *
 * Options are lua.c's ({@code -e stat}, {@code -l [g=]mod}, {@code -i}, {@code -v}, {@code -E},
 * {@code -W}, {@code --}, {@code -} for standard input; see {@link CommandLineOptions}) and jlua's
 * own {@code --dump} (list the bytecode) and {@code --no-fold} (no constant folding). The
 * interactive mode is {@link Repl}.
 */
public final class Launcher {
    /** The Java stack for the interpreter thread: deep enough for 200 nested Java-level calls and more. */
    private static final long STACK_BYTES = 1L << 30;

    private Launcher() {}

    /**
     * The process's command: its environment, and interactive when it runs on a terminal.
     * arg[-1] is the command as the user typed it, which the {@code jlua} launcher script
     * passes in the property {@code jlua.progname} (lua.c's argv[0]), so that a script can
     * start the interpreter again; "jlua" without it.
     */
    public static int run(String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr) {
        Environment env = new Environment(Path.of("").toAbsolutePath(), System.getenv(), System.console() != null,
                System.getProperty("jlua.progname", "jlua"), true);
        return run(args, env, stdin, stdout, stderr);
    }

    /**
     * As {@link #run(String[], InputStream, OutputStream, OutputStream)}, with relative file
     * names (the script, {@code io.open}, {@code require}) resolved against {@code workingDir},
     * so that in-process tests behave as if started in that directory; no LUA_INIT, and
     * standard input is not a terminal.
     */
    public static int run(String[] args, Path workingDir, InputStream stdin, OutputStream stdout,
                          OutputStream stderr) {
        return run(args, workingDir, Map.of(), false, stdin, stdout, stderr);
    }

    /**
     * The command with its environment given: {@code env} is where LUA_INIT is looked up, and
     * {@code terminal} says whether standard input is a terminal (then {@code jlua} with
     * no script and no -e or -v is interactive, as lua.c is).
     */
    public static int run(String[] args, Path workingDir, Map<String, String> env, boolean terminal,
                          InputStream stdin, OutputStream stdout, OutputStream stderr) {
        return run(args, new Environment(workingDir, env, terminal, "jlua", false), stdin, stdout, stderr);
    }

    private static int run(String[] args, Environment env, InputStream stdin, OutputStream stdout,
                           OutputStream stderr) {
        PrintStream err = stderr instanceof PrintStream ps ? ps : new PrintStream(stderr, true);
        CommandLineOptions options = CommandLineOptions.parse(args, err);
        if (options == null) return 1; // the error and the usage are printed
        Session session = new Session(options, args, env, stdin, stdout, err);
        Thread runner = new Thread(null, session, "jlua", STACK_BYTES);
        runner.start();
        try {
            runner.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return session.status;
    }

    /**
     * Where the command runs: its directory, its environment variables, whether it is
     * interactive, the name it was started by (arg[-1]), and whether it is the process's own
     * command, which handles Ctrl-C ({@link Interrupts}).
     */
    private record Environment(Path workingDir, Map<String, String> variables, boolean terminal, String progname,
                               boolean process) {}

    /** The interpreter thread's work; {@code status} is the exit status once it has run. */
    private static final class Session implements Runnable {
        private final CommandLineOptions options;
        private final String[] args;
        private final Environment env;
        private final InputStream stdin;
        private final OutputStream stdout;
        private final PrintStream err;
        int status = 1;

        Session(CommandLineOptions options, String[] args, Environment env, InputStream stdin,
                OutputStream stdout, PrintStream err) {
            this.options = options;
            this.args = args;
            this.env = env;
            this.stdin = stdin;
            this.stdout = stdout;
            this.err = err;
        }

        @Override
        public void run() {
            status = runScript(options, args, env, stdin, stdout, err);
        }
    }

    private static int runScript(CommandLineOptions options, String[] args, Environment env,
                                 InputStream stdin, OutputStream stdout, PrintStream err) {
        SourceCompiler compiler = new SourceCompiler(true);
        LuaState state = Jlua.newState(compiler, stdin, stdout, err, env.workingDir());
        compiler.fold = !options.noFold;
        // lua.c switches its state to the generational collector before running anything
        state.gcMode = "generational";
        int status = 1;
        boolean close = true;
        try {
            status = runScript(options, args, env, state, err);
        } catch (LuaExit exit) {
            status = exit.status;
            close = exit.close; // os.exit(status) without close ends at once, as exit(3) does
        } catch (RuntimeException | Error e) {
            internalError(state, err, e);
        }
        try {
            // lua_close: the remaining finalizers, then the files a script left open are
            // flushed and closed. os.exit inside a finalizer ends them, unless it closes the
            // state itself (os.exit(status, true)), which goes on with the rest, as in C Lua.
            while (close) {
                try {
                    state.close();
                    close = false;
                } catch (LuaExit exit) {
                    status = exit.status;
                    close = exit.close;
                }
            }
        } catch (RuntimeException | Error e) {
            internalError(state, err, e);
            status = 1;
        } finally {
            try {
                org.jlua.vm.lib.IoLib.close(state);
            } catch (RuntimeException ignored) {
                // a file that cannot be flushed now has nowhere to report to
            }
            state.stdout.flush();
        }
        return status;
    }

    /** A bug in jlua itself: still one line, never a Java stack trace. */
    private static void internalError(LuaState state, PrintStream err, Throwable e) {
        state.stdout.flush();
        err.println("jlua: internal error: " + e);
        err.flush();
    }

    /** lua.c's order: version, LUA_INIT, -e and -l in turn, the script, then interactive mode. */
    private static int runScript(CommandLineOptions options, String[] args, Environment env, LuaState state,
                                 PrintStream err) {
        LuaThread L = state.mainThread;
        if (env.process()) Interrupts.install(L);
        List<String> rest = options.scriptAndArgs;
        // without a script the interpreter's name is arg[0] and its options follow, as in lua.c
        int scriptIndex = rest.isEmpty() ? -1 : args.length - rest.size();
        if (options.version || options.interactive) printVersion(state); // -i shows it too, as in lua.c
        if (options.ignoreEnv) PackageLib.useDefaultPaths(state);
        state.globals.rawSet("arg", argTable(args, scriptIndex, env.progname()));
        state.warningsOn = options.warnings;
        if (!options.ignoreEnv && !runInit(L, env.variables(), err)) return 1;
        for (String action : options.actions) {
            String text = action.substring(1);
            if (action.charAt(0) == 'e') {
                if (!runChunk(L, text.getBytes(StandardCharsets.UTF_8), "=(command line)", false, err)) return 1;
            } else if (!requireLibrary(L, utf8Bytes(text), err)) {
                return 1;
            }
        }
        if (!rest.isEmpty() && !runFile(L, rest.get(0), true, options.dump, err)) return 1;
        if (options.interactive) {
            return new Repl(L, err, !env.terminal()).run() ? 0 : 1;
        } else if (rest.isEmpty() && options.actions.isEmpty() && !options.version) {
            if (!env.terminal()) return runFile(L, "-", false, options.dump, err) ? 0 : 1;
            printVersion(state);
            return new Repl(L, err, false).run() ? 0 : 1;
        }
        return 0;
    }

    private static void printVersion(LuaState state) {
        state.stdout.println("jlua 0.1 (Lua 5.4)");
        state.stdout.flush();
    }

    /**
     * LUA_INIT_5_4, else LUA_INIT: "@file" runs that file, anything else runs as a chunk
     * named "=LUA_INIT". Skipped under -E.
     */
    private static boolean runInit(LuaThread L, Map<String, String> env, PrintStream err) {
        String name = "LUA_INIT_5_4";
        String init = env.get(name);
        if (init == null) {
            name = "LUA_INIT";
            init = env.get(name);
        }
        if (init == null) return true;
        if (init.startsWith("@")) return runFile(L, init.substring(1), false, false, err);
        return runChunk(L, init.getBytes(StandardCharsets.UTF_8), "=" + name, false, err);
    }

    /**
     * -l mod: {@code mod = require("mod")}; -l g=mod: {@code g = require("mod")}. require is
     * called directly, as lua.c does, so its errors carry no chunk position.
     */
    private static boolean requireLibrary(LuaThread L, String spec, PrintStream err) {
        int eq = spec.indexOf('=');
        String global = eq < 0 ? spec : spec.substring(0, eq);
        String module = eq < 0 ? spec : spec.substring(eq + 1);
        Call call = docall(L, L.state.globals.rawGet("require"), LuaString.valueOf(module));
        if (call.error() != null) return report(L, call.error(), err);
        L.state.globals.rawSet(global, call.results().length > 0 ? call.results()[0] : null);
        return true;
    }

    /** arg[0] is the script; the interpreter and its options get negative indexes, as lua.c does. */
    private static LuaTable argTable(String[] args, int scriptIndex, String progname) {
        LuaTable arg = new LuaTable();
        arg.rawSet((long) -(scriptIndex + 1), LuaString.valueOf(utf8Bytes(progname)));
        for (int i = 0; i < args.length; i++) {
            arg.rawSet((long) (i - scriptIndex), LuaString.valueOf(utf8Bytes(args[i])));
        }
        return arg;
    }

    /** A Java string's UTF-8 bytes, one char per byte, as LuaString.valueOf expects. */
    static String utf8Bytes(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /**
     * Runs a file, or standard input for "-", source or binary chunk (after a '#' first line
     * too), as luaL_loadfile reads it; the script named on the command line gets the
     * script's arguments.
     */
    private static boolean runFile(LuaThread L, String script, boolean isScript, boolean dump, PrintStream err) {
        String[] error = new String[1];
        Proto p;
        try {
            p = PackageLib.compileFile(L, script.equals("-") ? null : utf8Bytes(script), "bt", error);
        } catch (StackOverflowError e) {
            return report(L, "stack overflow", err);
        }
        if (p == null) return report(L, error[0], err);
        if (dump) {
            L.state.stdout.print(Disassembler.listing(p));
            return true;
        }
        return run(L, L.state.closeMain(p, L.state.globals, 0), isScript, err);
    }

    /** Compiles and runs one chunk of source; on error reports it as lua.c does and returns false. */
    private static boolean runChunk(LuaThread L, byte[] source, String chunkName, boolean isScript, PrintStream err) {
        LuaClosure f;
        try {
            f = L.state.load(source, chunkName);
        } catch (LuaError e) {
            return report(L, messageOf(L, e), err);
        } catch (StackOverflowError e) {
            return report(L, "stack overflow", err);
        }
        return run(L, f, isScript, err);
    }

    /**
     * Runs a loaded chunk; on error reports it as lua.c does and returns false. The script
     * gets the script's arguments as its varargs, the others none.
     */
    private static boolean run(LuaThread L, LuaClosure f, boolean isScript, PrintStream err) {
        Object[] args = new Object[0];
        if (isScript) {
            args = scriptArguments(L);
            if (args == null) return report(L, "'arg' is not a table", err); // as lua.c: no traceback
        }
        Call call = docall(L, f, args);
        return call.error() == null || report(L, call.error(), err);
    }

    /**
     * The script's arguments, read from the table arg when it starts (lua.c's pushargs): so
     * what a -e option did to arg[1] is what the script gets in {@code ...}. Null when arg is
     * not a table. (lua.c takes #arg with __len; arg's raw length is taken here.)
     */
    private static Object[] scriptArguments(LuaThread L) {
        if (!(L.state.globals.rawGet("arg") instanceof LuaTable arg)) return null;
        int n = (int) Math.min(Math.max(arg.length(), 0), Integer.MAX_VALUE - 8);
        Object[] args = new Object[n];
        for (int i = 0; i < n; i++) args[i] = arg.rawGetInt(i + 1);
        return args;
    }

    /** What a call gave: its results, or, when it raised an error, the report of it. */
    record Call(Object[] results, String error) {}

    /**
     * Calls {@code fn} as lua.c's docall does: an error becomes what its message handler
     * makes of it (the message and a traceback, see {@link MessageHandler}), made before the
     * stack is unwound.
     */
    static Call docall(LuaThread L, Object fn, Object... args) {
        int depth = L.depth();
        try {
            return new Call(L.callBoxed(fn, args), null);
        } catch (LuaMemoryError e) {
            return new Call(null, "not enough memory"); // as lua.c, without a traceback
        } catch (LuaError e) {
            return new Call(null, MessageHandler.report(L, e));
        } catch (StackOverflowError e) {
            return new Call(null, Traceback.of(L, "stack overflow", 0));
        } finally {
            L.unwindForEmbedding(depth);
        }
    }

    /**
     * The message of an error reported without a traceback (a syntax error, say): strings and
     * numbers as they are, else __tostring, else the type.
     */
    static String messageOf(LuaThread L, LuaError e) {
        Object v = e.value();
        if (v instanceof LuaString || v instanceof Long || v instanceof Double) {
            return Values.toLuaString(Values.tag(v), Values.bits(v)).toString();
        }
        String byToString = byToString(L, v);
        return byToString != null ? byToString : "(error object is a " + Values.typeName(Values.tag(v)) + " value)";
    }

    /** The error object's {@code __tostring} result, or null when it has none or it fails. */
    private static String byToString(LuaThread L, Object v) {
        if (v instanceof LuaString || v instanceof Long || v instanceof Double) return null;
        try {
            if (L.state.metatableOf(Values.tag(v)) != null
                    && org.jlua.vm.Metamethods.of(L.state, Values.tag(v), org.jlua.vm.Event.TOSTRING) != null) {
                return ToString.of(L, Values.tag(v), Values.bits(v)).toString();
            }
        } catch (LuaError ignored) {
            // no usable __tostring: the caller names the type
        }
        return null;
    }

    private static boolean report(LuaThread L, String message, PrintStream err) {
        L.state.stdout.flush();
        byte[] bytes = ("jlua: " + message + "\n").getBytes(StandardCharsets.ISO_8859_1);
        err.write(bytes, 0, bytes.length);
        err.flush();
        return false;
    }
}
