package org.jlua.luatests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole run by hand, against a small fake suite and the fake interpreter. */
class UpstreamMainTest {
    @TempDir
    Path tmp;
    UpstreamSettings settings;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void fakeSuite() throws IOException {
        Path module = Files.createDirectories(tmp.resolve("lua-tests"));
        Files.writeString(module.resolve("upstream-passing.txt"), "# must pass\npass.lua\n");
        Path tarball = new UpstreamTarWriter().dir("lua-5.4.6-tests/")
                .file("lua-5.4.6-tests/all.lua", "-- driver")
                .file("lua-5.4.6-tests/pass.lua", "print'OK'")
                .file("lua-5.4.6-tests/utf8.lua", "print'ok'")
                .file("lua-5.4.6-tests/fail.lua", "assert(false)")
                .writeTo(tmp.resolve("lua-5.4.6-tests.tar.gz"));
        String fake = String.join(" ", UpstreamFakeLua.install(tmp));
        settings = new UpstreamSettings(module, tarball, module.resolve("none.jar"), fake,
                Duration.ofSeconds(30), Duration.ofSeconds(120), 2);
    }

    private int run(String... names) throws InterruptedException {
        return UpstreamMain.run(List.of(names), settings,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runsEveryFileAndPrintsTheTableAndTheRatchet() throws Exception {
        assertEquals(1, run());
        List<String> lines = out().lines().toList();
        assertEquals("file      result     seconds  first error line / reason", lines.get(0));
        assertTrue(lines.get(1).startsWith("all.lua   skipped            "
                + " the driver that runs the other files, not a test"), lines.get(1));
        assertTrue(lines.get(2).matches(
                "fail\\.lua  failed +\\d+\\.\\d\\d  fake: fail\\.lua:3: assertion failed!"),
                lines.get(2));
        assertTrue(lines.get(3).matches("pass\\.lua  passed +\\d+\\.\\d\\d"), lines.get(3));
        assertTrue(lines.get(4).matches("utf8\\.lua  passed +\\d+\\.\\d\\d"), lines.get(4));
        assertEquals("2 passed, 1 failed, 1 skipped", lines.get(5));
        assertEquals("now passing, add it to upstream-passing.txt: utf8.lua", lines.get(6));
        assertEquals("stdout and stderr of each file: "
                + settings.moduleDir().resolve("target/upstream/logs"), lines.get(7));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void runsTheNamedFilesOnlyAndUnpacksTheSuiteIntoTarget() throws Exception {
        assertEquals(0, run("pass.lua", "lua-5.4.6-tests/utf8"));
        assertEquals(6, out().lines().count(), out()); // header, 2 rows, counts, note, logs
        assertTrue(out().contains("2 passed, 0 failed, 0 skipped\n"), out());
        assertTrue(Files.isRegularFile(settings.workDir().resolve("suite/lua-5.4.6-tests/all.lua")));
    }

    @Test
    void reportsAListedFileThatFails() throws Exception {
        Files.writeString(settings.passingList(), "fail.lua\n");
        assertEquals(1, run("fail.lua"));
        assertTrue(out().contains("listed in upstream-passing.txt but did not pass: fail.lua failed"
                + " (fake: fail.lua:3: assertion failed!)\n"), out());
    }

    @Test
    void unpacksAfreshSoNoLeftoverSurvives() throws Exception {
        Path leftover = Files.createDirectories(settings.workDir().resolve("suite/lua-5.4.6-tests"))
                .resolve("junk.lua");
        Files.writeString(leftover, "-- written by an earlier run");
        assertEquals(0, run("pass.lua"));
        assertTrue(Files.notExists(leftover));
    }

    @Test
    void aNameNotInTheSuiteStopsTheRun() throws Exception {
        assertEquals(2, run("nosuch.lua"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("upstream: no file nosuch.lua in "));
    }

    @Test
    void aMissingTarballSaysWhereToPutIt() throws Exception {
        Files.delete(settings.tarball());
        assertEquals(2, run());
        assertEquals(settings.missingTarballMessage() + "\n", err.toString(StandardCharsets.UTF_8));
        assertEquals("", out());
    }
}
