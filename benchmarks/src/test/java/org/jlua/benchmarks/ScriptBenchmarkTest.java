package org.jlua.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The JMH state's life cycle, driven by hand as JMH would (without timing anything). */
class ScriptBenchmarkTest {

    private static ScriptBenchmark benchmark(String script, String engine) {
        ScriptBenchmark benchmark = new ScriptBenchmark();
        benchmark.script = script;
        benchmark.engine = engine;
        return benchmark;
    }

    @Test
    void aTrialRunsTheScriptAtItsJmhSizeAndChecksTheResult() {
        ScriptBenchmark benchmark = benchmark("string_build", ScriptEngines.LUAJ);
        benchmark.prepare();
        assertEquals(BenchmarkScript.load("string_build", BenchmarkScript.JMH).expected(), benchmark.run());
        benchmark.checkLastRun();
    }

    @Test
    void anUnknownEngineFailsTheTrialInSetup() {
        assertThrows(IllegalArgumentException.class, () -> benchmark("fib", "rhino").prepare());
    }
}
