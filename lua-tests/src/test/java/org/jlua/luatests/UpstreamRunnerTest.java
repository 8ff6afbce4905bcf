package org.jlua.luatests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jlua.luatests.UpstreamResult.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpstreamRunnerTest {
    @TempDir
    Path tmp;
    Path suite;
    List<String> fake;

    @BeforeEach
    void suite() throws IOException {
        suite = Files.createDirectories(tmp.resolve("suite"));
        for (String name : List.of("pass", "gc", "utf8", "fail", "crash", "silent", "hang",
                "pair1", "pair2", "all", "api", "other")) {
            Files.writeString(suite.resolve(name + ".lua"), "-- " + name);
        }
        fake = UpstreamFakeLua.install(tmp);
    }

    private UpstreamRunner runner(Duration fileTimeout, Duration budget, int jobs) {
        return new UpstreamRunner(fake, suite, tmp.resolve("logs"), fileTimeout, budget, jobs);
    }

    private UpstreamResult runOne(String file) throws Exception {
        return runner(Duration.ofSeconds(30), Duration.ofSeconds(60), 1).runAll(List.of(file))
                .get(0);
    }

    @Test
    void passesOnExitZeroWithTheClosingLine() throws Exception {
        UpstreamResult r = runOne("pass.lua");
        assertEquals(Outcome.PASSED, r.outcome(), r.detail());
        assertEquals("", r.detail());
        assertTrue(r.seconds() > 0);
        assertEquals("testing pass\nOK\n", Files.readString(tmp.resolve("logs/pass.lua.out")));
    }

    @Test
    void theClosingLineMayBeFollowedByOutputWhileTheStateCloses() throws Exception {
        assertEquals(Outcome.PASSED, runOne("gc.lua").outcome());
    }

    @Test
    void usesEachFilesOwnClosingLine() throws Exception {
        assertEquals(Outcome.PASSED, runOne("utf8.lua").outcome());
    }

    @Test
    void aFailureShowsTheFirstLineOfStderr() throws Exception {
        UpstreamResult r = runOne("fail.lua");
        assertEquals(Outcome.FAILED, r.outcome());
        assertEquals("fake: fail.lua:3: assertion failed!", r.detail());
    }

    @Test
    void aCrashWithoutStderrShowsTheExitStatus() throws Exception {
        UpstreamResult r = runOne("crash.lua");
        assertEquals(Outcome.FAILED, r.outcome());
        assertTrue(r.detail().matches("exit status \\d+"), r.detail());
    }

    @Test
    void exitZeroWithoutTheClosingLineFails() throws Exception {
        UpstreamResult r = runOne("silent.lua");
        assertEquals(Outcome.FAILED, r.outcome());
        assertEquals("exit status 0 without the closing line 'OK' on stdout", r.detail());
    }

    @Test
    void removesLuaEnvironmentVariables() {
        Map<String, String> env = new HashMap<>(Map.of("LUA_INIT", "os.exit(1)",
                "LUA_INIT_5_4", "x=1", "LUA_PATH", "/nowhere/?.lua", "LUA_CPATH_5_4", "",
                "PATH", "/bin", "LUAROCKS", "kept"));
        UpstreamRunner.removeLuaVariables(env);
        assertEquals(Map.of("PATH", "/bin", "LUAROCKS", "kept"), env);
    }

    @Test
    void aHangIsKilledAtItsTimeoutWithItsChildren() throws Exception {
        long start = System.nanoTime();
        UpstreamResult r = runner(Duration.ofSeconds(1), Duration.ofSeconds(60), 1)
                .runAll(List.of("hang.lua")).get(0);
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(20).toNanos());
        assertEquals(Outcome.TIMED_OUT, r.outcome());
        assertEquals("no result after 1 s; last line on stdout: testing hang", r.detail());
        long sleeper = Long.parseLong(Files.readString(suite.resolve("hang.pid")).strip());
        Optional<ProcessHandle> child = ProcessHandle.of(sleeper);
        if (child.isPresent()) {
            child.get().onExit().get();
        }
        assertFalse(ProcessHandle.of(sleeper).map(ProcessHandle::isAlive).orElse(false));
    }

    @Test
    void theBudgetShortensTheLastFilesTimeout() throws Exception {
        UpstreamResult r = runner(Duration.ofSeconds(30), Duration.ofMillis(1500), 1)
                .runAll(List.of("hang.lua")).get(0);
        assertEquals(Outcome.TIMED_OUT, r.outcome());
        assertTrue(r.seconds() < 10, () -> r.seconds() + " s");
        assertTrue(r.detail().matches("no result after 1\\.\\d s; last line on stdout: testing hang"),
                r.detail());
    }

    @Test
    void filesNotStartedWithinTheBudgetTimeOut() throws Exception {
        List<UpstreamResult> results = runner(Duration.ofSeconds(30), Duration.ZERO, 1)
                .runAll(List.of("pass.lua", "all.lua"));
        assertEquals(Outcome.TIMED_OUT, results.get(0).outcome());
        assertEquals("not run: the run's budget of 0 s was spent", results.get(0).detail());
        assertEquals(Outcome.SKIPPED, results.get(1).outcome());
    }

    @Test
    void skipsTheFilesTheCatalogSkipsWithoutRunningThem() throws Exception {
        List<UpstreamResult> results = runner(Duration.ofSeconds(30), Duration.ofSeconds(60), 2)
                .runAll(List.of("all.lua", "api.lua"));
        assertEquals(List.of(Outcome.SKIPPED, Outcome.SKIPPED),
                results.stream().map(UpstreamResult::outcome).toList());
        assertEquals(UpstreamCatalog.of("api.lua"), new UpstreamCatalog.Skip(results.get(1).detail()));
        assertFalse(Files.exists(tmp.resolve("logs/all.lua.out")));
    }

    @Test
    void runsTwoFilesAtOnceAndKeepsTheGivenOrder() throws Exception {
        // Each of the pair passes only if the other starts while it runs.
        List<UpstreamResult> results = runner(Duration.ofSeconds(30), Duration.ofSeconds(60), 2)
                .runAll(List.of("pair1.lua", "pair2.lua", "pass.lua"));
        assertEquals(List.of("pair1.lua", "pair2.lua", "pass.lua"),
                results.stream().map(UpstreamResult::file).toList());
        for (UpstreamResult r : results) {
            assertEquals(Outcome.PASSED, r.outcome(), r.file() + ": " + r.detail());
        }
    }

    @Test
    void aCommandThatCannotStartFails() throws Exception {
        UpstreamResult r = new UpstreamRunner(List.of(tmp.resolve("no-such-lua").toString()),
                suite, tmp.resolve("logs"), Duration.ofSeconds(5), Duration.ofSeconds(5), 1)
                .runAll(List.of("pass.lua")).get(0);
        assertEquals(Outcome.FAILED, r.outcome());
        assertTrue(r.detail().startsWith("cannot run " + tmp.resolve("no-such-lua") + ": "),
                r.detail());
    }

    @Test
    void verdictNeedsTheClosingLineAsAWholeLine() {
        assertEquals(Outcome.FAILED,
                UpstreamRunner.verdict("x.lua", "OK", 0, "OK!\nnot OK\n", "", 1).outcome());
        assertEquals(Outcome.PASSED,
                UpstreamRunner.verdict("x.lua", "OK", 0, "a\r\nOK\r\n", "", 1).outcome());
    }

    @Test
    void verdictNeedsExitStatusZero() {
        UpstreamResult r = UpstreamRunner.verdict("x.lua", "OK", 1, "OK\n",
                "\n  jlua: x.lua:9: boom\nstack traceback:\n", 1);
        assertEquals(Outcome.FAILED, r.outcome());
        assertEquals("jlua: x.lua:9: boom", r.detail());
    }

    @Test
    void verdictOnExitZeroWithoutClosingLineQuotesStderr() {
        assertEquals("exit status 0 without the closing line 'ok' on stdout; stderr: warning",
                UpstreamRunner.verdict("utf8.lua", "ok", 0, "OK\n", "warning\n", 1).detail());
    }
}
