package org.jlua.vm;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Binary chunks: a {@link Proto} as bytes ({@code string.dump}) and back ({@code load} of a
 * chunk that starts with ESC). The format is jlua's own; only the first bytes follow C Lua,
 * so that both recognise a binary chunk and C Lua refuses a jlua one as a format mismatch.
 *
 * <pre>
 * chunk    := "\x1bLua" 0x54 'J' "\x19\x93\r\n\x1a\n" REVISION  varint(size) function u32(crc)
 * function := source? varint(lineDefined) varint(lastLineDefined)
 *             u8(numParams) u8(isVararg) u8(maxStack)
 *             varint(n) code-bytes   varint(n) constant*   varint(n) (u8(inRegister) varint(index))*
 *             varint(n) function*    varint(n) (zigzag(line delta) varint(bytes))*
 *             varint(n) (name varint(register) varint(startPc) varint(endPc))*   varint(n) name?*
 * constant := 0 nil | 1 false | 2 true | 3 i64 | 4 f64-bits | 5 string
 * string   := varint(length) bytes;    string? := varint(length + 1) bytes, or 0 for none
 * </pre>
 * Numbers are little-endian, varints unsigned LEB128. A function without a source has its
 * parent's, or "=?" at the top. The line table is stored as runs of code bytes on one line.
 * A stripped chunk has no sources, lines, locals or upvalue names.
 *
 * The CRC-32 of the function bytes makes an accidentally damaged chunk a "bad binary format"
 * error, and every index in the code is checked against the tables it refers to, so that
 * the dispatch loop, which trusts its code, never reads outside them. A deliberately
 * forged chunk can still misbehave, as in C Lua (manual section 6.1, {@code load}).
 */
public final class ProtoDump {
    static final byte[] SIGNATURE = {0x1B, 'L', 'u', 'a'};
    static final int VERSION = 0x54;
    /** C Lua writes 0 here for its official format. */
    static final int FORMAT = 'J';
    /** Catches chunks mangled by text-mode conversions, as C Lua's LUAC_DATA does. */
    static final byte[] DATA = {0x19, (byte) 0x93, '\r', '\n', 0x1A, '\n'};
    /** Changes whenever the layout of a function does. */
    static final int REVISION = 4;
    static final int HEADER_SIZE = SIGNATURE.length + 2 + DATA.length + 1;

    private static final int K_NIL = 0, K_FALSE = 1, K_TRUE = 2, K_INT = 3, K_FLT = 4, K_STRING = 5;

    private ProtoDump() {}

    /** True if {@code chunk} is to be loaded as a binary chunk: it starts with ESC, as in C Lua. */
    public static boolean isBinary(byte[] chunk) {
        return isBinary(chunk, 0);
    }

    /** True if the chunk that starts at {@code from} in {@code bytes} is binary. */
    public static boolean isBinary(byte[] bytes, int from) {
        return from < bytes.length && bytes[from] == SIGNATURE[0];
    }

    // ================================================================ dump

    /** The binary chunk of {@code p}; with {@code strip}, without debug information. */
    public static byte[] dump(Proto p, boolean strip) {
        Out body = new Out();
        function(body, p, null, strip);
        Out chunk = new Out();
        chunk.bytes(SIGNATURE);
        chunk.u8(VERSION);
        chunk.u8(FORMAT);
        chunk.bytes(DATA);
        chunk.u8(REVISION);
        chunk.varint(body.size());
        chunk.write(body.toByteArray(), 0, body.size());
        CRC32 crc = new CRC32();
        crc.update(body.toByteArray());
        chunk.fixed((int) crc.getValue(), 4);
        return chunk.toByteArray();
    }

