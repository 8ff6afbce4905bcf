package org.jlua.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected ids are those lua5.4 printed in the messages of load(src, name). */
class ChunkIdTest {

    @Test
    void literalNameStandsForItself() {
        assertEquals("foo", ChunkId.of("=foo"));
        assertEquals("stdin", ChunkId.of("=stdin"));
        assertEquals("", ChunkId.of("="));
    }

    @Test
    void longLiteralNameKeepsItsFirst59Chars() {
        String fits = "a".repeat(58) + "b";
        assertEquals(fits, ChunkId.of("=" + fits));
        assertEquals("a".repeat(59), ChunkId.of("=" + "a".repeat(59) + "b"));
        assertEquals("a".repeat(59), ChunkId.of("=" + "a".repeat(60) + "bc"));
    }

    @Test
    void fileNameStandsForItself() {
        assertEquals("x.lua", ChunkId.of("@x.lua"));
        String fits = "a".repeat(58) + "b";
        assertEquals(fits, ChunkId.of("@" + fits));
    }

    @Test
    void longFileNameKeepsItsTail() {
        assertEquals("..." + "a".repeat(55) + "b", ChunkId.of("@" + "a".repeat(59) + "b"));
        assertEquals("..." + "a".repeat(46) + "0123456789", ChunkId.of("@" + "a".repeat(57) + "0123456789"));
    }

    @Test
    void sourceTextIsQuoted() {
        assertEquals("[string \"abc\"]", ChunkId.of("abc"));
        assertEquals("[string \"\"]", ChunkId.of(""));
        assertEquals("[string \"\r\"]", ChunkId.of("\r"));
        assertEquals("[string \"" + "b".repeat(44) + "\"]", ChunkId.of("b".repeat(44)));
    }

    @Test
    void longSourceTextIsCutAt45Chars() {
        assertEquals("[string \"" + "b".repeat(45) + "...\"]", ChunkId.of("b".repeat(45)));
        assertEquals("[string \"x=" + " ".repeat(43) + "...\"]", ChunkId.of("x=" + " ".repeat(60)));
    }

    @Test
    void sourceTextStopsAtItsFirstNewline() {
        assertEquals("[string \"abc...\"]", ChunkId.of("abc\ndef"));
        assertEquals("[string \"...\"]", ChunkId.of("\nx="));
    }
}
