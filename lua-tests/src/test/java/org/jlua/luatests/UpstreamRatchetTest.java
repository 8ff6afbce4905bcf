package org.jlua.luatests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jlua.luatests.UpstreamResult.Outcome;
import org.junit.jupiter.api.Test;

class UpstreamRatchetTest {
    private static final List<UpstreamResult> RESULTS = List.of(
            new UpstreamResult("attrib.lua", Outcome.PASSED, 1, ""),
            new UpstreamResult("calls.lua", Outcome.FAILED, 1, "jlua: calls.lua:3: boom"),
            new UpstreamResult("closure.lua", Outcome.PASSED, 1, ""),
            new UpstreamResult("coroutine.lua", Outcome.TIMED_OUT, 60, "no result after 60 s"),
            new UpstreamResult("api.lua", Outcome.SKIPPED, 0, "needs T"),
            new UpstreamResult("goto.lua", Outcome.PASSED, 1, ""));

    private static final UpstreamRatchet RATCHET = UpstreamRatchet.parse("""
            # comment line
            attrib.lua
              calls.lua   # a comment after a name

            coroutine.lua
            api.lua
            """);

    @Test
    void readsOneNameALineWithoutCommentsOrBlanks() {
        assertEquals(Set.of("attrib.lua", "calls.lua", "coroutine.lua", "api.lua"),
                RATCHET.listed());
        assertEquals(Set.of(), UpstreamRatchet.parse("# nothing yet\n\n").listed());
    }

    @Test
    void listedFilesThatDidNotPassAreBrokenWithHowTheyFared() {
        assertEquals(List.of("calls.lua failed (jlua: calls.lua:3: boom)",
                        "coroutine.lua timed out (no result after 60 s)",
                        "api.lua skipped (needs T)"),
                RATCHET.broken(RESULTS));
    }

    @Test
    void passingFilesNotListedAreNewlyPassing() {
        List<String> newly = RATCHET.newlyPassing(RESULTS);
        assertEquals(List.of("closure.lua", "goto.lua"), newly);
        assertEquals("now passing, add it to upstream-passing.txt: closure.lua goto.lua",
                UpstreamRatchet.newlyPassingNote(newly));
        assertEquals("", UpstreamRatchet.newlyPassingNote(List.of()));
    }

    @Test
    void namesThatAreNotSuiteFilesAreUnknown() {
        UpstreamRatchet ratchet = UpstreamRatchet.parse("calls\nzeta.lua\nattrib.lua\n");
        assertEquals(List.of("calls", "zeta.lua"),
                ratchet.unknown(List.of("attrib.lua", "calls.lua")));
    }

    @Test
    void theCommittedListNamesOnlySuiteFiles() throws IOException {
        UpstreamRatchet committed = UpstreamRatchet.read(
                UpstreamSettings.fromSystem().passingList());
        List<String> runnable = List.of("attrib.lua", "bitwise.lua", "calls.lua", "closure.lua",
                "constructs.lua", "coroutine.lua", "cstack.lua", "db.lua", "errors.lua",
                "events.lua", "files.lua", "gc.lua", "gengc.lua", "goto.lua", "literals.lua",
                "locals.lua", "math.lua", "nextvar.lua", "pm.lua", "sort.lua", "strings.lua",
                "tpack.lua", "utf8.lua", "vararg.lua", "verybig.lua");
        assertEquals(List.of(), committed.unknown(runnable));
    }
}