    private static void function(Out out, Proto p, String parentSource, boolean strip) {
        out.optString(strip || p.source.equals(parentSource) ? null : p.source);
        out.varint(p.lineDefined);
        out.varint(p.lastLineDefined);
        out.u8(p.numParams);
        out.u8(p.isVararg ? 1 : 0);
        out.u8(p.maxStack);
        out.varint(p.code.length);
        out.bytes(p.code);
        out.varint(p.k.length);
        for (int i = 0; i < p.k.length; i++) constant(out, p.k[i], p.kn[i]);
        out.varint(p.upvalIndex.length);
        for (int i = 0; i < p.upvalIndex.length; i++) {
            out.u8(p.upvalInRegister[i] ? 1 : 0);
            out.varint(p.upvalIndex[i]);
        }
        out.varint(p.protos.length);
        for (Proto nested : p.protos) function(out, nested, p.source, strip);
        lines(out, strip ? new int[0] : p.lines);
        Proto.LocalVar[] locals = strip ? new Proto.LocalVar[0] : p.locals;
        out.varint(locals.length);
        for (Proto.LocalVar v : locals) {
            out.string(v.name());
            out.varint(v.register());
            out.varint(v.startPc());
            out.varint(v.endPc());
        }
        String[] names = strip ? new String[0] : p.upvalNames;
        out.varint(names.length);
        for (String name : names) out.optString(name);
    }

    private static void constant(Out out, Object tag, long bits) {
        if (tag == null) {
            out.u8(K_NIL);
        } else if (tag instanceof Boolean b) {
            out.u8(b ? K_TRUE : K_FALSE);
        } else if (tag == Num.INT || tag == Num.FLT) {
            out.u8(tag == Num.INT ? K_INT : K_FLT);
            out.fixed(bits, 8);
        } else {
            LuaString s = (LuaString) tag;
            out.u8(K_STRING);
            out.varint(s.length());
            out.bytes(s.bytes());
        }
    }

    /** The line of each code byte, as runs of equal lines. */
    private static void lines(Out out, int[] lines) {
        int runs = 0;
        for (int i = 0; i < lines.length; i++) {
            if (i == 0 || lines[i] != lines[i - 1]) runs++;
        }
        out.varint(runs);
        int previous = 0;
        for (int i = 0; i < lines.length; ) {
            int j = i;
            while (j < lines.length && lines[j] == lines[i]) j++;
            int delta = lines[i] - previous;
            out.varint((delta << 1) ^ (delta >> 31));
            out.varint(j - i);
            previous = lines[i];
            i = j;
        }
    }

    private static final class Out extends ByteArrayOutputStream {
        void u8(int v) {
            write(v);
        }

        void bytes(byte[] b) {
            write(b, 0, b.length);
        }

        void varint(long v) {
            while ((v & ~0x7FL) != 0) {
                write((int) (v & 0x7F) | 0x80);
                v >>>= 7;
            }
            write((int) v);
        }

        void fixed(long v, int size) {
            for (int i = 0; i < size; i++) write((int) (v >>> (8 * i)));
        }

        void string(String s) {
            byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
            varint(b.length);
            bytes(b);
        }

        void optString(String s) {
            if (s == null) {
                varint(0);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
            varint(b.length + 1L);
            bytes(b);
        }
    }

    // ================================================================ undump

    /**
     * The main function of a binary chunk. Errors are C Lua's: "name: bad binary format
     * (truncated chunk)", where name comes from {@code chunkName} as C Lua shows it.
     */
    public static Proto undump(byte[] chunk, String chunkName) {
        In in = new In(chunk, displayName(chunkName));
        in.literal(SIGNATURE, "not a binary chunk");
        if (in.u8() != VERSION) throw in.error("version mismatch");
        if (in.u8() != FORMAT) throw in.error("format mismatch");
        in.literal(DATA, "corrupted chunk");
        if (in.u8() != REVISION) throw in.error("format mismatch");
        int size = in.count();
        int start = in.pos;
        if ((long) start + size + 4 > chunk.length) throw in.error("truncated chunk");
        CRC32 crc = new CRC32();
        crc.update(chunk, start, size);
        in.limit = start + size + 4;
        in.pos = start + size;
        if ((int) in.fixed(4) != (int) crc.getValue()) throw in.error("corrupted chunk");
        in.pos = start;
        in.limit = start + size;
        Proto p = in.function("=?");
        if (in.pos != in.limit) throw in.error("corrupted chunk");
        return p;
    }

    /** How the loader names a chunk in its errors (lundump.c): "@f" and "=f" as f, binary text as "binary string". */
    static String displayName(String chunkName) {
        if (chunkName.startsWith("@") || chunkName.startsWith("=")) return chunkName.substring(1);
        if (!chunkName.isEmpty() && chunkName.charAt(0) == SIGNATURE[0]) return "binary string";
        return chunkName;
    }

