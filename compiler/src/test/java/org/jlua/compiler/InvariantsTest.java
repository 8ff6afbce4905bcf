package org.jlua.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jlua.ast.FuncBody;
import org.jlua.parser.Parser;
import org.jlua.vm.LuaError;
import org.jlua.vm.Proto;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every jump lands on an instruction start, maxStack bounds every register, every byte has a
 * line: over a set of tricky snippets and over every script of the lua-tests corpus.
 */
class InvariantsTest {
    private static final List<String> SNIPPETS = List.of(
            "local a, b = 1; a, b = b, a; local t = {a, b, f()}; t[a], a = a, t",
            "for i = 1, 10 do local x <close> = nil; if i > 5 then break end end",
            "for k, v in pairs(t) do goto continue; local z; ::continue:: end",
            "repeat local x <close> = nil; local y = x until y",
            "local function f(...) return ..., select('#', ...) end return f(1, 2, 3)",
            "local x = a and b or c and not d or e < f and g >= h",
            "while a or b and c do if not a then break elseif b then goto out end end ::out::",
            "local s = a .. b .. (c .. d) .. e; return s, #s, -s, ~s",
            "local t = {[1] = 1, x = 2, 3, 4, f(), g()}",
            "local _ENV = {}; x, _ENV = 1, 2; return y",
            "local function r(n) if n > 0 then return r(n - 1) end return function() return n, r end end",
            "::top:: do local c <close> = nil; if x then goto top end end",
            "local a <const> = 10; local b <const> = a; return function() return a + b end");

    @TestFactory
    Stream<DynamicTest> snippets() {
        return SNIPPETS.stream().map(src -> DynamicTest.dynamicTest(src,
                () -> ProtoInvariants.check(Compile.proto(src), src)));
    }

    @Test
    void bigFunctions() {
        StringBuilder src = new StringBuilder();
        for (int i = 0; i < 2000; i++) src.append("if x").append(i).append(" then y = y + ").append(i).append(" end\n");
        ProtoInvariants.check(Compile.proto(src.toString()), "2000 ifs");
        ProtoInvariants.check(Compile.proto("return {" + "x, ".repeat(1000) + "f()}"), "1000 items");
    }

    @TestFactory
    Stream<DynamicTest> luaTestsCorpus() throws IOException {
        Path corpus = Path.of(System.getProperty("basedir", ".")).resolve("../lua-tests/src/test/lua").normalize();
        assertTrue(Files.isDirectory(corpus), "no corpus at " + corpus);
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(corpus)) {
            scripts = files.filter(f -> f.toString().endsWith(".lua")).sorted().toList();
        }
        assertTrue(scripts.size() > 100, "corpus has only " + scripts.size() + " scripts");
        return scripts.stream().map(script -> DynamicTest.dynamicTest(corpus.relativize(script).toString(),
                () -> checkScript(script)));
    }

    private static void checkScript(Path script) throws IOException {
        byte[] source = Files.readAllBytes(script);
        String name = "@" + script.getFileName();
        FuncBody chunk;
        try {
            chunk = Parser.parse(source, name);
        } catch (LuaError e) {
            return; // the syntax_errors scripts
        }
        Proto p;
        try {
            p = Compiler.compile(chunk, name);
        } catch (LuaError e) {
            return; // scripts about compile errors
        }
        ProtoInvariants.check(p, script.getFileName().toString());
    }
}
