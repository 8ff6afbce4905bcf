package org.jlua.luatests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code jlua} launcher script at the repository root, run as a user runs it: by its
 * path, and through symbolic links (a link from a directory on PATH is the usual way to
 * install it). It runs here, after the cli module has made the jar, so it finds the jar up
 * to date and does not build. arg[0], without a script, is the command as it was typed, as
 * lua.c's argv[0] is: a script can start the interpreter again with it.
 */
class LauncherScriptTest {
    private static final Path LAUNCHER = UpstreamSettings.fromSystem().moduleDir().resolve("../jlua").normalize();

    @TempDir
    Path dir;

    @Test
    void runsByItsOwnPath() throws Exception {
        assertEquals(LAUNCHER + "\n", run(LAUNCHER.toString(), "-e", "print(arg[0])"));
    }

    @Test
    void runsThroughAnAbsoluteLink() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("lua"), LAUNCHER);
        assertEquals(link + "\n", run(link.toString(), "-e", "print(arg[0])"));
    }

    @Test
    void runsThroughALinkToALinkWithARelativeTarget() throws Exception {
        Files.createDirectories(dir.resolve("bin"));
        Path first = Files.createSymbolicLink(dir.resolve("jlua-real"), LAUNCHER);
        Path second = Files.createSymbolicLink(dir.resolve("bin/jlua"), Path.of("../jlua-real"));
        assertEquals(second + "\n", run(second.toString(), "-e", "print(arg[0])"));
        assertEquals(first + "\n", run(first.toString(), "-e", "print(arg[0])"));
    }

    @Test
    void aScriptCanRunTheInterpreterAgainByArgMinusOne() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("lua"), LAUNCHER);
        Path script = dir.resolve("again.lua");
        Files.writeString(script, """
                local f = assert(io.popen(string.format('"%s" -e "print(6 * 7)"', arg[-1])))
                print(f:read("a"), f:close())
                """);
        assertEquals("42\n\ttrue\texit\t0\n", run(link.toString(), script.toString())); // as lua5.4 prints it
    }

    @Test
    void ctrlCStopsItWhenAScriptStartedItInTheBackground() throws Exception {
        // a background job of a non-interactive shell starts with SIGINT ignored, which a JVM
        // cannot take over; the launcher gives java the default action back (upstream main.lua
        // interrupts jlua so). lua5.4 reports the same on standard error.
        Path out = dir.resolve("bg.out"), err = dir.resolve("bg.err");
        String line = "'" + LAUNCHER + "' -e 'print(12) while true do end' > '" + out + "' 2> '" + err + "' & echo $!";
        long pid = Long.parseLong(run("sh", "-c", line).trim());
        ProcessHandle job = ProcessHandle.of(pid).orElseThrow();
        try {
            // the background job creates bg.out itself, maybe after sh has printed its pid
            for (int i = 0; i < 200 && !(Files.exists(out) && Files.readString(out).equals("12\n")); i++) Thread.sleep(100);
            assertEquals("12\n", Files.readString(out));
            assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor());
            job.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            job.destroyForcibly(); // never leave an endless loop behind, whatever failed
        }
        assertEquals("jlua: interrupted!\nstack traceback:\n\t(command line):1: in main chunk\n\t[C]: in ?\n",
                Files.readString(err));
    }

    /** Standard output of the command (standard error is shown on failure), which must exit with 0. */
    private String run(String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(command)));
        pb.directory(dir.toFile());
        Path err = dir.resolve("stderr.txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        int status = p.waitFor();
        assertEquals(0, status, "exit status of " + List.of(command) + "; stderr: " + Files.readString(err));
        return out;
    }
}