    private static final class In {
        private final byte[] b;
        private final String name;
        int pos;
        int limit;

        In(byte[] b, String name) {
            this.b = b;
            this.name = name;
            this.limit = b.length;
        }

        LuaError error(String why) {
            return new LuaError(name + ": bad binary format (" + why + ")");
        }

        private void need(long n) {
            if (n > limit - pos) throw error("truncated chunk");
        }

        void literal(byte[] expected, String why) {
            need(expected.length);
            for (int i = 0; i < expected.length; i++) {
                if (b[pos++] != expected[i]) throw error(why);
            }
        }

        int u8() {
            need(1);
            return b[pos++] & 0xFF;
        }

        long fixed(int size) {
            need(size);
            long v = 0;
            for (int i = 0; i < size; i++) v |= (long) (b[pos++] & 0xFF) << (8 * i);
            return v;
        }

        /** An unsigned LEB128 number that fits in an int (at most 5 bytes). */
        int varint() {
            long v = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int c = u8();
                v |= (long) (c & 0x7F) << shift;
                if (v > Integer.MAX_VALUE) break;
                if ((c & 0x80) == 0) return (int) v;
            }
            throw error("integer overflow");
        }

        /** A count of things that take at least a byte each: more than the bytes left is a truncated chunk. */
        int count() {
            int n = varint();
            need(n);
            return n;
        }

        byte[] bytes(int n) {
            need(n);
            byte[] r = Arrays.copyOfRange(b, pos, pos + n);
            pos += n;
            return r;
        }

        String string(int length) {
            return new String(bytes(length), StandardCharsets.ISO_8859_1);
        }

        /** A string that may be absent (null). */
        String optString() {
            int n = varint();
            return n == 0 ? null : string(n - 1);
        }

        Proto function(String parentSource) {
            String source = optString();
            if (source == null) source = parentSource;
            int lineDefined = varint();
            int lastLineDefined = varint();
            int numParams = u8();
            int vararg = u8();
            int maxStack = u8();
            if (vararg > 1) throw error("corrupted chunk");
            byte[] code = bytes(count());
            int nk = count();
            Object[] k = new Object[nk];
            long[] kn = new long[nk];
            for (int i = 0; i < nk; i++) {
                switch (u8()) {
                    case K_NIL -> k[i] = null;
                    case K_FALSE -> k[i] = Boolean.FALSE;
                    case K_TRUE -> k[i] = Boolean.TRUE;
                    case K_INT -> {
                        k[i] = Num.INT;
                        kn[i] = fixed(8);
                    }
                    case K_FLT -> {
                        k[i] = Num.FLT;
                        kn[i] = fixed(8);
                    }
                    case K_STRING -> k[i] = LuaString.wrap(bytes(count()));
                    default -> throw error("corrupted chunk");
                }
            }
            int nup = count();
            boolean[] inRegister = new boolean[nup];
            int[] index = new int[nup];
            for (int i = 0; i < nup; i++) {
                int r = u8();
                if (r > 1) throw error("corrupted chunk");
                inRegister[i] = r == 1;
                index[i] = varint();
            }
            Proto[] protos = new Proto[count()];
            for (int i = 0; i < protos.length; i++) protos[i] = function(source);
            int[] lines = lines(code.length);
            Proto.LocalVar[] locals = new Proto.LocalVar[count()];
            for (int i = 0; i < locals.length; i++) {
                locals[i] = new Proto.LocalVar(string(count()), varint(), varint(), varint());
            }
            int nnames = count();
            if (nnames != 0 && nnames != nup) throw error("corrupted chunk");
            String[] names = new String[nup];
            for (int i = 0; i < nnames; i++) names[i] = optString();
            Proto p = new Proto(code, k, kn, protos, inRegister, index, names, numParams, vararg == 1, maxStack,
                    lines, locals, source, lineDefined, lastLineDefined);
            if (!ProtoDump.wellFormed(p)) throw error("corrupted chunk");
            return p;
        }

