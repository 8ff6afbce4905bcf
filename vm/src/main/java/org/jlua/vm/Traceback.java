package org.jlua.vm;

import java.util.ArrayList;
import java.util.List;

/** Stack tracebacks in luaL_traceback's format, from a thread's frames as they stand. */
public final class Traceback {
    /** Levels shown at the top and at the bottom of a long traceback (LEVELS1, LEVELS2). */
    private static final int FIRST = 10, LAST = 11;

    private Traceback() {}

    /**
     * "stack traceback:" and one line per frame, innermost first, starting {@code level}
     * frames below the running one; {@code message}, when not null, comes first.
     */
    public static String of(LuaThread L, String message, int level) {
        List<String> lines = new ArrayList<>();
        for (int d = L.depth - level; d >= 1; d--) {
            lines.add(describe(L, d));
        }
        // the main thread was started by the host's C function (lua.c's); a coroutine was not
        if (L.coroutine == null || L.coroutine.isMain()) lines.add("[C]: in ?");
        StringBuilder sb = new StringBuilder();
        if (message != null) sb.append(message).append('\n');
        sb.append("stack traceback:");
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            if (n > FIRST + LAST && i == FIRST) {
                int skip = n - FIRST - LAST;
                sb.append("\n\t...\t(skipping ").append(skip).append(" levels)");
                i += skip - 1;
                continue;
            }
            sb.append("\n\t").append(lines.get(i));
        }
        return sb.toString();
    }

    private static String describe(LuaThread L, int d) {
        Frame f = L.frames[d];
        StringBuilder sb = new StringBuilder();
        if (f.closure == null) {
            // as luaL_traceback: a library function by where package.loaded holds it, else
            // by how the caller named it (coroutine.wrap's functions, iterators), else "?"
            sb.append("[C]: in ");
            String global = f.javaFunction != null ? globalName(L.state, f.javaFunction) : null;
            if (global != null) {
                sb.append("function '").append(global).append('\'');
            } else {
                String[] name = calledName(L, d);
                sb.append(name != null ? describeName(name) : "?");
            }
            return sb.toString();
        }
        Proto p = f.closure.proto;
        sb.append(ChunkId.of(p.source)).append(':').append(p.lineBefore(f.pc)).append(": in ");
        sb.append(functionDescription(L, d));
        if (f.tailCall) sb.append("\n\t(...tail calls...)");
        return sb.toString();
    }

    /** "main chunk", "function 'f'", "local 'f'", "method 'm'", ... or "function <file:line>". */
    static String functionDescription(LuaThread L, int d) {
        Frame f = L.frames[d];
        Proto p = f.closure.proto;
        if (p.lineDefined == 0) return "main chunk";
        String[] name = f.tailCall ? null : calledName(L, d);
        if (name != null) return describeName(name);
        return "function <" + ChunkId.of(p.source) + ":" + p.lineDefined + ">";
    }

    /** A {kind, name} from {@link #calledName} as tracebacks write it: "local 'f'", "method 'm'", ... */
    private static String describeName(String[] name) {
        return switch (name[0]) {
            case "global" -> "function '" + name[1] + "'";
            case "method" -> "method '" + name[1] + "'";
            case "metamethod" -> "metamethod '" + name[1] + "'";
            default -> name[0] + " '" + name[1] + "'";
        };
    }

    /**
     * Where package.loaded holds {@code fn}: "module.field", or just "field" for the base
     * library's (in _G), as luaL_traceback looks first; null if it is in none of them.
     */
    private static String globalName(LuaState state, Object fn) {
        if (!(state.registry.rawGet("_LOADED") instanceof LuaTable loaded)) return null;
        for (int i = loaded.nextPosition(0); i >= 0; i = loaded.nextPosition(i + 1)) {
            if (!(loaded.keyTagAt(i) instanceof LuaString module) || !(loaded.valueTagAt(i) instanceof LuaTable t)) continue;
            for (int j = t.nextPosition(0); j >= 0; j = t.nextPosition(j + 1)) {
                if (t.valueTagAt(j) == fn && t.keyTagAt(j) instanceof LuaString field) {
                    return module.toString().equals("_G") ? field.toString() : module + "." + field;
                }
            }
        }
        return null;
    }

    /** How the caller of frame {@code d} named the function it called: {kind, name}, or null. */
    static String[] calledName(LuaThread L, int d) {
        if (L.inHook && d == L.hookDepth) return new String[] {"hook", "?"};
        if (d == L.finalizerDepth) return new String[] {"metamethod", "__gc"};
        if (d < 2) return null;
        Frame caller = L.frames[d - 1];
        if (caller.closure == null) return null;
        Proto p = caller.closure.proto;
        int start = VarInfo.instructionStart(p, caller.pc - 1);
        if (start >= p.code.length) return null;
        int op = p.code[start];
        if (op == Op.CALL || op == Op.TAILCALL) {
            return VarInfo.name(p, start, p.code[start + 1] & 0xFF);
        }
        if (op == Op.TFORCALL) return new String[] {"for iterator", "for iterator"};
        // a metamethod runs in the loop (contKind) or was called from Java above the registers
        if (caller.contKind != 0 || L.frames[d].func >= caller.base + p.maxStack) {
            String event = metamethodEvent(OpCode.of(op));
            if (event != null) return new String[] {"metamethod", event};
        }
        return null;
    }

    /** The event whose metamethod an instruction calls, as tracebacks name it. */
    static String metamethodEvent(OpCode op) {
        return switch (op) {
            case CLOSE, RETURN, RETURN0, RETURN1 -> "close";
            case GETTABUP, GETTABLE, GETFIELD, SELF -> "index";
            case SETTABUP, SETTABLE, SETFIELD, SETTABLEK, SETFIELDK -> "newindex";
            case EQ -> "eq";
            case LT, LTK, GTK -> "lt";
            case LE, LEK, GEK -> "le";
            case LEN -> "len";
            case KADD -> "add";
            case KMUL -> "mul";
            case CONCAT -> "concat";
            case UNM -> "unm";
            case BNOT -> "bnot";
            default -> {
                int arith = op.ordinal() - OpCode.ADD.ordinal();
                int arithK = op.ordinal() - OpCode.ADDK.ordinal();
                int i = arith >= 0 && arith <= Arith.SHR ? arith : arithK >= 0 && arithK <= Arith.SHR ? arithK : -1;
                yield i < 0 ? null : Event.ofArith(i).key.toString().substring(2);
            }
        };
    }
}
