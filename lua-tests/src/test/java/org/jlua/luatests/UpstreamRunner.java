package org.jlua.luatests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jlua.luatests.UpstreamCatalog.Expectation;
import org.jlua.luatests.UpstreamCatalog.Run;
import org.jlua.luatests.UpstreamCatalog.Skip;
import org.jlua.luatests.UpstreamResult.Outcome;

/**
 * Runs upstream test files, each in its own process ({@code command -e FLAGS FILE}) started
 * in the suite's directory with no input; its stdout and stderr are kept in
 * {@code logDir/FILE.out} and {@code FILE.err}.
 *
 * @param command     the interpreter command, before the flags and file name
 * @param suiteDir    the unpacked directory, the working directory of each process
 * @param logDir      where each file's output is kept
 * @param fileTimeout how long one file may run; hangs are the typical failure
 * @param budget      how long the whole run may take: no file starts after it is spent
 * @param jobs        how many files run at once
 */
record UpstreamRunner(List<String> command, Path suiteDir, Path logDir, Duration fileTimeout,
                      Duration budget, int jobs) {

    /** Runs {@code files} (names in {@code suiteDir}), at most {@code jobs} at a time. */
    List<UpstreamResult> runAll(List<String> files) throws IOException, InterruptedException {
        Files.createDirectories(logDir);
        long deadline = System.nanoTime() + budget.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<UpstreamResult>> pending = new ArrayList<>();
            for (String file : files) {
                pending.add(pool.submit(() -> runBefore(file, deadline)));
            }
            List<UpstreamResult> results = new ArrayList<>();
            for (Future<UpstreamResult> result : pending) {
                results.add(result.get());
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new IllegalStateException("the upstream runner failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private UpstreamResult runBefore(String file, long deadline) throws InterruptedException {
        Expectation expectation = UpstreamCatalog.of(file);
        if (expectation instanceof Skip skip) {
            return new UpstreamResult(file, Outcome.SKIPPED, 0, skip.reason());
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return new UpstreamResult(file, Outcome.TIMED_OUT, 0,
                    "not run: the run's budget of " + seconds(budget) + " s was spent");
        }
        Duration timeout = left < fileTimeout.toNanos() ? Duration.ofNanos(left) : fileTimeout;
        return run(file, ((Run) expectation).closingLine(), timeout);
    }

    /** Runs one file and judges it by its exit status and closing line. */
    UpstreamResult run(String file, String closingLine, Duration timeout)
            throws InterruptedException {
        List<String> line = new ArrayList<>(command);
        line.add("-e");
        line.add(UpstreamCatalog.FLAGS);
        line.add(file);
        Path out = logDir.resolve(file + ".out");
        Path err = logDir.resolve(file + ".err");
        ProcessBuilder builder = new ProcessBuilder(line)
                .directory(suiteDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        removeLuaVariables(builder.environment());
        long start = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return new UpstreamResult(file, Outcome.FAILED, 0,
                    "cannot run " + command.get(0) + ": " + e.getMessage());
        }
        boolean finished;
        try {
            finished = process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } finally {
            if (process.isAlive()) {
                kill(process);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String stdout = read(out);
        String stderr = read(err);
        if (!finished) {
            String last = lastLine(stdout);
            return new UpstreamResult(file, Outcome.TIMED_OUT, seconds,
                    "no result after " + seconds(timeout) + " s"
                            + (last.isEmpty() ? "" : "; last line on stdout: " + last));
        }
        return verdict(file, closingLine, process.exitValue(), stdout, stderr, seconds);
    }

    /**
     * The pass rule: exit status 0 and the closing line printed as a whole line of stdout.
     * Not necessarily the last line: gc.lua's finalizers print after its OK, while the
     * state closes.
     */
    static UpstreamResult verdict(String file, String closingLine, int exitStatus, String stdout,
                                  String stderr, double seconds) {
        boolean closed = stdout.lines().anyMatch(closingLine::equals);
        if (exitStatus == 0 && closed) {
            return new UpstreamResult(file, Outcome.PASSED, seconds, "");
        }
        String error = firstLine(stderr);
        String detail;
        if (exitStatus != 0) {
            detail = error.isEmpty() ? "exit status " + exitStatus : error;
        } else {
            detail = "exit status 0 without the closing line '" + closingLine + "' on stdout"
                    + (error.isEmpty() ? "" : "; stderr: " + error);
        }
        return new UpstreamResult(file, Outcome.FAILED, seconds, detail);
    }

    /** LUA_INIT would run code before each file and LUA_PATH could hide ./bwcoercion.lua. */
    static void removeLuaVariables(Map<String, String> environment) {
        environment.keySet().removeIf(name -> name.startsWith("LUA_"));
    }

    private static void kill(Process process) throws InterruptedException {
        // A launcher script's java child would otherwise outlive it.
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
    }

    /** Whole seconds as such; a timeout cut short by the budget with one decimal. */
    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? String.valueOf(d.toSeconds())
                : String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
    }

    private static String read(Path file) {
        try {
            // One char per byte, as Lua strings are bytes.
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    private static String firstLine(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }

    private static String lastLine(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty())
                .reduce((a, b) -> b).orElse("");
    }
}
