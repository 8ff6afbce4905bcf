package org.jlua.luatests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The failure reports of the corpus harness must point at the right lines, visibly. */
class TextDiffTest {

    @Test
    void equalTextsHaveNoDiff() {
        assertEquals("", TextDiff.of("a\nb\n", "a\nb\n"));
    }

    @Test
    void changedLineShowsBothSidesWithContext() {
        String diff = TextDiff.of("1\n2\n3\n4\n5\n6\n7\n", "1\n2\n3\nfour\n5\n6\n7\n");
        assertEquals("""
                (- expected, + actual; line numbers are each side's own)
                     2 | 2
                     3 | 3
                -    4 | 4
                +    4 | four
                     5 | 5
                     6 | 6
                """, diff);
    }

    @Test
    void insertedAndRemovedLinesAreAligned() {
        String diff = TextDiff.of("a\nb\nc\n", "a\nx\nb\n");
        assertEquals("""
                (- expected, + actual; line numbers are each side's own)
                     1 | a
                +    2 | x
                     2 | b
                -    3 | c
                """, diff);
    }

    @Test
    void tabsAndHighBytesAreVisible() {
        String diff = TextDiff.of("1\t2\n", "1 2\n");
        assertTrue(diff.contains("-    1 | 1\\t2\n"), diff);
        assertTrue(diff.contains("+    1 | 1 2\n"), diff);
        assertEquals("\\xff\\x00\\\\", Bytes.visible("\u00ff\u0000\\"));
    }

    @Test
    void missingFinalNewlineIsADifference() {
        String diff = TextDiff.of("done\n", "done");
        assertTrue(diff.contains("+    1 | done   [no newline at end]"), diff);
        assertTrue(diff.contains("-    1 | done\n"), diff);
    }

    @Test
    void distantChangesAreSeparatedByAnEllipsis() {
        StringBuilder expected = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            expected.append(i).append('\n');
            actual.append(i == 2 || i == 18 ? "x" : String.valueOf(i)).append('\n');
        }
        String diff = TextDiff.of(expected.toString(), actual.toString());
        assertTrue(diff.contains("     4 | 4\n...\n    16 | 16\n"), diff);
    }

    @Test
    void firstLineStopsAtEitherLineBreak() {
        assertEquals("jlua: x", Bytes.firstLine("jlua: x\r\nstack traceback:\n"));
        assertEquals("jlua: y", Bytes.firstLine("jlua: y\nmore"));
        assertEquals("no break", Bytes.firstLine("no break"));
    }
}
