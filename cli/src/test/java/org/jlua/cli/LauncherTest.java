package org.jlua.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void osExitSetsTheStatus() {
        assertEquals(new Run(3, "", ""), run("", "-e", "os.exit(3)"));
    }

    @Test
    void anUnknownOptionPrintsTheUsageAndFails() {
        Run r = run("", "-x");
        assertEquals(1, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("jlua: Unknown option: '-x'\nUsage: jlua "), r.err());
    }

    @Test
    void anOptionWithoutItsValueFails() {
        Run r = run("", "-e");
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("jlua: Missing required parameter for option '-e'"), r.err());
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
