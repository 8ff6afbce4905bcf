package org.jlua.luatests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jlua.luatests.UpstreamResult.Outcome;
import org.junit.jupiter.api.Test;

class UpstreamReportTest {
    @Test
    void printsOneRowPerFileThenTheCounts() {
        String table = UpstreamReport.table(List.of(
                new UpstreamResult("attrib.lua", Outcome.PASSED, 0.513, ""),
                new UpstreamResult("constructs.lua", Outcome.FAILED, 12.0,
                        "jlua: constructs.lua:123: assertion failed!"),
                new UpstreamResult("cstack.lua", Outcome.TIMED_OUT, 60.004, "no result after 60 s"),
                new UpstreamResult("api.lua", Outcome.SKIPPED, 0, "needs T")));
        assertEquals("""
                file            result     seconds  first error line / reason
                attrib.lua      passed        0.51
                constructs.lua  failed       12.00  jlua: constructs.lua:123: assertion failed!
                cstack.lua      timed out    60.00  no result after 60 s
                api.lua         skipped             needs T
                1 passed, 2 failed, 1 skipped
                """, table);
    }

    @Test
    void anEmptyRunStillCounts() {
        assertEquals("file  result     seconds  first error line / reason\n"
                + "0 passed, 0 failed, 0 skipped\n", UpstreamReport.table(List.of()));
    }

    @Test
    void cutsLongErrorLines() {
        String table = UpstreamReport.table(List.of(
                new UpstreamResult("x.lua", Outcome.FAILED, 1, "e".repeat(500))));
        assertEquals("x.lua  failed        1.00  " + "e".repeat(160) + "...",
                table.lines().toList().get(1));
    }
}
