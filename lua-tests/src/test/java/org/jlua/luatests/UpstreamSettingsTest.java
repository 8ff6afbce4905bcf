package org.jlua.luatests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpstreamSettingsTest {
    @TempDir
    Path tmp;

    private UpstreamSettings settings(Path jar, String override) {
        return new UpstreamSettings(tmp, tmp.resolve("t.tar.gz"), jar, override,
                Duration.ofSeconds(60), Duration.ofSeconds(420), 2);
    }

    @Test
    void runsTheJarWithTheJvmOptionsOfThisJdk() throws IOException {
        Path jar = Files.createFile(tmp.resolve("jlua.jar"));
        List<String> expected = new ArrayList<>();
        expected.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        expected.addAll(UpstreamSettings.JVM_OPTIONS);
        expected.addAll(List.of("-jar", jar.toString()));
        assertEquals(expected, settings(jar, null).command());
    }

    @Test
    void aMissingJarIsAClearFailure() {
        Path jar = tmp.resolve("cli/target/jlua.jar");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> settings(jar, null).command());
        assertEquals("jlua jar not found at " + jar + "; build it with "
                + "`mvn -q -pl cli -am package -DskipTests` (or run ./jlua once), "
                + "or name another with -Djlua.jar=PATH", e.getMessage());
    }

    @Test
    void anOverrideCommandReplacesTheJarAndNeedsNone() {
        assertEquals(List.of("lua5.4"), settings(tmp.resolve("none.jar"), "lua5.4").command());
        assertEquals(List.of("/usr/bin/env", "lua5.4"),
                settings(tmp.resolve("none.jar"), "/usr/bin/env   lua5.4").command());
    }

    @Test
    void saysWhereTheTarballShouldBe() {
        assertEquals("upstream Lua test suite not found at " + tmp.resolve("t.tar.gz")
                + "; put lua-5.4.6-tests.tar.gz there (Lua's own tarball works) to run it",
                settings(null, null).missingTarballMessage());
    }

    @Test
    void thePomPointsAtThisModule() {
        // Surefire sets upstream.moduleDir, so the defaults are found from the module.
        UpstreamSettings fromPom = UpstreamSettings.fromSystem();
        assertEquals("lua-tests", fromPom.moduleDir().getFileName().toString());
        assertEquals(fromPom.moduleDir().resolve("upstream-passing.txt"), fromPom.passingList());
        assertEquals(fromPom.moduleDir().resolve("target/upstream"), fromPom.workDir());
    }
}
