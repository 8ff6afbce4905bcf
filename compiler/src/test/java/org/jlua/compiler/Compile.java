package org.jlua.compiler;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jlua.parser.Parser;
import org.jlua.vm.Disassembler;
import org.jlua.vm.LuaError;
import org.jlua.vm.Proto;

/** Test helper: Lua source text to a prototype, its instructions or its compile error, as chunk "@x.lua". */
final class Compile {
    static final String SOURCE = "@x.lua";

    private Compile() {
    }

    static Proto proto(String lua) {
        return Compiler.compile(Parser.parse(lua.getBytes(StandardCharsets.ISO_8859_1), SOURCE), SOURCE);
    }

    /** The main function's instructions as "NAME operands", e.g. "ADDK 0 0 1". */
    static List<String> code(String lua) {
        return code(proto(lua));
    }

    static List<String> code(Proto p) {
        List<String> out = new ArrayList<>();
        for (Disassembler.Instruction in : Disassembler.decode(p.code)) {
            StringBuilder sb = new StringBuilder(in.op().name());
            for (int v : in.operands()) sb.append(' ').append(v);
            out.add(sb.toString());
        }
        return out;
    }

    /** Just the opcode names of the main function. */
    static List<String> ops(String lua) {
        List<String> out = new ArrayList<>();
        for (Disassembler.Instruction in : Disassembler.decode(proto(lua).code)) out.add(in.op().name());
        return out;
    }

    /** The message of the compile error {@code lua} must raise. */
    static String error(String lua) {
        try {
            proto(lua);
        } catch (LuaError e) {
            return e.getMessage();
        }
        throw new AssertionError("compiled without error: " + lua);
    }
}
