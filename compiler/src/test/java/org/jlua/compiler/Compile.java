package org.jlua.compiler;

import java.nio.charset.StandardCharsets;
import org.jlua.parser.Parser;
import org.jlua.vm.Disassembler;
import org.jlua.vm.Proto;

/** Test helper: Lua source text to a prototype or its listing, as chunk "@x.lua". */
final class Compile {
    static final String SOURCE = "@x.lua";

    private Compile() {
    }

    static Proto proto(String lua) {
        return Compiler.compile(Parser.parse(lua.getBytes(StandardCharsets.ISO_8859_1), SOURCE), SOURCE);
    }

    static String listing(String lua) {
        return Disassembler.listing(proto(lua));
    }
}
