package org.jlua.vm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** Binary chunks: writing a prototype and reading it back, and the errors of damaged chunks. */
class ProtoDumpTest {
    private static final String SOURCE = "@sample.lua";

    private static byte[] code(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < b.length; i++) b[i] = (byte) bytes[i];
        return b;
    }

    private static int[] lines(byte[] code, int line) {
        int[] l = new int[code.length];
        Arrays.fill(l, line);
        return l;
    }

    /** function (x is register 0 of the parent, captured) return x end. */
    private static Proto inner(String source) {
        byte[] c = code(Op.GETUPVAL, 0, 0, Op.RETURN1, 0);
        int[] l = {3, 3, 3, 4, 4};
        return new Proto(c, new Object[0], new long[0], new Proto[0], new boolean[] {true}, new int[] {0},
                new String[] {"x"}, 0, false, 1, l, new Proto.LocalVar[0], source, 2, 5);
    }

    /** local x = 7; return (function () return x end) with one constant of every kind. */
    private static Proto sample(String source) {
        byte[] c = code(Op.LOADI, 0, 0, 7, Op.NEWCELL, 0, Op.CLOSURE, 1, 0, 0, 0, 0, Op.RETURN1, 1);
        Object[] k = {null, Boolean.FALSE, Boolean.TRUE, Num.INT, Num.FLT, Num.FLT,
                LuaString.wrap(new byte[] {0, 'a', (byte) 255})};
        long[] kn = {0, 0, 0, Long.MIN_VALUE, Double.doubleToRawLongBits(-0.0), 0x7ff8000000000123L, 0};
        Proto.LocalVar[] locals = {new Proto.LocalVar("x", 0, 4, 12)};
        return new Proto(c, k, kn, new Proto[] {inner(source)}, new boolean[] {false}, new int[] {0},
                new String[] {"_ENV"}, 0, true, 2, lines(c, 1), locals, source, 0, 0);
    }

    private static void assertSameProto(Proto want, Proto got) {
        assertArrayEquals(want.code, got.code);
        assertArrayEquals(want.k, got.k);
        assertArrayEquals(want.kn, got.kn);
        assertArrayEquals(want.upvalInRegister, got.upvalInRegister);
        assertArrayEquals(want.upvalIndex, got.upvalIndex);
        assertArrayEquals(want.upvalNames, got.upvalNames);
        assertEquals(want.numParams, got.numParams);
        assertEquals(want.isVararg, got.isVararg);
        assertEquals(want.maxStack, got.maxStack);
        assertArrayEquals(want.lines, got.lines);
        assertArrayEquals(want.locals, got.locals);
        assertEquals(want.source, got.source);
        assertEquals(want.lineDefined, got.lineDefined);
        assertEquals(want.lastLineDefined, got.lastLineDefined);
        assertEquals(want.protos.length, got.protos.length);
        for (int i = 0; i < want.protos.length; i++) assertSameProto(want.protos[i], got.protos[i]);
    }

    private static String undumpError(byte[] chunk) {
        return assertThrows(LuaError.class, () -> ProtoDump.undump(chunk, "=x")).getMessage();
    }

    /** A chunk around a hand-written function body, with a right size and checksum. */
    private static byte[] chunk(int... body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(code(0x1b, 'L', 'u', 'a', 0x54, 'J', 0x19, 0x93, '\r', '\n', 0x1a, '\n', 4, body.length));
        byte[] b = code(body);
        out.writeBytes(b);
        CRC32 crc = new CRC32();
        crc.update(b);
        long v = crc.getValue();
        for (int i = 0; i < 4; i++) out.write((int) (v >>> (8 * i)));
        return out.toByteArray();
    }

    @Test
    void aDumpedPrototypeReadsBackUnchanged() {
        Proto p = sample(SOURCE);
        assertSameProto(p, ProtoDump.undump(ProtoDump.dump(p, false), "=x"));
    }

    @Test
    void aChunkStartsWithLuasSignatureAndJluasFormat() {
        byte[] c = ProtoDump.dump(sample(SOURCE), false);
        assertArrayEquals(code(0x1b, 'L', 'u', 'a', 0x54, 'J', 0x19, 0x93, '\r', '\n', 0x1a, '\n', 4),
                Arrays.copyOf(c, ProtoDump.HEADER_SIZE));
        assertTrue(ProtoDump.isBinary(c));
        assertFalse(ProtoDump.isBinary(code('r', 'e')));
        assertFalse(ProtoDump.isBinary(new byte[0]));
    }

    @Test
    void strippingDropsSourcesLinesLocalsAndUpvalueNames() {
        Proto p = sample(SOURCE);
        byte[] full = ProtoDump.dump(p, false);
        byte[] stripped = ProtoDump.dump(p, true);
        assertTrue(stripped.length < full.length);
        Proto s = ProtoDump.undump(stripped, "=x");
        for (Proto q : new Proto[] {s, s.protos[0]}) {
            assertEquals("=?", q.source);
            assertEquals(0, q.lines.length);
            assertEquals(0, q.locals.length);
            for (String name : q.upvalNames) assertNull(name);
            assertEquals(-1, q.lineBefore(2));
        }
        assertEquals(2, s.protos[0].lineDefined);
        assertEquals(5, s.protos[0].lastLineDefined);
        assertArrayEquals(p.code, s.code);
        assertArrayEquals(p.k, s.k);
    }

    @Test
    void aNestedFunctionsSourceIsWrittenOnlyWhereItDiffers() {
        String longName = "=" + "x".repeat(1000);
        byte[] c = ProtoDump.dump(sample(longName), false);
        assertTrue(c.length > 1000 && c.length < 2000, "length " + c.length);
        Proto p = ProtoDump.undump(c, "=x");
        assertEquals(longName, p.protos[0].source);

        Proto other = new Proto(sample(SOURCE).code, new Object[7], new long[7], new Proto[] {inner("@other.lua")},
                new boolean[] {false}, new int[] {0}, new String[] {"_ENV"}, 0, true, 2, new int[0],
                new Proto.LocalVar[0], SOURCE, 0, 0);
        assertEquals("@other.lua", ProtoDump.undump(ProtoDump.dump(other, false), "=x").protos[0].source);
    }

    @Test
    void aLoadedFunctionRunsWithItsUpvaluesFresh() {
        LibraryCalls lua = new LibraryCalls();
        Proto p = ProtoDump.undump(ProtoDump.dump(sample(SOURCE), false), "=x");
        LuaClosure main = lua.state.closeMain(p, lua.state.globals, 0);
        assertSame(lua.state.globals, main.upvals[0].o);
        Object inner = lua.callValue(main)[0];
        assertArrayEquals(new Object[] {7L}, lua.callValue(inner));
    }

    @Test
    void everyTruncationIsReportedAsSuch() {
        byte[] c = ProtoDump.dump(sample(SOURCE), false);
        for (int n = 1; n < c.length; n++) {
            byte[] prefix = Arrays.copyOf(c, n);
            assertEquals("binary string: bad binary format (truncated chunk)",
                    assertThrows(LuaError.class, () -> ProtoDump.undump(prefix, "\u001bLua")).getMessage(), "length " + n);
        }
    }

    @Test
    void everyDamagedByteIsABadBinaryFormat() {
        byte[] c = ProtoDump.dump(sample(SOURCE), false);
        for (int i = 1; i < c.length; i++) {
            for (int delta : new int[] {1, 0x80}) {
                byte[] damaged = c.clone();
                damaged[i] += (byte) delta;
                String message = undumpError(damaged);
                assertTrue(message.startsWith("x: bad binary format ("), "byte " + i + ": " + message);
            }
        }
    }

    @Test
    void bytesAfterTheChunkAreIgnoredAsInCLua() {
        byte[] c = ProtoDump.dump(sample(SOURCE), false);
        byte[] longer = Arrays.copyOf(c, c.length + 3);
        assertSameProto(sample(SOURCE), ProtoDump.undump(longer, "=x"));
    }

    @Test
    void headerErrorsAreCLuas() {
        assertEquals("x: bad binary format (truncated chunk)", undumpError(code(0x1b)));
        assertEquals("x: bad binary format (not a binary chunk)", undumpError(code(0x1b, ' ', 'r', 'e', 't')));
        assertEquals("x: bad binary format (version mismatch)", undumpError(code(0x1b, 'L', 'u', 'a', 0x53)));
        // C Lua's own binary chunks have format 0
        assertEquals("x: bad binary format (format mismatch)", undumpError(code(0x1b, 'L', 'u', 'a', 0x54, 0)));
        assertEquals("x: bad binary format (corrupted chunk)",
                undumpError(code(0x1b, 'L', 'u', 'a', 0x54, 'J', 0x19, 0x93, '\n', 0x1a, '\n', 0)));
        assertEquals("x: bad binary format (format mismatch)",
                undumpError(code(0x1b, 'L', 'u', 'a', 0x54, 'J', 0x19, 0x93, '\r', '\n', 0x1a, '\n', 9)));
        byte[] c = ProtoDump.dump(sample(SOURCE), false);
        c[c.length - 1]++;
        assertEquals("x: bad binary format (corrupted chunk)", undumpError(c));
    }

    @Test
    void errorsNameTheChunkAsCLuaDoes() {
        assertEquals("f.lua", ProtoDump.displayName("@f.lua"));
        assertEquals("stdin", ProtoDump.displayName("=stdin"));
        assertEquals("binary string", ProtoDump.displayName("\u001bLua\u0054"));
        assertEquals("chunk", ProtoDump.displayName("chunk"));
        assertEquals("", ProtoDump.displayName(""));
    }

    @Test
    void malformedBodiesAreRejected() {
        // oversized varints
        assertEquals("x: bad binary format (integer overflow)", undumpError(chunk(0xff, 0xff, 0xff, 0xff, 0x0f)));
        assertEquals("x: bad binary format (integer overflow)",
                undumpError(chunk(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01)));
        // source "", lines 0 0, no params, not vararg, 1 register, code RETURN0, one constant of tag 9
        assertEquals("x: bad binary format (corrupted chunk)",
                undumpError(chunk(1, 0, 0, 0, 0, 1, 1, Op.RETURN0, 1, 9, 0, 0, 0, 0, 0)));
        // a count larger than what is left
        assertEquals("x: bad binary format (truncated chunk)", undumpError(chunk(1, 0, 0, 0, 0, 1, 100, Op.RETURN0)));
        // the smallest function, and the same with bytes left over inside the checked body
        Proto p = ProtoDump.undump(chunk(1, 0, 0, 0, 0, 1, 1, Op.RETURN0, 0, 0, 0, 0, 0, 0), "=x");
        assertEquals("", p.source);
        assertEquals("x: bad binary format (corrupted chunk)",
                undumpError(chunk(1, 0, 0, 0, 0, 1, 1, Op.RETURN0, 0, 0, 0, 0, 0, 0, 0)));
        // a line table that does not cover the code
        assertEquals("x: bad binary format (corrupted chunk)",
                undumpError(chunk(1, 0, 0, 0, 0, 1, 1, Op.RETURN0, 0, 0, 0, 1, 2, 5, 0, 0)));
    }

    /** A function with the given code, two registers, one constant, one upvalue and no nested functions. */
    private static Proto withCode(int... bytes) {
        byte[] c = code(bytes);
        return new Proto(c, new Object[] {Num.INT}, new long[] {1}, new Proto[0], new boolean[] {false},
                new int[] {0}, new String[] {"_ENV"}, 0, false, 2, lines(c, 1), new Proto.LocalVar[0], SOURCE, 0, 0);
    }

    private static void assertRejected(Proto p) {
        assertFalse(ProtoDump.wellFormed(p));
        assertEquals("x: bad binary format (corrupted chunk)", undumpError(ProtoDump.dump(p, false)));
    }

    @Test
    void codeThatCouldReachOutsideItsTablesIsRejected() {
        assertTrue(ProtoDump.wellFormed(withCode(Op.LOADK, 1, 0, 0, Op.GETUPVAL, 0, 0, Op.RETURN, 0, 3)));
        assertRejected(withCode(Op.LOADK, 2, 0, 0, Op.RETURN0));
        assertRejected(withCode(Op.LOADK, 0, 0, 1, Op.RETURN0));
        assertRejected(withCode(Op.GETUPVAL, 0, 1, Op.RETURN0));
        assertRejected(withCode(Op.CLOSURE, 0, 0, 0, 0, 0, Op.RETURN0));
        assertRejected(withCode(Op.LOADNIL, 1, 2, Op.RETURN0));
        assertRejected(withCode(Op.RETURN, 1, 3));
        assertRejected(withCode(Op.TEST, 0, 2, 0, 0, Op.RETURN0));
        assertRejected(withCode(OpCode.values().length, Op.RETURN0));
        assertRejected(withCode(Op.RETURN0, Op.LOADK, 0));
        assertRejected(withCode(Op.LOADTRUE, 0));
        assertRejected(withCode());
    }

    @Test
    void jumpsMustLandOnAnInstruction() {
        // JMP's offset is 32 bits
        assertTrue(ProtoDump.wellFormed(withCode(Op.JMP, 0, 0, 0, 1, Op.RETURN0, Op.JMP, 0xff, 0xff, 0xff, 0xfa)));
        assertRejected(withCode(Op.JMP, 0, 0, 0, 2, Op.RETURN0, Op.RETURN0));
        assertRejected(withCode(Op.JMP, 0, 0, 0, 1, Op.RETURN0));
        assertRejected(withCode(Op.JMP, 0xff, 0xff, 0xff, 0xf0, Op.RETURN0));
        assertRejected(withCode(Op.RETURN0, Op.JMP, 0xff, 0xff, 0xff, 0xfe));
        assertRejected(withCode(Op.JMP, 0x7f, 0xff, 0xff, 0xff, Op.RETURN0));
    }

    @Test
    void nestedUpvaluesAndLocalsMustExist() {
        Proto badInner = new Proto(inner(SOURCE).code, new Object[0], new long[0], new Proto[0],
                new boolean[] {true}, new int[] {2}, new String[] {"x"}, 0, false, 1, new int[0],
                new Proto.LocalVar[0], SOURCE, 2, 5);
        Proto parent = sample(SOURCE);
        assertRejected(new Proto(parent.code, parent.k, parent.kn, new Proto[] {badInner}, parent.upvalInRegister,
                parent.upvalIndex, parent.upvalNames, 0, true, 2, parent.lines, parent.locals, SOURCE, 0, 0));
        assertRejected(new Proto(parent.code, parent.k, parent.kn, parent.protos, parent.upvalInRegister,
                parent.upvalIndex, parent.upvalNames, 0, true, 2, parent.lines,
                new Proto.LocalVar[] {new Proto.LocalVar("y", 2, 0, 1)}, SOURCE, 0, 0));
        assertRejected(new Proto(parent.code, parent.k, parent.kn, parent.protos, parent.upvalInRegister,
                parent.upvalIndex, parent.upvalNames, 0, true, 2, parent.lines,
                new Proto.LocalVar[] {new Proto.LocalVar("y", 0, 0, 15)}, SOURCE, 0, 0));
        assertRejected(new Proto(parent.code, parent.k, parent.kn, parent.protos, parent.upvalInRegister,
                parent.upvalIndex, parent.upvalNames, 3, true, 2, parent.lines, parent.locals, SOURCE, 0, 0));
    }
}
