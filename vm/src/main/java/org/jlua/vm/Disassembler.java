package org.jlua.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code luac -l}-like listing of a prototype and the functions nested in it, decoded by
 * each opcode's {@link OpCode#operands} alone: a header per function, then one line per
 * instruction, {@code pc [line] NAME operands ; comment}, where the comment shows the
 * constants, upvalue names and jump targets the operands refer to; then the constants,
 * locals and upvalues.
 */
public final class Disassembler {
    private Disassembler() {
    }

    /** One decoded instruction: its pc (byte offset), opcode and operand values. */
    public record Instruction(int pc, OpCode op, int[] operands) {
        /** The pc of the following instruction. */
        public int next() {
            return pc + op.size;
        }

        /** Where the instruction's jump operand leads, or -1 if it has none. */
        public int jumpTarget() {
            for (int i = 0; i < op.operands.length; i++) {
                if (op.operands[i] == Operand.JUMP || op.operands[i] == Operand.FARJUMP) return next() + operands[i];
            }
            return -1;
        }
    }

    /** The instructions of {@code code}, in order. */
    public static List<Instruction> decode(byte[] code) {
        List<Instruction> out = new ArrayList<>();
        int pc = 0;
        while (pc < code.length) {
            OpCode op = OpCode.of(code[pc]);
            int[] operands = new int[op.operands.length];
            int at = pc + 1;
            for (int i = 0; i < operands.length; i++) {
                Operand kind = op.operands[i];
                operands[i] = read(code, at, kind);
                at += kind.size;
            }
            out.add(new Instruction(pc, op, operands));
            pc = at;
        }
        return out;
    }

    private static int read(byte[] code, int at, Operand kind) {
        switch (kind.size) {
            case 1:
                return code[at] & 0xFF;
            case 2:
                int v = ((code[at] & 0xFF) << 8) | (code[at + 1] & 0xFF);
                return kind == Operand.INT || kind == Operand.JUMP ? (short) v : v;
            default:
                return ((code[at] & 0xFF) << 24) | ((code[at + 1] & 0xFF) << 16)
                        | ((code[at + 2] & 0xFF) << 8) | (code[at + 3] & 0xFF);
        }
    }

    /** The listing of {@code p}, then of each nested function in turn. */
    public static String listing(Proto p) {
        StringBuilder sb = new StringBuilder();
        function(sb, p);
        return sb.toString();
    }

    private static void function(StringBuilder sb, Proto p) {
        List<Instruction> code = decode(p.code);
        sb.append(p.lineDefined == 0 ? "main" : "function").append(' ').append(where(p))
                .append(" (").append(plural(code.size(), "instruction")).append(", ")
                .append(plural(p.code.length, "byte")).append(")\n");
        sb.append(p.numParams).append(p.isVararg ? "+" : "").append(p.numParams == 1 && !p.isVararg ? " param, " : " params, ")
                .append(plural(p.maxStack, "register")).append(", ")
                .append(plural(p.upvalNames.length, "upvalue")).append(", ")
                .append(plural(p.locals.length, "local")).append(", ")
                .append(plural(p.k.length, "constant")).append(", ")
                .append(plural(p.protos.length, "function")).append('\n');
        for (Instruction in : code) instruction(sb, p, in);
        sb.append("constants (").append(p.k.length).append("):\n");
        for (int i = 0; i < p.k.length; i++) {
            sb.append('\t').append(i).append('\t').append(typeLetter(p.k[i])).append('\t')
                    .append(constant(p, i)).append('\n');
        }
        sb.append("locals (").append(p.locals.length).append("):\n");
        for (int i = 0; i < p.locals.length; i++) {
            Proto.LocalVar v = p.locals[i];
            sb.append('\t').append(i).append('\t').append(v.name()).append("\tR").append(v.register())
                    .append('\t').append(v.startPc()).append('\t').append(v.endPc()).append('\n');
        }
        sb.append("upvalues (").append(p.upvalNames.length).append("):\n");
        for (int i = 0; i < p.upvalNames.length; i++) {
            sb.append('\t').append(i).append('\t').append(p.upvalNames[i]).append('\t')
                    .append(p.upvalInRegister[i] ? "register" : "upvalue").append('\t')
                    .append(p.upvalIndex[i]).append('\n');
        }
        for (Proto nested : p.protos) {
            sb.append('\n');
            function(sb, nested);
        }
    }

    private static void instruction(StringBuilder sb, Proto p, Instruction in) {
        OpCode op = in.op();
        sb.append('\t').append(in.pc()).append("\t[").append(p.lines[in.pc()]).append("]\t")
                .append(String.format("%-9s", op.name()));
        List<String> comments = new ArrayList<>();
        for (int i = 0; i < op.operands.length; i++) {
            int v = in.operands()[i];
            sb.append(i == 0 ? "\t" : " ").append(v);
            switch (op.operands[i]) {
                case CONST, WIDECONST -> comments.add(constant(p, v));
                case UPVAL -> comments.add(v < p.upvalNames.length ? p.upvalNames[v] : "?");
                case JUMP, FARJUMP -> comments.add("to " + (in.next() + v));
                case PROTO -> comments.add(v < p.protos.length ? where(p.protos[v]) : "?");
                default -> { }
            }
        }
        if (!comments.isEmpty()) sb.append("\t; ").append(String.join(" ", comments));
        sb.append('\n');
    }

    private static String where(Proto p) {
        return "<" + ChunkId.of(p.source) + ":" + p.lineDefined + "," + p.lastLineDefined + ">";
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String typeLetter(Object k) {
        if (k == Num.INT) return "I";
        if (k == Num.FLT) return "F";
        if (k instanceof LuaString) return "S";
        if (k instanceof Boolean) return "B";
        return k == null ? "N" : "?";
    }

    /** A constant as Lua source would write it (strings quoted, bytes escaped). */
    private static String constant(Proto p, int i) {
        if (i >= p.k.length) return "?";
        Object k = p.k[i];
        if (k == Num.INT) return Numerals.toString(p.kn[i]);
        if (k == Num.FLT) return Numerals.toString(Double.longBitsToDouble(p.kn[i]));
        if (k instanceof LuaString s) return quote(s);
        return String.valueOf(k == null ? "nil" : k);
    }

    private static String quote(LuaString s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            int c = s.byteAt(i) & 0xFF;
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 32 || c >= 127) {
                        sb.append(String.format("\\%03d", c));
                    } else {
                        sb.append((char) c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
