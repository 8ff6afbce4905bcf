package org.jlua.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Ctrl-C in a jlua process, as lua5.4 handles it (upstream main.lua, "testing Ctrl C"):
 * a SIGINT while Lua code runs is the error "interrupted!", which pcall catches; while the
 * program is stuck in a Java function, a second SIGINT ends the process. Each line that
 * print writes reaches a pipe at once, as C Lua's print flushes, which is how these tests
 * know when to send the signal.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InterruptTest {
    private final List<Process> started = new ArrayList<>();

    /** Whatever failed, no endless loop is left running. */
    @AfterEach
    void stopProcesses() {
        for (Process p : started) p.destroyForcibly();
    }

    @Test
    void aSigintIsAnErrorThatPcallCatches() throws Exception {
        // lua5.4 -e "print(pcall(function () print(12); while true do end end)); print(42)"
        Process p = start("print(pcall(function () print(12); while true do end end)); print(42)");
        BufferedReader out = reader(p);
        assertEquals("12", line(out));
        kill(p);
        assertEquals("false\tinterrupted!", line(out));
        assertEquals("42", line(out));
        assertEquals(0, p.waitFor());
    }

    @Test
    void anUncaughtInterruptIsReportedWithATraceback() throws Exception {
        Process p = start("print(1) while true do end");
        BufferedReader out = reader(p);
        assertEquals("1", line(out));
        kill(p);
        assertEquals(1, p.waitFor());
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        // as lua5.4 reports it
        assertEquals("jlua: interrupted!\nstack traceback:\n\t(command line):1: in main chunk\n\t[C]: in ?\n", err);
    }

    @Test
    void aSecondSigintEndsAProgramInsideAJavaFunction() throws Exception {
        Process p = start("print(15) string.find(string.rep('a', 100000), '.*b')");
        BufferedReader out = reader(p);
        assertEquals("15", line(out));
        Thread.sleep(1000); // into string.find
        kill(p); // waits to be taken at the next instruction, which string.find does not reach
        Thread.sleep(300);
        kill(p);
        assertEquals(true, p.waitFor(20, TimeUnit.SECONDS), "still running after two SIGINTs");
        assertEquals(128 + 2, p.exitValue()); // ended by SIGINT
    }

    /**
     * jlua -e CHUNK in a process of its own. A process started in the background by a shell
     * has SIGINT ignored, and so would its children: env gives it the default back where
     * env can (GNU coreutils), as the jlua launcher does.
     */
    private Process start(String chunk) throws IOException {
        List<String> command = new ArrayList<>();
        if (envResetsSignals()) command.addAll(List.of("env", "--default-signal=INT"));
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "-e", chunk));
        Process p = new ProcessBuilder(command).start();
        started.add(p);
        p.getOutputStream().close();
        return p;
    }

    private static boolean envResetsSignals() {
        try {
            return new ProcessBuilder("env", "--default-signal=INT", "true").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.ISO_8859_1));
    }

    /** The next line, within 20 seconds: a print that did not flush would leave it in jlua's buffer. */
    private static String line(BufferedReader out) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get(20, TimeUnit.SECONDS);
    }

    private static void kill(Process p) throws IOException, InterruptedException {
        assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor());
    }
}
