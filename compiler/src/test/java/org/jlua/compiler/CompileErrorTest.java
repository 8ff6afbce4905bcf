package org.jlua.compiler;

import static org.jlua.compiler.Compile.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/** Compile errors; the texts were checked against lua5.4 on a file named x.lua. */
class CompileErrorTest {
    @Test
    void assignmentsToConstVariables() {
        assertEquals("x.lua:1: attempt to assign to const variable 'x'", error("local x <const> = 1; x = 2"));
        assertEquals("x.lua:1: attempt to assign to const variable 'x'", error("local x <close> = nil; x = 2"));
        assertEquals("x.lua:1: attempt to assign to const variable 'x'",
                error("local x <const> = f(); function g() x = 1 end"));
        assertEquals("x.lua:1: attempt to assign to const variable 'x'", error("local x <const> = 1; function x() end"));
        assertEquals("x.lua:1: attempt to assign to const variable 'a'", error("local a <const> = 1; a, b = 1, 2"));
        assertEquals("x.lua:2: attempt to assign to const variable 'y'",
                error("local y <const> = {}\nlocal function f() local g = function() y = 1 end end"));
    }

    @Test
    void breakOutsideALoop() {
        assertEquals("x.lua:1: break outside loop at line 1", error("break"));
        assertEquals("x.lua:1: break outside loop at line 1", error("if x then break end"));
        // Lua reports it where the function ends (precisely: at the token after its 'end').
        assertEquals("x.lua:2: break outside loop at line 1", error("while x do local f = function() break\nend end"));
    }

    @Test
    void gotoWithoutAVisibleLabel() {
        assertEquals("x.lua:1: no visible label 'nowhere' for <goto> at line 1", error("goto nowhere"));
        assertEquals("x.lua:3: no visible label 'x' for <goto> at line 2", error("local function f()\n  goto x\nend"));
        assertEquals("x.lua:1: no visible label 'l1' for <goto> at line 1", error("goto l1; do ::l1:: end"));
        assertEquals("x.lua:1: no visible label 'l1' for <goto> at line 1", error("do ::l1:: end goto l1"));
    }

    @Test
    void gotoIntoTheScopeOfALocal() {
        assertEquals("x.lua:1: <goto l> at line 1 jumps into the scope of local 'y'",
                error("do goto l; local y = 1; ::l:: print(y) end"));
        assertEquals("x.lua:1: <goto c> at line 1 jumps into the scope of local 'z'",
                error("repeat goto c; local z = 1; ::c:: until z"));
        assertEquals("x.lua:1: <goto l> at line 1 jumps into the scope of local 'x'",
                error("do goto l; local x <const> = 1; ::l:: print(x) end"));
    }

    @Test
    void aLabelAtTheEndOfItsBlockIsOutsideTheLocalsScope() {
        assertNotNull(Compile.proto("do goto l; local y = 1; ::l:: end"));
        assertNotNull(Compile.proto("for i = 1, 2 do local x = 1; goto cont; local y = 2; ::cont:: end"));
        assertNotNull(Compile.proto("repeat local x; goto c; ::c:: until x"));
    }

    @Test
    void labelsAreUniqueInTheirVisibleScope() {
        assertEquals("x.lua:2: label 'a' already defined on line 2", error("::a::\n::a::"));
        assertEquals("x.lua:1: label 'a' already defined on line 1", error("::a:: do ::a:: end"));
        assertNotNull(Compile.proto("do ::a:: end do ::a:: end"));
        assertNotNull(Compile.proto("::a:: local f = function() ::a:: end"));
    }

    @Test
    void severalToBeClosedVariablesInOneList() {
        assertEquals("x.lua:1: multiple to-be-closed variables in local list",
                error("local a <close>, b <close> = 1, 2"));
    }

    @Test
    void tooManyLocalVariables() {
        assertNotNull(Compile.proto("local " + names("a", 200) + " = 1"));
        assertEquals("x.lua:1: too many local variables (limit is 200) in main function near '='",
                error("local " + names("a", 201) + " = 1"));
        assertEquals("x.lua:1: too many local variables (limit is 200) in function at line 1 near 'end'",
                error("local function f() local " + names("a", 201) + " end"));
        assertEquals("x.lua:1: too many local variables (limit is 200) in main function near ','",
                error("local " + names("a", 202)));
        assertEquals("x.lua:1: too many local variables (limit is 200) in main function near 'print'",
                error("local " + names("a", 201) + " print(1)"));
        assertEquals("x.lua:1: too many local variables (limit is 200) in function at line 1 near ')'",
                error("local function f(" + names("a", 201) + ") end"));
        assertEquals("x.lua:1: too many local variables (limit is 200) in main function near '='",
                error("local " + names("a", 197) + " for i = 1, 2 do end"));
    }

    @Test
    void tooManyUpvalues() {
        String src = "local " + names("a", 150) + "\nlocal function f()\nlocal " + names("b", 150)
                + "\nreturn function() return " + names("a", 150).replace(",", " +") + " + "
                + names("b", 150).replace(",", " +") + " end\nend";
        assertEquals("x.lua:4: too many upvalues (limit is 255) in function at line 4", error(src));
    }

    @Test
    void tooManyRegisters() {
        assertNotNull(Compile.proto("f(" + "x, ".repeat(252) + "x)"));
        assertEquals("x.lua:1: function or expression needs too many registers",
                error("f(" + "x, ".repeat(253) + "x)"));
    }


    private static String names(String prefix, int n) {
        StringJoiner j = new StringJoiner(", ");
        for (int i = 1; i <= n; i++) j.add(prefix + i);
        return j.toString();
    }
}
