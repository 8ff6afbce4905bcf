package org.jlua.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jlua.vm.Disassembler;
import org.jlua.vm.Proto;
import org.junit.jupiter.api.Test;

/** Every instruction carries the line lua5.4 gives it (checked with luac5.4 -l). */
class LineInfoTest {
    /** "NAME@line" for each instruction of the main function. */
    private static List<String> lines(String lua) {
        Proto p = Compile.proto(lua);
        List<String> out = new ArrayList<>();
        for (Disassembler.Instruction in : Disassembler.decode(p.code)) out.add(in.op() + "@" + p.lines[in.pc()]);
        return out;
    }

    @Test
    void operatorsCarryTheOperatorsLine() {
        assertEquals("ADDK@2", lines("local a\nlocal b = a +\n1").get(1));
        assertEquals(List.of("LOADNIL@1", "MOVE@2", "LOADK@3", "LOADK@4", "CONCAT@3", "RETURN0@4"),
                lines("local a\nlocal b = a ..\n'x' ..\n'y'"));
    }

    @Test
    void aLeftOperandIsLoadedOnTheOperatorsLine() {
        // Lua loads it when it reads the operator, so an error indexing t reports line 2.
        assertEquals(List.of("GETTABUP@2", "ADDK@2", "RETURN0@2"), lines("local x = t\n + 1"));
        assertEquals(List.of("NEWTABLE@1", "GETFIELD@2", "GETFIELD@3", "ADDK@3", "RETURN0@3"),
                lines("local t = {}\nlocal x = t.a.b\n + 1"));
        assertEquals(List.of("NEWTABLE@1", "LOADI@3", "GETTABLE@3", "LOADI@5", "GETTABLE@5", "ADD@3", "RETURN0@5"),
                lines("local b = {}\nlocal x = b[1]\n+\n\nb[1]").subList(0, 7));
        assertEquals(List.of("GETTABUP@2", "GETTABUP@2", "CONCAT@2", "RETURN0@2"), lines("local s = a\n.. b"));
        assertEquals(List.of("LOADK@1", "GETTABUP@2", "LT@2"), lines("local c = 'x' <\n a").subList(0, 3));
        // a numeral is not loaded at all: it stays a constant of the comparison (1 < a is GTK a 1)
        assertEquals(List.of("GETTABUP@2", "GTK@2"), lines("local c = 1 <\n a").subList(0, 2));
    }

    @Test
    void comparisonsCarryTheLineWhereTheirRightOperandEnds() {
        assertEquals("LT@3", lines("local a\nlocal b = 'x' <\n a").get(2));
        assertEquals("GTK@3", lines("local a\nlocal b = 1 <\n a").get(1));
    }

    @Test
    void callsCarryTheLineWhereTheCallStarts() {
        assertEquals(List.of("GETTABUP@1", "LOADI@2", "LOADI@3", "CALL@1", "RETURN0@3"), lines("f(\n1,\n2)"));
    }

    @Test
    void storesCarryTheLineWhereTheValueEnds() {
        assertEquals(List.of("LOADNIL@1", "SETFIELDK@3", "RETURN0@3"), lines("local t\nt.x =\n  1"));
        assertEquals(List.of("LOADNIL@1", "GETTABUP@3", "SETFIELD@3", "RETURN0@3"), lines("local t\nt.x =\n  y"));
    }

    @Test
    void functionStatementsStoreOnTheirOwnLineAndCloseOnTheEndLine() {
        assertEquals(List.of("CLOSURE@3", "SETTABUP@1", "RETURN0@3"), lines("function f()\n\nend"));
    }

    @Test
    void blockEndingJumpsCarryTheBlocksLastLine() {
        // while: the jump back; if: the jump over the else part.
        assertEquals(List.of("LOADNIL@1", "LOADI@2", "LEK@3", "ADDK@4", "JMP@4", "RETURN0@5"),
                lines("local a\na=1\nwhile a<=3 do\n  a=a+1\nend"));
        assertEquals(List.of("GETTABUP@1", "TEST@1", "LOADI@2", "SETTABUP@2", "JMP@2", "LOADI@4", "SETTABUP@4",
                "RETURN0@5"), lines("if x then\n  a=1\nelse\n  a=2\nend"));
    }

    @Test
    void forLoopsCarryTheForLine() {
        assertEquals(List.of("LOADI@1", "LOADI@1", "LOADI@1", "FORPREP@1", "SETTABUP@2", "FORLOOP@1", "RETURN0@3"),
                lines("for i=1,3 do\n  a=i\nend"));
        List<String> generic = lines("for k in\n  f do\n  a=k\nend");
        // lua5.4 puts TFORPREP on the line of 'do' and CLOSE on the line of 'end' (4).
        assertEquals(List.of("GETTABUP@2", "LOADNIL@2", "TFORPREP@2", "SETTABUP@3", "TFORCALL@2", "TFORLOOP@2",
                "CLOSE@2", "RETURN0@4"), generic);
    }
}
