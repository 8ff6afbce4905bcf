package org.jlua.luatests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the upstream run finds its inputs and how it runs each file, from system properties
 * and environment variables (Maven passes {@code -D} properties on to the test JVM):
 * <ul>
 *   <li>{@code lua.tests.tarball} or {@code LUA_TESTS_TARBALL}: the tarball, by default
 *       {@code ../shared/lua-5.4.6-tests.tar.gz} beside the repository root;</li>
 *   <li>{@code jlua.jar}: the runnable jar, by default {@code ../cli/target/jlua.jar} from
 *       this module;</li>
 *   <li>{@code jlua.command}: a command run instead of {@code java -jar jlua.jar}, split at
 *       spaces, e.g. {@code lua5.4} to see what the reference gets;</li>
 *   <li>{@code upstream.timeout}, {@code upstream.budget}: seconds per file and for the whole
 *       run; {@code upstream.jobs}: files run at once;</li>
 *   <li>{@code upstream.moduleDir}: the lua-tests folder (set by the pom and upstream.sh).</li>
 * </ul>
 */
record UpstreamSettings(Path moduleDir, Path tarball, Path jar, String commandOverride,
                        Duration fileTimeout, Duration budget, int jobs) {

    /**
     * JVM options for each jlua process, tuned here only. The stack matches the test JVM's
     * {@code -Xss} so that in-process and per-process runs recurse equally deep; the serial
     * collector keeps two processes from fighting over two cores with GC threads, and compacts
     * the whole heap at a full collection as the {@code jlua} launcher has it
     * ({@code MarkSweepDeadRatio=0}: gc.lua measures that freed memory is counted as freed).
     */
    static final List<String> JVM_OPTIONS = List.of("-Xss16m", "-Xmx1g", "-XX:+UseSerialGC",
            "-XX:MarkSweepDeadRatio=0");

    /*
     * 25 files run two at a time: if every one hung, 13 rounds of 60 s would take 13 minutes,
     * so the budget stops starting files after 7 minutes and the run stays under 8.
     */
    static final Duration DEFAULT_FILE_TIMEOUT = Duration.ofSeconds(60);
    static final Duration DEFAULT_BUDGET = Duration.ofSeconds(420);
    static final int DEFAULT_JOBS = 2;

    static UpstreamSettings fromSystem() {
        Path moduleDir = Path.of(System.getProperty("upstream.moduleDir",
                System.getProperty("user.dir"))).toAbsolutePath().normalize();
        String tarball = System.getProperty("lua.tests.tarball", System.getenv("LUA_TESTS_TARBALL"));
        String jar = System.getProperty("jlua.jar");
        String command = System.getProperty("jlua.command");
        return new UpstreamSettings(
                moduleDir,
                isBlank(tarball)
                        ? moduleDir.resolve("../../shared/lua-5.4.6-tests.tar.gz").normalize()
                        : Path.of(tarball).toAbsolutePath(),
                isBlank(jar)
                        ? moduleDir.resolve("../cli/target/jlua.jar").normalize()
                        : Path.of(jar).toAbsolutePath(),
                isBlank(command) ? null : command.trim(),
                seconds("upstream.timeout", DEFAULT_FILE_TIMEOUT),
                seconds("upstream.budget", DEFAULT_BUDGET),
                Integer.getInteger("upstream.jobs", DEFAULT_JOBS));
    }

    /** Where the tarball is unpacked, afresh for each run. */
    Path workDir() {
        return moduleDir.resolve("target/upstream");
    }

    /** The ratchet: the files that must pass. */
    Path passingList() {
        return moduleDir.resolve("upstream-passing.txt");
    }

    /**
     * The command that runs one file once the flags and the file name are appended.
     *
     * @throws IllegalStateException if there is no override and the jar is missing
     */
    List<String> command() {
        if (commandOverride != null) {
            return Arrays.asList(commandOverride.split("\\s+"));
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("jlua jar not found at " + jar + "; build it with "
                    + "`mvn -q -pl cli -am package -DskipTests` (or run ./jlua once), "
                    + "or name another with -Djlua.jar=PATH");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    /** The message for a run without its tarball. */
    String missingTarballMessage() {
        return "upstream Lua test suite not found at " + tarball + "; put lua-5.4.6-tests.tar.gz "
                + "there (Lua's own tarball works) to run it";
    }

    /** CI must not pass without the suite; a developer's machine may lack it. */
    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static Duration seconds(String property, Duration otherwise) {
        String value = System.getProperty(property);
        return isBlank(value) ? otherwise : Duration.ofMillis(Math.round(
                Double.parseDouble(value.trim()) * 1000));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
