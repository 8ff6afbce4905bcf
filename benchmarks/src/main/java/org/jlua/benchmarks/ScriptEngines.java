package org.jlua.benchmarks;

/** Picks a {@link ScriptEngine} by the name used in the {@code engine} benchmark parameter. */
public final class ScriptEngines {
    /** The engine names {@link #create} accepts. */
    public static final String LUAJ = "luaj";
    public static final String JLUA = "jlua";

    private ScriptEngines() {}

    /** A new, unprepared engine; {@code name} is {@link #LUAJ} or {@link #JLUA}. */
    public static ScriptEngine create(String name) {
        return switch (name) {
            case LUAJ -> new LuajEngine();
            case JLUA -> new JluaEngine();
            default -> throw new IllegalArgumentException(
                    "unknown engine '" + name + "' (expected " + LUAJ + " or " + JLUA + ")");
        };
    }
}
