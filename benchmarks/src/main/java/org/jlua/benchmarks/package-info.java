/**
 * Steady-state measurements inside one JVM: {@link org.jlua.benchmarks.ScriptBenchmark} runs
 * the Lua scripts of {@code benchmarks/lua} on a {@link org.jlua.benchmarks.ScriptEngine}.
 * Whole-process comparisons with lua5.4 live in {@code benchmarks/compare.sh}.
 */
package org.jlua.benchmarks;
