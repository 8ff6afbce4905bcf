package org.jlua.vm;

/**
 * Names the value behind a register for error messages ("(local 'x')", "(global 'f')",
 * "(field 'y')", "(upvalue 'z')", "(constant 'c')", "(method 'm')"), by reading the code
 * of the running function as C Lua's getobjname does: a register is named after the local
 * variable that lives in it, or else after the instruction that last loaded it.
 */
final class VarInfo {
    private VarInfo() {}

    /** The parenthesised description, with a leading space, or "" when nothing is known. */
    static String describe(LuaThread L, int reg) {
        Frame f = L.currentFrame();
        if (f.closure == null) return "";
        String[] kindAndName = name(f.closure.proto, f.pc - 1, reg);
        return kindAndName == null ? "" : " (" + kindAndName[0] + " '" + kindAndName[1] + "')";
    }

    static String upvalue(LuaThread L, int upval) {
        Frame f = L.currentFrame();
        if (f.closure == null) return "";
        String[] names = f.closure.proto.upvalNames;
        return upval < names.length && names[upval] != null ? " (upvalue '" + names[upval] + "')" : "";
    }

    /**
     * {kind, name} for register {@code reg} at the instruction containing {@code lastpc}
     * (any byte of it), or null.
     */
    static String[] name(Proto p, int lastpc, int reg) {
        int start = instructionStart(p, lastpc);
        String local = p.localName(reg, start);
        if (local != null) return new String[] {"local", local};
        int setter = findSetter(p, start, reg);
        if (setter < 0) return null;
        byte[] code = p.code;
        int op = code[setter];
        int at = setter + 1;
        switch (op) {
            case Op.MOVE: {
                int b = code[at + 1] & 0xFF;
                if (b < (code[at] & 0xFF)) return name(p, setter, b);
                return null;
            }
            case Op.GETCELL: {
                int b = code[at + 1] & 0xFF;
                String n = p.localName(b, setter);
                return n == null ? null : new String[] {"local", n};
            }
            case Op.GETUPVAL: {
                int u = code[at + 1] & 0xFF;
                return new String[] {"upvalue", upvalName(p, u)};
            }
            case Op.GETTABUP: {
                int u = code[at + 1] & 0xFF;
                String key = constantString(p, u16(code, at + 2));
                if (key == null) return null;
                return new String[] {"_ENV".equals(upvalName(p, u)) ? "global" : "field", key};
            }
            case Op.GETFIELD: {
                int b = code[at + 1] & 0xFF;
                String key = constantString(p, u16(code, at + 2));
                if (key == null) return null;
                String[] t = name(p, setter, b);
                boolean env = t != null && "_ENV".equals(t[1]) && !"constant".equals(t[0]);
                return new String[] {env ? "global" : "field", key};
            }
            case Op.GETTABLE: {
                if (isSelfByLoadKx(p, setter)) {
                    String key = constantString(p, Operand.u32(code, setter - 4));
                    return key == null ? null : new String[] {"method", key};
                }
                String[] t = name(p, setter, code[at + 1] & 0xFF);
                boolean env = t != null && "_ENV".equals(t[1]) && !"constant".equals(t[0]);
                return new String[] {env ? "global" : "field", keyName(p, setter, code[at + 2] & 0xFF)};
            }
            case Op.SELF: {
                String key = constantString(p, u16(code, at + 2));
                return key == null ? null : new String[] {"method", key};
            }
            case Op.LOADK: {
                String s = constantString(p, u16(code, at + 1));
                return s == null ? null : new String[] {"constant", s};
            }
            case Op.LOADKX: {
                String s = constantString(p, Operand.u32(code, at + 1));
                return s == null ? null : new String[] {"constant", s};
            }
            default:
                return null;
        }
    }

