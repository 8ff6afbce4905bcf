package org.jlua.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code jlua} command line, run in-process. Expected outputs are what {@code lua5.4}
 * prints for the same arguments (jlua's own options, --no-fold and --dump, aside).
 */
class LauncherTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {}

    private Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Launcher.run(args, dir, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.ISO_8859_1)),
                out, err);
        return new Run(status, out.toString(StandardCharsets.ISO_8859_1), err.toString(StandardCharsets.ISO_8859_1));
    }

    private void script(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.ISO_8859_1);
    }

    @Test
    void executesEachStatementInOrder() {
        Run r = run("", "-e", "print(1)", "-e", "print(2)");
        assertEquals(new Run(0, "1\n2\n", ""), r);
    }

    @Test
    void requiresLibrariesBetweenStatementsInCommandLineOrder() {
        // lua5.4 -e "x=1" -l string -e "print(x, type(string))"
        assertEquals(new Run(0, "1\ttable\n", ""), run("", "-e", "x=1", "-l", "string", "-e", "print(x, type(string))"));
    }

    @Test
    void theScriptGetsItsArgumentsAndArgTable() throws IOException {
        script("args.lua", "print(#arg, arg[0], arg[1], arg[2], ...)");
        // options after the script name are the script's, as in lua5.4
        assertEquals(new Run(0, "2\targs.lua\ta\t-e\ta\t-e\n", ""), run("", "args.lua", "a", "-e"));
    }

    @Test
    void theInterpreterAndItsOptionsHaveNegativeIndexes() throws IOException {
        script("neg.lua", "print(arg[-1], arg[-2], arg[-3])");
        assertEquals(new Run(0, "1\nprint(1)\t-e\tjlua\n", ""), run("", "-e", "print(1)", "neg.lua"));
    }

    @Test
    void theScriptsArgumentsAreReadFromArgWhenItStarts() throws IOException {
        script("dots.lua", "print(...)");
        // lua5.4 -e "arg[1] = 100; arg[3] = 'z'" dots.lua a b; echo "print(...)" | lua5.4 -e "arg[1] = 100" -
        assertEquals(new Run(0, "100\tb\tz\n", ""), run("", "-e", "arg[1] = 100; arg[3] = 'z'", "dots.lua", "a", "b"));
        assertEquals(new Run(0, "100\n", ""), run("print(...)", "-e", "arg[1] = 100", "-"));
        // lua5.4 -e "arg = 1" dots.lua a: lua.c's message, without a traceback
        assertEquals(new Run(1, "", "jlua: 'arg' is not a table\n"), run("", "-e", "arg = 1", "dots.lua", "a"));
    }

    @Test
    void debugDebugRunsLinesOfStandardInputUntilCont() {
        // printf "x = 5\nerror('boom')\n+\ncont\nrest\n" | lua5.4 -e "debug.debug() print('after', x) print(io.read('l'))"
        assertEquals(new Run(0, "after\t5\nrest\n", "lua_debug> lua_debug> (debug command):1: boom\n"
                        + "lua_debug> (debug command):1: unexpected symbol near '+'\nlua_debug> "),
                run("x = 5\nerror('boom')\n+\ncont\nrest\n", "-e", "debug.debug() print('after', x) print(io.read('l'))"));
        // at the end of the input: one prompt, and on
        assertEquals(new Run(0, "after\n", "lua_debug> "), run("", "-e", "debug.debug() print('after')"));
    }

    @Test
    void withoutAScriptTheInterpreterIsArgZero() {
        // lua5.4 -e "print(arg[0], arg[1], arg[2], arg[-1], #arg)" -e ""
        assertEquals(new Run(0, "jlua\t-e\tprint(arg[0], arg[1], arg[2], arg[-1], #arg)\tnil\t4\n", ""),
                run("", "-e", "print(arg[0], arg[1], arg[2], arg[-1], #arg)", "-e", ""));
    }

    @Test
    void aDashReadsTheScriptFromStandardInput() {
        assertEquals(new Run(0, "p\tq\n", ""), run("print(...)", "-", "p", "q"));
    }

    @Test
    void noScriptAndNoStatementReadsStandardInput() {
        assertEquals(new Run(0, "42\n", ""), run("print(42)"));
    }

    @Test
    void aRuntimeErrorIsReportedWithTracebackAndStatusOne() {
        Run r = run("", "-e", "io.write('before') error('boom')");
        assertEquals(1, r.status());
        assertEquals("before", r.out()); // output written before the error is not lost
        assertTrue(r.err().startsWith("jlua: (command line):1: boom\nstack traceback:\n"), r.err());
    }

    @Test
    void aSyntaxErrorIsReportedWithStatusOne() {
        assertEquals(new Run(1, "", "jlua: (command line):1: unexpected symbol near '+'\n"), run("", "-e", "+"));
    }

    @Test
    void aMissingScriptIsReported() {
        assertEquals(new Run(1, "", "jlua: cannot open nosuch.lua: No such file or directory\n"), run("", "nosuch.lua"));
    }

    @Test
    void aScriptThatCannotBeReadIsReportedWithTheReason() throws IOException {
        // mkdir adir; lua5.4 adir
        Files.createDirectory(dir.resolve("adir"));
        assertEquals(new Run(1, "", "jlua: cannot read adir: Is a directory\n"), run("", "adir"));
    }

    @Test
    void osExitSetsTheStatus() {
        assertEquals(new Run(3, "", ""), run("", "-e", "os.exit(3)"));
    }

    @Test
    void anUnknownOptionPrintsTheUsageAndFails() {
        for (String bad : new String[] {"-x", "-vx", "--x", "-ix"}) {
            Run r = run("", bad);
            assertEquals(1, r.status());
            assertEquals("", r.out());
            assertTrue(r.err().startsWith("jlua: unrecognized option '" + bad + "'\n"
                    + "usage: jlua [options] [script [args]]\nAvailable options are:\n  -e stat   execute string 'stat'\n"),
                    r.err());
        }
    }

    @Test
    void theUsageIsLuaCsWithJluasOwnOptionsLast() {
        // lua5.4 -x, with "lua5.4" read as "jlua"
        String lua = """
                jlua: unrecognized option '-x'
                usage: jlua [options] [script [args]]
                Available options are:
                  -e stat   execute string 'stat'
                  -i        enter interactive mode after executing 'script'
                  -l mod    require library 'mod' into global 'mod'
                  -l g=mod  require library 'mod' into global 'g'
                  -v        show version information
                  -E        ignore environment variables
                  -W        turn warnings on
                  --        stop handling options
                  -         stop handling options and execute stdin
                """;
        String jluaOwn = """
                  --no-fold turn constant folding off
                  --dump    list the compiled bytecode of 'script' instead of running it
                """;
        assertEquals(new Run(1, "", lua + jluaOwn), run("", "-x"));
    }

    @Test
    void aDoubleDashEndsTheOptions() throws IOException {
        script("s.lua", "print(...)");
        // lua5.4 -- s.lua a -e; lua5.4 -e "print(arg[-1], arg[-2], arg[0])" -- s.lua x
        assertEquals(new Run(0, "a\t-e\n", ""), run("", "--", "s.lua", "a", "-e"));
        assertEquals(new Run(0, "--\tprint(arg[-1], arg[-2], arg[0])\ts.lua\nx\n", ""),
                run("", "-e", "print(arg[-1], arg[-2], arg[0])", "--", "s.lua", "x"));
    }

    @Test
    void anOptionWithoutItsValueFails() {
        // lua5.4 -e; lua5.4 -e -x; lua5.4 -l
        for (String[] args : new String[][] {{"-e"}, {"-e", "-x"}, {"-l"}}) {
            Run r = run("", args);
            assertEquals(1, r.status());
            assertTrue(r.err().startsWith("jlua: '" + args[0] + "' needs argument\nusage: jlua "), r.err());
        }
    }

    @Test
    void aValueMayBeWrittenAgainstItsOption() {
        // lua5.4 -eprint(1) -lstring -e "print(type(string))"
        assertEquals(new Run(0, "1\ntable\n", ""), run("", "-eprint(1)", "-lstring", "-e", "print(type(string))"));
    }

    @Test
    void aLibraryMayGoIntoAnotherGlobal() {
        // lua5.4 -l s=string -e "print(s == string)"
        assertEquals(new Run(0, "true\n", ""), run("", "-l", "s=string", "-e", "print(s == string)"));
    }

    @Test
    void aMissingLibraryIsRequiresErrorWithoutAChunkPosition() {
        Run r = run("", "-l", "nosuchmodule");
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("jlua: module 'nosuchmodule' not found:\n\tno field package.preload['nosuchmodule']\n"),
                r.err());
        assertTrue(r.err().endsWith("stack traceback:\n\t[C]: in function 'require'\n\t[C]: in ?\n"), r.err());
    }

    @Test
    void anErrorObjectWithToStringIsReportedByItAloneWithoutTraceback() {
        assertEquals(new Run(1, "", "jlua: TS\n"),
                run("", "-e", "error(setmetatable({}, {__tostring = function() return 'TS' end}))"));
    }

    @Test
    void aScriptMayBeABinaryChunkAfterAFirstLineComment() {
        // as lua5.4 runs the same two commands (upstream main.lua); the chunk is jlua's own dump
        assertEquals(new Run(0, "", ""), run("", "-e",
                "local f = io.open('bin.lua', 'wb') f:write('#comment\\n' .. string.dump(load('print(3)'))) f:close()"));
        assertEquals(new Run(0, "3\n", ""), run("", "bin.lua"));
    }

    @Test
    void theMessageHandlerRunsOnTopOfTheFailedCall() {
        // as lua5.4 -e "..." reports each (upstream main.lua): __tostring is level 1, the
        // handler 2, error 3, and the chunk that called it 4
        assertEquals(new Run(1, "", "jlua: 1\n"), run("", "-e",
                "error(setmetatable({}, {__tostring = function() return tostring(debug.getinfo(4).currentline) end}))"));
        // an error inside __tostring is handled in turn, with the handler's frame ("[C]: in ?")
        assertEquals(new Run(1, "", """
                jlua: (command line):1: inner
                stack traceback:
                	[C]: in function 'error'
                	(command line):1: in function <(command line):1>
                	[C]: in ?
                	[C]: in function 'error'
                	(command line):1: in main chunk
                	[C]: in ?
                """), run("", "-e", "error(setmetatable({}, {__tostring = function() error('inner') end}))"));
        // a __tostring that gives no string: the type, with a traceback
        assertEquals(new Run(1, "", """
                jlua: (error object is a table value)
                stack traceback:
                	[C]: in function 'error'
                	(command line):1: in main chunk
                	[C]: in ?
                """), run("", "-e", "error(setmetatable({}, {__tostring = function() return 42 end}))"));
        // one that always fails nests until C Lua's C stack limit, which is then reported
        Run r = run("", "-e", "error(setmetatable({}, {__tostring = function(e) error(e) end}))");
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("jlua: C stack overflow\nstack traceback:\n"), r.err());
    }

    private Run runWithEnv(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Launcher.run(args, dir, env, false, new ByteArrayInputStream(new byte[0]), out, err);
        return new Run(status, out.toString(StandardCharsets.ISO_8859_1), err.toString(StandardCharsets.ISO_8859_1));
    }

    @Test
    void luaInitRunsFirstUnlessE() throws IOException {
        // LUA_INIT='x = 5' lua5.4 -e "print(x)", and so on
        assertEquals(new Run(0, "5\n", ""), runWithEnv(Map.of("LUA_INIT", "x = 5"), "-e", "print(x)"));
        assertEquals(new Run(0, "6\n", ""),
                runWithEnv(Map.of("LUA_INIT_5_4", "x = 6", "LUA_INIT", "x = 5"), "-e", "print(x)"));
        assertEquals(new Run(0, "nil\n", ""), runWithEnv(Map.of("LUA_INIT", "x = 5"), "-E", "-e", "print(x)"));
        script("init.lua", "print('from file', x)");
        assertEquals(new Run(0, "from file\tnil\n1\n", ""), runWithEnv(Map.of("LUA_INIT", "@init.lua"), "-e", "print(1)"));
    }

    @Test
    void optionEIgnoresLuaPathAndLuaCpath() throws IOException, InterruptedException {
        // the paths are read from the process's environment: new processes, with and without -E
        // (which counts for the whole command, wherever it is: lua5.4 -e ... -E)
        assertEquals("p/?.lua\tc/?.so\n", processWithPaths("-e", "print(package.path, package.cpath)"));
        String ignored = processWithPaths("-e", "print(package.path, package.cpath)", "-E");
        assertTrue(ignored.startsWith("/usr/local/share/lua/5.4/?.lua;") && ignored.contains("\t/usr/local/lib/lua/5.4/?.so;"),
                ignored);
    }

    @Test
    void runningOutOfMemoryIsAnErrorPcallCatches() throws IOException, InterruptedException {
        // The same as (ulimit -v 60000; lua5.4 -e "$grow; ..."): the memory error is an
        // ordinary error value that pcall catches, xpcall without calling its handler, and a
        // coroutine's resume; the program goes on once the garbage is gone.
        String grow = "local function grow() local t = {} for i = 1, 1e9 do t[i] = {i} end end ";
        assertEquals(new Run(0, """
                false	not enough memory
                false	not enough memory
                false	not enough memory
                false	not enough memory
                true	co done
                still running
                """, ""), smallHeapProcess("-e", grow
                + "print(pcall(grow)) "
                + "print(pcall(function() grow() end)) "
                + "print(xpcall(grow, function(m) return 'handled: ' .. m end)) "
                + "print(coroutine.resume(coroutine.create(grow))) "
                + "print(coroutine.resume(coroutine.create(function() assert(not pcall(grow)) return 'co done' end))) "
                + "print('still running')"));
        // unprotected: lua.c's report, without a traceback; what was written before is kept
        assertEquals(new Run(1, "before ", "jlua: not enough memory\n"),
                smallHeapProcess("-e", grow + "io.write('before ') grow()"));
    }

    @Test
    void aTableThatRunsOutOfMemoryWhileGrowingKeepsItsEntries() throws IOException, InterruptedException {
        // (ulimit -v 60000; lua5.4 -e "...") prints the same; jlua's table used to install its
        // new hash part before all of it was made, and lost every entry
        assertEquals(new Run(0, "false\tnot enough memory\ntrue\t1\nafter\n", ""), smallHeapProcess("-e",
                "t = {} print(pcall(function() for i = 1, 1e9 do t['k' .. i] = i end end)) "
                + "local n = 0 for k, v in pairs(t) do n = n + 1 end print(n > 0, t.k1) t = nil print('after')"));
    }

    private static Run smallHeapProcess(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        // the outputs are small: read one, then the other
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        return new Run(p.waitFor(), out, err);
    }

    @Test
    void aDoubleSemicolonInLuaPathStandsForTheDefaultPath() throws IOException, InterruptedException {
        String print = "io.write(package.path)";
        String def = processWithEnv(Map.of(), "-E", "-e", print);
        // what lua5.4 prints for each LUA_PATH, its default path read as jlua's
        assertEquals(def, processWithEnv(Map.of("LUA_PATH", ";;"), "-e", print));
        assertEquals("a;" + def, processWithEnv(Map.of("LUA_PATH", "a;;"), "-e", print));
        assertEquals(def + ";b", processWithEnv(Map.of("LUA_PATH", ";;b"), "-e", print));
        assertEquals("a;" + def + ";b;;c", processWithEnv(Map.of("LUA_PATH", "a;;b;;c"), "-e", print));
        assertEquals(";", processWithEnv(Map.of("LUA_PATH", ";"), "-e", print));
        assertEquals("x;" + def, processWithEnv(Map.of("LUA_PATH_5_4", "x;;", "LUA_PATH", "y"), "-e", print));
    }

    private static String processWithPaths(String... args) throws IOException, InterruptedException {
        return processWithEnv(Map.of("LUA_PATH", "p/?.lua", "LUA_CPATH", "c/?.so"), args);
    }

    private static String processWithEnv(Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        for (String name : List.of("LUA_PATH", "LUA_PATH_5_4", "LUA_CPATH", "LUA_CPATH_5_4", "LUA_INIT", "LUA_INIT_5_4")) {
            pb.environment().remove(name);
        }
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    @Test
    void anErrorInLuaInitStopsTheCommand() {
        assertEquals(new Run(1, "", "jlua: LUA_INIT:1: unexpected symbol near '+'\n"),
                runWithEnv(Map.of("LUA_INIT", "+"), "-e", "print(1)"));
        Run r = runWithEnv(Map.of("LUA_INIT_5_4", "error('bad')"), "-e", "print(1)");
        assertEquals(1, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("jlua: LUA_INIT_5_4:1: bad\nstack traceback:\n"), r.err());
        assertEquals(new Run(1, "", "jlua: cannot open nofile.lua: No such file or directory\n"),
                runWithEnv(Map.of("LUA_INIT", "@nofile.lua"), "-e", "print(1)"));
    }

    @Test
    void interactiveModePrintsValuesAndJoinsIncompleteStatements() {
        // as lua5.4 -i prints for the same input: its readline writes each line read from a
        // pipe after its prompt, and so does jlua when standard input is not a terminal
        String input = "print(1)\nx = 1 +\n2\n= x\nx\nlocal a = \n\n3 print(a)\n1, nil, 's'\n"
                + "_PROMPT = '$ '\n_PROMPT2 = '+ '\nfor i = 1, 2 do\nprint(i) end\n";
        Run r = run(input, "-i");
        assertEquals(0, r.status());
        assertEquals("jlua 0.1 (Lua 5.4)\n> print(1)\n1\n> x = 1 +\n>> 2\n> = x\n3\n> x\n3\n> local a = \n>> \n"
                + ">> 3 print(a)\n3\n> 1, nil, 's'\n1\tnil\ts\n> _PROMPT = '$ '\n$ _PROMPT2 = '+ '\n"
                + "$ for i = 1, 2 do\n+ print(i) end\n1\n2\n$ \n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void interactiveModeReportsErrorsWithoutTheProgramNameAndGoesOn() {
        Run r = run("error('boom')\n+\nerror(setmetatable({}, {__tostring = function() return 'TS' end}))\nprint('after')\n",
                "-i");
        assertEquals(0, r.status());
        assertEquals("jlua 0.1 (Lua 5.4)\n> error('boom')\n> +\n"
                + "> error(setmetatable({}, {__tostring = function() return 'TS' end}))\n> print('after')\nafter\n> \n",
                r.out());
        assertEquals("stdin:1: boom\nstack traceback:\n\t[C]: in function 'error'\n\tstdin:1: in main chunk\n\t[C]: in ?\n"
                + "stdin:1: unexpected symbol near '+'\nTS\n", r.err());
    }

    @Test
    void withoutArgumentsATerminalIsInteractiveAndAPipeIsAScript() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Launcher.run(new String[0], dir, Map.of(), true,
                new ByteArrayInputStream("print(2)\n".getBytes(StandardCharsets.ISO_8859_1)), out, err);
        assertEquals(new Run(0, "jlua 0.1 (Lua 5.4)\n> 2\n> \n", ""),
                new Run(status, out.toString(StandardCharsets.ISO_8859_1), err.toString(StandardCharsets.ISO_8859_1)));
        assertEquals(new Run(0, "2\n", ""), run("print(2)\n"));
    }

    @Test
    void interactiveModeFollowsTheScriptAndItsStatements() throws IOException {
        script("s.lua", "y = 7");
        assertEquals(new Run(0, "jlua 0.1 (Lua 5.4)\n> y\n7\n> \n", ""), run("y\n", "-i", "s.lua"));
    }

    @Test
    void thePromptIsWhatTostringMakesOfIt() {
        // printf ' --\na = 2\n' | lua5.4 -e "local C = 0; _PROMPT = setmetatable({}, {__tostring = ...})" -i
        String counter = "local C = 0; _PROMPT = setmetatable({}, {__tostring = function () C = C + 1; return C end})";
        assertEquals(new Run(0, "jlua 0.1 (Lua 5.4)\n1 --\n2a = 2\n3\n", ""), run(" --\na = 2\n", "-e", counter, "-i"));
        assertEquals(new Run(0, "jlua 0.1 (Lua 5.4)\n12\n", ""), run("", "-e", "_PROMPT = 12", "-i"));
        // an error in it ends the session: reported as lua.c does in interactive mode, without
        // the program's name
        assertEquals(new Run(1, "jlua 0.1 (Lua 5.4)\n", "(command line):1: x\n"),
                run("", "-e", "_PROMPT = setmetatable({}, {__tostring = function () error('x') end})", "-i"));
    }

    @Test
    void warningsAreOffUnlessW() {
        assertEquals(new Run(0, "", ""), run("", "-e", "warn('x')"));
        assertEquals(new Run(0, "", "Lua warning: x\n"), run("", "-W", "-e", "warn('x')"));
    }

    @Test
    void versionIsPrinted() {
        Run r = run("", "-v");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("Lua 5.4"), r.out());
    }

    @Test
    void noFoldTurnsConstantFoldingOff() throws IOException {
        script("k.lua", "return 2 + 3");
        assertTrue(run("", "--dump", "k.lua").out().contains("LOADI"), "folded: 5 is loaded directly");
        assertTrue(run("", "--no-fold", "--dump", "k.lua").out().contains("ADD"), "not folded: an ADD remains");
    }
}
