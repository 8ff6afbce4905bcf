package org.jlua.luatests;

import java.util.Map;
import java.util.Set;

/**
 * What each file of the upstream Lua 5.4.6 suite does when run alone with
 * {@value #FLAGS}, as observed under lua5.4: either the line it prints last when it
 * succeeds, or why the runner does not run it at all.
 */
final class UpstreamCatalog {
    /** Set before each file, as upstream's own README says to run a file alone. */
    static final String FLAGS = "_port=true _soft=true";

    /** The line most files print when they finish. */
    static final String DEFAULT_CLOSING_LINE = "OK";

    /** What the runner does with one file. */
    sealed interface Expectation permits Run, Skip {}

    /** Run the file; it passes if it exits 0 having printed {@code closingLine} as a line. */
    record Run(String closingLine) implements Expectation {}

    /** Do not run the file: running it would prove nothing under these flags. */
    record Skip(String reason) implements Expectation {}

    private static final String NEEDS_T =
            "needs the C test library T (ltests.c) and returns at once without it";

    // Every file not listed here ends with print'OK'.
    private static final Map<String, Expectation> SPECIAL = Map.ofEntries(
            Map.entry("all.lua", new Skip("the driver that runs the other files, not a test")),
            Map.entry("bwcoercion.lua", new Skip("a module that bitwise.lua requires, not a test")),
            Map.entry("tracegc.lua",
                    new Skip("a module that cstack.lua and locals.lua require, not a test")),
            Map.entry("heavy.lua", new Skip("not run by all.lua: it grows strings and tables to "
                    + "gigabytes (lua5.4 is killed for lack of memory)")),
            Map.entry("api.lua", new Skip(NEEDS_T)),
            Map.entry("code.lua", new Skip(NEEDS_T)),
            Map.entry("big.lua", new Skip("returns at once under _soft")),
            Map.entry("main.lua",
                    new Skip("returns at once under _port (it drives the stand-alone interpreter "
                            + "through a Unix shell)")),
            // utf8.lua says 'ok'; files.lua ends by writing _VERSION.
            Map.entry("utf8.lua", new Run("ok")),
            Map.entry("files.lua", new Run("Lua 5.4")),
            // Under _soft verybig.lua returns after its first part, which opens with this line;
            // the part that builds a program of more than 64k constants is not reached.
            Map.entry("verybig.lua", new Run("testing RK")));

    private UpstreamCatalog() {}

    /** The files that do not simply close with OK. */
    static Set<String> specialFiles() {
        return SPECIAL.keySet();
    }

    /** The expectation for a file name such as {@code "calls.lua"}; unknown files must print OK. */
    static Expectation of(String file) {
        return SPECIAL.getOrDefault(file, new Run(DEFAULT_CLOSING_LINE));
    }
}