        /** The line table: one line per code byte, or none at all. */
        private int[] lines(int codeLength) {
            int runs = count();
            if (runs == 0) return new int[0];
            int[] lines = new int[codeLength];
            int at = 0;
            int line = 0;
            for (int r = 0; r < runs; r++) {
                int zigzag = varint();
                line += (zigzag >>> 1) ^ -(zigzag & 1);
                int length = varint();
                if (length > codeLength - at) throw error("corrupted chunk");
                Arrays.fill(lines, at, at + length, line);
                at += length;
            }
            if (at != codeLength) throw error("corrupted chunk");
            return lines;
        }
    }

    // ================================================================ checks

    /**
     * True if every instruction of {@code p} decodes within its code, names registers below
     * its maximum stack size, existing constants, upvalues and nested functions, jumps to the
     * start of an instruction, and the code cannot run off its end; and if the nested
     * functions' upvalues and the local variables refer to what exists.
     */
    static boolean wellFormed(Proto p) {
        if (p.numParams > p.maxStack) return false;
        byte[] code = p.code;
        boolean[] starts = new boolean[code.length + 1];
        int pc = 0;
        OpCode last = null;
        while (pc < code.length) {
            int opcode = code[pc] & 0xFF;
            if (opcode >= OpCode.values().length) return false;
            OpCode op = OpCode.of(opcode);
            if (pc + op.size > code.length) return false;
            starts[pc] = true;
            last = op;
            pc += op.size;
        }
        if (last != OpCode.RETURN && last != OpCode.RETURN0 && last != OpCode.RETURN1 && last != OpCode.JMP) {
            return false;
        }
        for (Disassembler.Instruction in : Disassembler.decode(code)) {
            if (!operandsInRange(p, in, starts)) return false;
        }
        for (Proto nested : p.protos) {
            for (int i = 0; i < nested.upvalIndex.length; i++) {
                int limit = nested.upvalInRegister[i] ? p.maxStack : p.upvalIndex.length;
                if (nested.upvalIndex[i] >= limit) return false;
            }
        }
        for (Proto.LocalVar v : p.locals) {
            if (v.register() >= p.maxStack || v.startPc() > v.endPc() || v.endPc() > code.length) return false;
        }
        return true;
    }

    private static boolean operandsInRange(Proto p, Disassembler.Instruction in, boolean[] starts) {
        OpCode op = in.op();
        int[] v = in.operands();
        for (int i = 0; i < v.length; i++) {
            int x = v[i];
            boolean ok = switch (op.operands[i]) {
                case REG -> x < p.maxStack;
                case CONST, WIDECONST -> x >= 0 && x < p.k.length;
                case UPVAL -> x < p.upvalIndex.length;
                case PROTO -> x >= 0 && x < p.protos.length;
                case FLAG -> x <= 1;
                case JUMP, FARJUMP -> {
                    int target = in.next() + x;
                    yield target >= 0 && target < starts.length - 1 && starts[target];
                }
                case COUNT, INT -> true;
                case INDEX -> x >= 0; // read as a signed int: past 2^31 is no size or index we make
            };
            if (!ok) return false;
        }
        return registerSpanInRange(p.maxStack, op, v);
    }

    /** The registers an instruction uses beyond its first operand, as listed in {@link OpCode}. */
    private static boolean registerSpanInRange(int maxStack, OpCode op, int[] v) {
        int a = v.length > 0 ? v[0] : 0;
        return switch (op) {
            case LOADNIL, CONCAT -> a + v[1] <= maxStack;
            case CALL -> a + v[1] <= maxStack && a + v[2] - 1 <= maxStack;
            case TAILCALL -> a + v[1] <= maxStack;
            case RETURN -> a + v[1] - 1 <= maxStack;
            case VARARG -> a + v[1] - 1 <= maxStack;
            case SETLIST -> a + v[1] + 1 <= maxStack;
            case SELF -> a + 2 <= maxStack;
            case FORPREP, FORLOOP, TFORPREP -> a + 4 <= maxStack;
            case TFORCALL -> a + 4 + v[1] <= maxStack;
            case TFORLOOP -> a + 5 <= maxStack;
            default -> true;
        };
    }
}
