package org.jlua.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Steady-state time of one run of a benchmark script, compiled once per trial: what an
 * embedding that keeps a loaded chunk and calls it again would see, start-up and compilation
 * excluded. The script's output is checked against lua5.4's after the first and the last run,
 * so an engine that computes the wrong thing fails instead of being timed.
 *
 * <p>The defaults (one fork, 6 x 2 s warm-up, 5 x 2 s measurement) keep a full run on two
 * cores to about six minutes per engine. The warm-up is long because LuaJ's interpreter loop
 * is one large method that C2 takes several seconds to compile on a busy machine; until then
 * a run is several times slower. {@code benchmarks/jmh.sh} runs it and tabulates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xss16m"})
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScriptBenchmark {

    /** A script of {@code benchmarks/lua}, run at its size in {@code jmh-sizes.txt}. */
    @Param({"fib", "loop_int", "loop_float", "nbody", "spectral_norm", "fannkuch_redux",
            "binary_trees", "mandelbrot", "sieve", "queens", "string_build", "table_work",
            "methods", "coroutines"})
    public String script;

    /** The engine, by its {@link ScriptEngines} name. */
    @Param({ScriptEngines.LUAJ, ScriptEngines.JLUA})
    public String engine;

    private BenchmarkScript subject;
    private ScriptEngine lua;
    private String lastOutput;

    @Setup(Level.Trial)
    public void prepare() {
        subject = BenchmarkScript.load(script, BenchmarkScript.JMH);
        lua = ScriptEngines.create(engine);
        lua.prepare(subject.source(), subject.fileName(), subject.args().toArray(String[]::new));
        check(lua.run());
    }

    @Benchmark
    public String run() {
        lastOutput = lua.run();
        return lastOutput;
    }

    @TearDown(Level.Trial)
    public void checkLastRun() {
        if (lastOutput != null) {
            check(lastOutput);
        }
    }

    private void check(String output) {
        if (!output.equals(subject.expected())) {
            throw new IllegalStateException(engine + " printed a wrong result for " + script
                    + "\nexpected (lua5.4):\n" + subject.expected() + "got:\n" + output);
        }
    }
}