    /**
     * How C Lua names the key of a table read from a register: a string constant by itself,
     * a small non-negative integer constant (its GETI instruction) "integer index", else "?".
     */
    private static String keyName(Proto p, int pc, int reg) {
        String[] key = name(p, pc, reg);
        if (key != null) return "constant".equals(key[0]) ? key[1] : "?";
        int setter = findSetter(p, pc, reg);
        if (setter >= 0 && p.code[setter] == Op.LOADI) {
            int v = (short) u16(p.code, setter + 2);
            if (v >= 0 && v <= 255) return "integer index";
        }
        return "?";
    }

    private static String upvalName(Proto p, int u) {
        return u < p.upvalNames.length && p.upvalNames[u] != null ? p.upvalNames[u] : "?";
    }

    /**
     * The compiler's SELF for a method name past the constants an operand can name: MOVE
     * A+1 B; LOADKX A name; GETTABLE A A+1 A. Named "method", as SELF is.
     */
    private static boolean isSelfByLoadKx(Proto p, int pc) {
        byte[] code = p.code;
        int a = code[pc + 1] & 0xFF;
        return pc >= 6 && instructionStart(p, pc - 1) == pc - 6 && code[pc - 6] == Op.LOADKX
                && (code[pc - 5] & 0xFF) == a
                && (code[pc + 2] & 0xFF) == a + 1 && (code[pc + 3] & 0xFF) == a;
    }

    private static int u16(byte[] code, int at) {
        return ((code[at] & 0xFF) << 8) | (code[at + 1] & 0xFF);
    }

    private static String constantString(Proto p, int k) {
        return k < p.k.length && p.k[k] instanceof LuaString s ? s.toString() : null;
    }

    /** The start of the instruction that contains code byte {@code pc}. */
    static int instructionStart(Proto p, int pc) {
        int i = 0;
        byte[] code = p.code;
        while (i < code.length) {
            int next = i + OpCode.of(code[i]).size;
            if (pc < next) return i;
            i = next;
        }
        return i;
    }

    /**
     * The pc of the last instruction before {@code lastpc} that wrote {@code reg}, or -1.
     * Writes inside the range skipped by a forward jump are ignored unless the jump lands at
     * or before {@code lastpc} (then the value may come from either path: unknown).
     */
    private static int findSetter(Proto p, int lastpc, int reg) {
        byte[] code = p.code;
        int setter = -1;
        int jumpTarget = 0;
        for (int pc = 0; pc < lastpc; ) {
            OpCode op = OpCode.of(code[pc]);
            int a = op.operands.length > 0 && op.operands[0] == Operand.REG ? code[pc + 1] & 0xFF : -1;
            boolean writes;
            switch (op) {
                case LOADNIL -> writes = a <= reg && reg < a + (code[pc + 2] & 0xFF);
                case CALL, TAILCALL -> writes = reg >= a;
                case TFORCALL -> writes = reg >= a + 4;
                case SELF -> writes = reg == a || reg == a + 1;
                // conditional jumps carry their jump (C Lua's JMP after a test): same rule
                case JMP, EQ, LT, LE, EQK, LTK, LEK, GTK, GEK, TEST -> {
                    // the jump is the last operand, 16 or (JMP's) 32 bits
                    int offset = op.operands[op.operands.length - 1] == Operand.FARJUMP
                            ? Operand.u32(code, pc + op.size - 4) : (short) u16(code, pc + op.size - 2);
                    int target = pc + op.size + offset;
                    if (pc < target && target <= lastpc && target > jumpTarget) jumpTarget = target;
                    writes = false;
                }
                case SETTABUP, SETTABLE, SETFIELD, SETTABLEK, SETFIELDK, SETUPVAL, SETCELL, SETLIST,
                     RETURN, RETURN0, RETURN1, TBC, CLOSE, FORPREP, TFORPREP -> writes = false;
                case FORLOOP -> writes = reg >= a;
                case TFORLOOP -> writes = reg == a + 2;
                default -> writes = a == reg;
            }
            if (writes) setter = pc < jumpTarget ? -1 : pc;
            pc += op.size;
        }
        return setter;
    }
}
